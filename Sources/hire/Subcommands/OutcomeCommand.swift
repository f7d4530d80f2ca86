import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire outcome`: business results of hires, for `hire validity`.
    struct OutcomeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "outcome", abstract: "Business results of hires (quota attainment, ...), imported from a spreadsheet.",
            subcommands: [Import.self])
    }
}

extension Hire.OutcomeCommand {
    /// `hire outcome import FILE.csv`
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Import results from CSV with the header hire,metric,value,date; all or nothing.",
            discussion: """
                hire: the hire's candidate id or email; metric: a name such as quota-6m (lowercase letters, digits, dashes, \
                underscores); value: a number; date: YYYY-MM-DD. Every problem is reported as FILE:LINE and nothing is \
                stored unless every row is good. Re-importing the same hire, metric and date replaces the value, so a \
                corrected sheet can be imported again. The metric names become outcomes of `hire validity --outcome`.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The CSV file.") var file: String
        @Option(help: "Output format: text or json.") var format: Hire.Fairness.Format = .text

        func run() throws {
            guard FileManager.default.isReadableFile(atPath: file) else { throw HireError.io("cannot read \(file): no such file or not readable") }
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw HireError.io("cannot read \(file) as UTF-8 text (save the sheet as CSV UTF-8)")
            }
            let workspace = try workspace.open()
            let summary = try workspace.outcomes.importCSV(text, file: file, actor: try actor.resolve(in: workspace))
            if format == .json { return try Console.json(summary) }
            Console.out(
                "Imported \(Counted.text(summary.rows, "row")) for \(Counted.text(summary.hires, "hire")) (\(summary.metrics.joined(separator: ", "))): "
                    + "\(summary.added) added, \(summary.replaced) replaced, \(summary.unchanged) unchanged.")
        }
    }
}
