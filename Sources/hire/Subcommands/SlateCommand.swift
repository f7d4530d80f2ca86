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
                var csv = CSVOutput(excel: output.excel)
                csv.row(ScorecardText.slateHeaders)
                for entry in slate.entries { csv.row(ScorecardText.slateCSVRow(entry)) }
                csv.flush()
            case .text:
                var table = Table()
                table.headers = ScorecardText.slateHeaders
                for entry in slate.entries { table.add(ScorecardText.slateRow(entry)) }
                Console.out(slate.entries.isEmpty ? "No \(all ? "" : "active ")candidates for \(role)\(all ? "" : " (--all shows everyone)")." : table.text)
            }
        }
    }
}
