import ArgumentParser
import HireKit

extension Hire.Report {
    /// `hire report slate ROLE -o FILE.html [--opening O]`
    struct Slate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "slate",
            abstract: "A role's slate: candidates ranked with score bars, confidence and flags; must-have failures set apart.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var file: ReportOutputOptions

        @Argument(help: "The role id.") var role: String
        @Option(help: "Only candidates for this opening.") var opening: String?
        @Flag(help: "Everyone, also hired, rejected and withdrawn candidates (default: active candidates only).") var all = false

        func run() throws {
            let workspace = try workspace.open()
            let slate = try workspace.reports.slate(role: role, opening: opening, includeInactive: all, as: .localOwner)
            let title = try workspace.roles.profile(role).profile.title
            try file.write(HTMLReport.slate(slate, roleTitle: title, context: .now()), what: "the slate of \(role) (\(Counted.text(slate.entries.count, "candidate")))")
        }
    }
}
