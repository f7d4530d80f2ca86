import ArgumentParser
import HireKit

extension Hire.Report {
    /// `hire report funnel -o FILE.html [--role R] [--opening O] [--source S] [--from D --to D]`
    struct Funnel: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "funnel", abstract: "The hiring funnel drawn: reached and conversion per stage, days-in-stage distributions, splits.",
            discussion: "The figures of `hire funnel`, drawn: see `hire funnel --help` for what they mean.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var viewer: ViewerOptions
        @OptionGroup var file: ReportOutputOptions
        @OptionGroup var scope: FunnelFilterOptions

        func run() throws {
            let ws = try workspace.open()
            let report = try ws.analytics.funnel(scope.filter, as: try viewer.resolve(in: ws))
            try file.write(HTMLReport.funnel(report, context: .now()), what: "the funnel report (\(Counted.text(report.overall.candidates, "candidate")))")
        }
    }

    /// `hire report validity -o FILE.html --role R --outcome OUTCOME`
    struct Validity: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validity", abstract: "Validity drawn: the signals' table and a scatter plot per signal with the fitted line and its interval.",
            discussion: "The figures of `hire validity`, drawn: see `hire validity --help` for what they mean.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var viewer: ViewerOptions
        @OptionGroup var today: TodayOptions
        @OptionGroup var file: ReportOutputOptions
        @OptionGroup var subject: ValidityOptions

        func run() throws {
            let ws = try workspace.open()
            let report = try ws.analytics.validity(role: subject.role, outcome: subject.outcome, today: try today.date(in: ws), as: try viewer.resolve(in: ws))
            try file.write(HTMLReport.validity(report, context: .now()), what: "the validity report (\(Counted.text(report.hires, "hire")))")
        }
    }
}
