import ArgumentParser
import HireKit

extension Hire.CandidateCommand {
    /// `hire candidate set-role C ROLE --reason ...`
    struct SetRole: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-role",
            abstract: "Set the role a candidate is assessed for (its latest version), with a reason.",
            discussion: "Refused when the candidate's opening is for another role (use set-opening) or they have scorecards for another role.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "Candidate id or email.") var candidate: String
        @Argument(help: "The role id.") var role: String
        @Option(help: "Why (kept in the history).") var reason: String

        func run() throws {
            let ws = try workspace.open()
            let updated = try ws.candidates.setRole(try ws.candidateID(candidate), role: role, reason: reason, actor: try actor.resolve(in: ws))
            Console.out("Candidate \(updated.id!) is assessed for \(updated.roleId ?? "-") (version \(updated.roleVersion ?? 0))")
        }
    }

    /// `hire candidate set-opening C OPENING --reason ...`
    struct SetOpening: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-opening",
            abstract: "Set the opening a candidate applied to, and with it the opening's role, with a reason.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "Candidate id or email.") var candidate: String
        @Argument(help: "The opening id.") var opening: String
        @Option(help: "Why (kept in the history).") var reason: String

        func run() throws {
            let ws = try workspace.open()
            let updated = try ws.candidates.setOpening(try ws.candidateID(candidate), opening: opening, reason: reason, actor: try actor.resolve(in: ws))
            Console.out("Candidate \(updated.id!) applies to opening \(updated.openingId ?? "-") (role \(updated.roleId ?? "-"))")
        }
    }
}
