import ArgumentParser
import HireKit

extension Hire.Report {
    /// `hire report ramp -o FILE.html [--manager P] [--today DATE]`
    struct Ramp: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ramp",
            abstract: "The ramp dashboard: each active new hire's milestones on a calendar, and competency trajectories to day 90.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var file: ReportOutputOptions
        @OptionGroup var today: TodayOptions

        @Option(help: "Only this manager's new hires.") var manager: String?

        func run() throws {
            let workspace = try workspace.open()
            let report = try workspace.reports.ramp(today: try today.date(in: workspace), manager: try manager.map(workspace.personID))
            report.unreadable.forEach { Console.error("warning: \($0)") }
            try file.write(HTMLReport.ramp(report, context: .now()), what: "the ramp dashboard (\(Counted.text(report.hires.count, "new hire")))")
        }
    }
}
