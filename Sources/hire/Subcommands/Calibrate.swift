import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire calibrate [--role R] [--competency C] [--format text|json]`
    struct Calibrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "calibrate",
            abstract: "Can the scores be trusted? Interviewer agreement per competency, leniency, halo and agreement with decisions.",
            discussion: """
                Uses the latest version of every scorecard; n/a ratings are left out. Each role is reported on its own \
                scale (that of its latest profile version). Agreement per competency and overall: Krippendorff's alpha \
                (ordinal and interval; 0.800 and above reliable, 0.667 and above tentative, below that too unreliable to \
                decide on) and ICC(2,1) / ICC(2,k) on the largest block of candidates all rated by the same interviewers. \
                Fewer than --min-candidates candidates rated by at least two interviewers is too little data: no figure is \
                given. Interviewers: mean difference from the rest of the panel on the same candidate and competency, with \
                a 95% confidence interval, flagged when the interval lies wholly beyond half a scale point; halo when most \
                of their scorecards rate every competency the same; how often their recommendation matched the decision.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @Option(help: "Only this role (default: every role with scorecards).") var role: String?
        @Option(help: "Only this competency (with --role, one of its competencies).") var competency: String?
        @Option(name: .customLong("min-candidates"), help: "Candidates rated by two or more interviewers needed for a figure.")
        var minCandidates = 5
        @Option(help: "Output format: text or json.") var format: Format = .text

        /// The report's output formats (a report, not a list: no csv).
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text
            case json
        }

        func validate() throws {
            if minCandidates < 2 { throw ValidationError("--min-candidates must be at least 2.") }
        }

        func run() throws {
            let calibration = try workspace.open().calibration.report(role: role, competency: competency, minimumCandidates: minCandidates, as: .localOwner)
            if format == .json { return try Console.json(calibration) }
            Console.out(CalibrationText.render(calibration))
        }
    }
}
