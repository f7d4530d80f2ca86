import ArgumentParser
import HireKit

extension Hire.CandidateCommand {
    /// `hire candidate set-group C --dimension gender --value ...`
    struct SetGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-group",
            abstract: "Record the group a candidate self-identifies with, for the fairness report only.",
            discussion: """
                Group data is optional, given by the candidate, stored apart from the candidate record, \
                shown only by `hire fairness` (never on scorecards, slates or reports) and erased with the candidate. \
                --clear removes it.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "Candidate id or email.") var candidate: String
        @Option(help: "What the grouping is about, e.g. gender or age-band.") var dimension: String
        @Option(help: "The group, as the candidate stated it.") var value: String?
        @Flag(help: "Remove the candidate's group on this dimension.") var clear = false

        func validate() throws {
            if (value == nil) == !clear { throw ValidationError("Give either --value or --clear.") }
        }

        func run() throws {
            let ws = try workspace.open()
            let updated = try ws.fairness.setGroup(try ws.candidateID(candidate), dimension: dimension, value: value, actor: try actor.resolve(in: ws))
            let dimension = try CandidateGroup.normalizedDimension(dimension)
            Console.out(clear ? "Removed candidate \(updated.id!)'s \(dimension) group" : "Recorded candidate \(updated.id!)'s \(dimension) group")
        }
    }
}
