import ArgumentParser
import HireKit

extension Hire {
    /// `hire opening`: requisitions.
    struct Opening: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "opening",
            abstract: "Manage openings (requisitions); feeds cite an opening's id as the applied position.",
            subcommands: [Add.self, List.self])
    }
}

extension Hire.Opening {
    /// `hire opening add ID --role ROLE`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an opening for a role.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The opening's id, as applicant feeds cite it (e.g. AE-2026-01).")
        var id: String

        @Option(help: "The role the opening is for.")
        var role: String

        @Option(help: "A title for the opening (default: the role's title).")
        var title: String?

        func run() throws {
            let opening = try workspace.open().addOpening(id: id, role: role, title: title, actor: actor.actor)
            Console.out("Added opening \(opening.id) for \(opening.roleId)")
        }
    }

    /// `hire opening list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List openings.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        @Option(help: "Only openings for this role.")
        var role: String?

        func run() throws {
            let openings = try workspace.open().openings(role: role)
            if output.format == .json { return try Console.json(openings) }
            var table = Table("OPENING", "ROLE", "STATUS", "TITLE")
            for opening in openings { table.add(opening.id, opening.roleId, opening.status, opening.title) }
            Console.out(output.format == .csv ? table.csv : table.text)
        }
    }
}
