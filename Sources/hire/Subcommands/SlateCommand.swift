import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire slate ROLE [--opening O]`
    struct SlateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "slate",
            abstract: "Rank a role's candidates: must-have passers first, then by overall score.",
            discussion: """
                Each line shows the overall score (role scale and 0-100), must-have outcome, confidence (number of \
                ratings), the skill-will coaching style, unrated competencies and debrief flags.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions
        @OptionGroup var viewer: ViewerOptions

        @Argument(help: "The role id.") var role: String
        @Option(help: "Only candidates for this opening.") var opening: String?
        @Flag(help: "Everyone, also hired, rejected and withdrawn candidates (default: active candidates only).") var all = false

        func run() throws {
            let ws = try workspace.open()
            let slate = try ws.reports.slate(role: role, opening: opening, includeInactive: all, as: try viewer.resolve(in: ws))
            switch output.format {
            case .json:
                try Console.json(slate)
            case .csv:
                var writer = BufferedOutput(lineEnding: output.excel ? "\r\n" : "\n")
                if output.excel { writer.text(CSVStyle.excelByteOrderMark) }
                writer.line(ScorecardText.slateHeaders.map(CSVField.encode).joined(separator: ","))
                for entry in slate.entries {
                    writer.line(ScorecardText.slateCSVRow(entry).map(CSVField.encode).joined(separator: ","))
                }
                writer.flush()
            case .text:
                var table = Table()
                table.headers = ScorecardText.slateHeaders
                for entry in slate.entries { table.add(ScorecardText.slateRow(entry)) }
                Console.out(slate.entries.isEmpty ? "No \(all ? "" : "active ")candidates for \(role)\(all ? "" : " (--all shows everyone)")." : table.text)
            }
        }
    }
}

/// Writes many lines to stdout in large chunks.
struct BufferedOutput {
    private var buffer = ""
    /// What ends each line: LF, or CRLF for Excel.
    var lineEnding = "\n"

    init(lineEnding: String = "\n") { self.lineEnding = lineEnding }

    /// Text with no line ending.
    mutating func text(_ text: String) { buffer += text }

    mutating func line(_ text: String) {
        buffer += text
        buffer += lineEnding
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }
}
