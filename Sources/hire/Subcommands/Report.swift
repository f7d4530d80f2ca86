import ArgumentParser
import HireKit

extension Hire {
    /// `hire report`: self-contained HTML reports.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write self-contained HTML reports with charts: a candidate's debrief packet, a slate, the ramp dashboard, calibration.",
            discussion: """
                Each report is one HTML file with inline CSS and SVG charts: no scripts, nothing fetched, readable \
                printed and in dark mode. Reports hold personal data: the file is written readable by you only (0600); \
                an existing file is replaced.
                """,
            subcommands: [Candidate.self, Slate.self, Ramp.self, Calibration.self, Funnel.self, Validity.self])
    }
}

/// `-o FILE`, shared by the report commands.
struct ReportOutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The HTML file to write.", valueName: "file"))
    var output: String

    func validate() throws {
        if output.isEmpty { throw ValidationError("-o needs a file name.") }
    }

    func write(_ html: String, what: String) throws {
        try ReportFile.write(html, to: output)
        Console.out("Wrote \(what) to \(output)")
    }
}
