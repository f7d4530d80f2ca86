import ArgumentParser
import HireKit

extension Hire.Report {
    /// `hire report calibration -o FILE.html [--role R] [--min-candidates N]`
    struct Calibration: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "calibration",
            abstract: "Calibration: interviewer agreement per competency and a rater leniency plot with intervals, per role.",
            discussion: "The figures of `hire calibrate`, drawn: see `hire calibrate --help` for what they mean.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var file: ReportOutputOptions

        @Option(help: "Only this role (default: every role with scorecards).") var role: String?
        @Option(name: .customLong("min-candidates"), help: "Candidates rated by two or more interviewers needed for a figure.")
        var minCandidates = 5

        func validate() throws {
            if minCandidates < 2 { throw ValidationError("--min-candidates must be at least 2.") }
        }

        func run() throws {
            let calibration = try workspace.open().calibration.report(role: role, minimumCandidates: minCandidates, as: .localOwner)
            let html = HTMLReport.calibration(Self.sections(calibration), title: role ?? "All roles", context: .now())
            try file.write(html, what: "the calibration report (\(Counted.text(calibration.roles.count, "role")))")
        }

        static func sections(_ calibration: WorkspaceCalibration) -> [HTMLReport.CalibrationSection] {
            calibration.roles.map { role in
                var note = "\(role.scorecards) scorecards on \(role.candidates) candidates, rated on the \(role.scale.min)-\(role.scale.max) scale (profile version \(role.profileVersion))"
                if role.rescaledScorecards > 0 { note += "; \(role.rescaledScorecards) scorecards from an earlier scale mapped onto it" }
                return HTMLReport.CalibrationSection(heading: role.roleId, note: note + ".", report: role.report)
            }
        }
    }
}
