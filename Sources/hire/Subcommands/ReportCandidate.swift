import ArgumentParser
import HireKit

extension Hire.Report {
    /// `hire report candidate C -o FILE.html`
    struct Candidate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "candidate",
            abstract: "A candidate's debrief packet: competency chart, dimension scores, skill-will quadrant, recommendations, evidence, history.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var file: ReportOutputOptions

        @Argument(help: "Candidate id or email.") var candidate: String

        func run() throws {
            let workspace = try workspace.open()
            let report = try workspace.reports.candidate(try workspace.candidateID(candidate), as: .localOwner)
            guard let role = report.candidate.roleId else {
                throw HireError.invalid("candidate \(report.candidate.id!) has no role to report against")
            }
            let profile = try workspace.roles.profile(role, version: report.candidate.roleVersion).profile
            try file.write(HTMLReport.candidate(report, profile: profile, context: .now()), what: "the report of candidate \(report.candidate.id!)")
        }
    }
}
