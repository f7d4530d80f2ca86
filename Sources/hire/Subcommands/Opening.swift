import ArgumentParser
import HireKit

extension Hire {
    /// `hire opening`: requisitions.
    struct Opening: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "opening",
            abstract: "Manage openings (requisitions); feeds cite an opening's id as the applied position.",
            subcommands: [Add.self, Edit.self, List.self, Close.self, Reopen.self])
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

        @Option(help: "How many people it hires.")
        var headcount = 1

        func validate() throws {
            if headcount < 1 { throw ValidationError("--headcount must be at least 1.") }
        }

        func run() throws {
            let ws = try workspace.open()
            let managerId = try manager.map(ws.personID)
            let opening = try ws.openings.add(
                id: id, role: role, title: title, manager: managerId, headcount: headcount, actor: try actor.resolve(in: ws))
            Console.out("Added opening \(opening.id) for \(opening.roleId)")
            let attached = try ws.candidates.list(opening: opening.id)
            if !attached.isEmpty {
                let ids = attached.prefix(20).map { "\($0.id!)" }.joined(separator: ", ") + (attached.count > 20 ? ", ..." : "")
                Console.out("Attached \(attached.count) \(attached.count == 1 ? "candidate" : "candidates") whose application cites it: \(ids)")
            }
        }
    }

    /// `hire opening edit ID --manager PERSON`
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change an opening's hiring manager or headcount.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The opening's id.")
        var id: String

        @Option(help: ArgumentHelp("The hiring manager who decides on its candidates (id, email or name).", valueName: "person"))
        var manager: String?

        @Option(help: "How many people it hires.")
        var headcount: Int?

        func validate() throws {
            if manager == nil && headcount == nil { throw ValidationError("Give --manager or --headcount.") }
            if let headcount, headcount < 1 { throw ValidationError("--headcount must be at least 1.") }
        }

        func run() throws {
            let ws = try workspace.open()
            let actor = try actor.resolve(in: ws)
            if let manager {
                let person = try ws.person(manager)
                let opening = try ws.openings.setManager(id, manager: person.personID, actor: actor)
                Console.out("Opening \(opening.id): hiring manager \(person.id!) (\(person.name))")
            }
            if let headcount {
                let opening = try ws.openings.setHeadcount(id, headcount, actor: actor)
                Console.out("Opening \(opening.id): headcount \(opening.headcount)")
            }
        }
    }

    /// `hire opening list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List openings.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        @Option(help: "Only openings for this role.")
        var role: String?

        @Flag(help: "Closed openings too.")
        var all = false

        func run() throws {
            let openings = try workspace.open().openings.listing(role: role, includeClosed: all)
            if output.format == .json { return try Console.json(openings) }
            var table = Table("OPENING", "ROLE", "STATUS", "TITLE", "HEADCOUNT", "MANAGER")
            for listing in openings {
                let opening = listing.opening
                table.add(opening.id, opening.roleId, opening.status, opening.title, "\(opening.headcount)", listing.managerName ?? "")
            }
            output.emit(table)
        }
    }

    /// `hire opening close ID [--reason ...]`
    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close", abstract: "Close an opening: it keeps its candidates and history; `opening list` hides it unless --all.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The opening's id.") var id: String
        @Option(help: "Why (kept in the audit log).") var reason: String?

        func run() throws {
            let ws = try workspace.open()
            let opening = try ws.openings.setClosed(id, true, reason: reason, actor: try actor.resolve(in: ws))
            Console.out("Closed opening \(opening.id)")
        }
    }

    /// `hire opening reopen ID [--reason ...]`
    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Reopen a closed opening.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The opening's id.") var id: String
        @Option(help: "Why (kept in the audit log).") var reason: String?

        func run() throws {
            let ws = try workspace.open()
            let opening = try ws.openings.setClosed(id, false, reason: reason, actor: try actor.resolve(in: ws))
            Console.out("Reopened opening \(opening.id)")
        }
    }
}
