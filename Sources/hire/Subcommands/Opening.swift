import ArgumentParser
import HireKit

extension Hire {
    /// `hire opening`: requisitions.
    struct Opening: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "opening",
            abstract: "Manage openings (requisitions); feeds cite an opening's id as the applied position.",
            subcommands: [Add.self, Edit.self, List.self])
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

        @Option(help: ArgumentHelp("The hiring manager who decides on its candidates (id, email or name).", valueName: "person"))
        var manager: String?

        func run() throws {
            let ws = try workspace.open()
            let managerId = try manager.map { try ws.person($0).id! }
            let opening = try ws.addOpening(id: id, role: role, title: title, manager: managerId, actor: try actor.resolve(in: ws))
            Console.out("Added opening \(opening.id) for \(opening.roleId)")
            let attached = try ws.candidates(opening: opening.id)
            if !attached.isEmpty {
                let ids = attached.map { "\($0.id!)" }.joined(separator: ", ")
                Console.out("Attached \(attached.count) \(attached.count == 1 ? "candidate" : "candidates") whose application cites it: \(ids)")
            }
        }
    }

    /// `hire opening edit ID --manager PERSON`
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change an opening's hiring manager.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The opening's id.")
        var id: String

        @Option(help: ArgumentHelp("The hiring manager who decides on its candidates (id, email or name).", valueName: "person"))
        var manager: String

        func run() throws {
            let ws = try workspace.open()
            let person = try ws.person(manager)
            let opening = try ws.setOpeningManager(id, manager: person.id!, actor: try actor.resolve(in: ws))
            Console.out("Opening \(opening.id): hiring manager \(person.id!) (\(person.name))")
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
