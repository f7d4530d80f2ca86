import ArgumentParser
import HireKit

extension Hire {
    /// `hire people`: interviewers, managers and mentors.
    struct People: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "people",
            abstract: "Manage the people on the hiring side: interviewers, managers, mentors.",
            subcommands: [Add.self, List.self, Edit.self, Retire.self, Merge.self, Access.self, Notify.self])
    }
}

extension Hire.People {
    /// `hire people add NAME --email ...`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a person (refer to them later by id, email or name).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "Their full name.")
        var name: String

        @Option(help: "Their email address.")
        var email: String

        @Option(help: "Their job title.")
        var title: String?

        func run() throws {
            let ws = try workspace.open()
            let person = try ws.people.add(name: name, email: email, title: title, actor: try actor.resolve(in: ws))
            Console.out("Added person \(person.id!): \(person.name)")
            try Hire.People.warnOfNamesakes(person, in: ws)
        }
    }

    /// Warns on stderr, with both emails, when `person` now shares their name with someone else.
    static func warnOfNamesakes(_ person: Person, in ws: Workspace) throws {
        let namesakes = try ws.people.named(person.name)
        guard namesakes.count > 1 else { return }
        let list = namesakes.map { "\($0.id!) \($0.email)" }.joined(separator: ", ")
        let other = namesakes.first { $0.id != person.id } ?? namesakes[0]
        Console.error(
            "warning: \(namesakes.count) people are now called \(person.name): \(list); refer to them by id or email "
                + "(or, if they are one person, `hire people merge \(person.id!) \(other.id!)`)")
    }

    /// `hire people list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List people.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let people = try workspace.open().people.list()
            if output.format == .json { return try Console.json(people) }
            var table = Table("ID", "NAME", "EMAIL", "TITLE", "STATUS")
            for person in people { table.add("\(person.id!)", person.name, person.email, person.title ?? "", person.retiredAt == nil ? "active" : "retired") }
            output.emit(table)
        }
    }

    /// `hire people edit P [--name] [--email] [--title]`
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Correct a person's name, email or title.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The person: id, email or name.") var person: String
        @Option(help: "Their full name.") var name: String?
        @Option(help: "Their email address.") var email: String?
        @Option(help: "Their job title (empty to clear).") var title: String?

        func validate() throws {
            if name == nil && email == nil && title == nil { throw ValidationError("Give --name, --email or --title.") }
        }

        func run() throws {
            let ws = try workspace.open()
            let edited = try ws.people.edit(try ws.personID(person), name: name, email: email, title: title, actor: try actor.resolve(in: ws))
            Console.out("Person \(edited.id!): \(edited.name) <\(edited.email)>\(edited.title.map { ", \($0)" } ?? "")")
            if name != nil { try Hire.People.warnOfNamesakes(edited, in: ws) }
        }
    }

    /// `hire people retire P [--reason ...]`
    struct Retire: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retire",
            abstract: "Retire someone who left: kept in every history, no longer scheduled to interview or assigned as a mentor.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The person: id, email or name.") var person: String
        @Option(help: "Why (kept in the audit log).") var reason: String?

        func run() throws {
            let ws = try workspace.open()
            let retired = try ws.people.retire(try ws.personID(person), reason: reason, actor: try actor.resolve(in: ws))
            Console.out("Retired person \(retired.id!) (\(retired.name))")
        }
    }

    /// `hire people merge DUPLICATE INTO`
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge a person added twice into the one to keep.",
            discussion: """
                Every interview, scorecard, decision, new hire's manager or mentor, mentor profile and assignment, access role, \
                milestone owner and opening manager of DUPLICATE moves to INTO; DUPLICATE is then deleted. Audited.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The duplicate to remove: id, email or name.") var duplicate: String
        @Argument(help: "The person to keep: id, email or name.") var into: String

        func run() throws {
            let ws = try workspace.open()
            let removed = try ws.person(duplicate)
            let kept = try ws.people.merge(removed.personID, into: try ws.personID(into), actor: try actor.resolve(in: ws))
            Console.out("Merged person \(removed.id!) into person \(kept.id!) (\(kept.name) <\(kept.email)>)")
        }
    }

    /// `hire people access P [--grant ROLE]... [--revoke ROLE]...`
    struct Access: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "access",
            abstract: "Show, grant or revoke a person's access roles.",
            discussion: "Access roles: \(AccessRole.allCases.map(\.rawValue).joined(separator: ", ")).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The person: id, email or name.")
        var person: String

        @Option(name: .customLong("grant"), help: ArgumentHelp("An access role to grant (repeatable).", valueName: "role"))
        var grants: [AccessRole] = []

        @Option(name: .customLong("revoke"), help: ArgumentHelp("An access role to revoke (repeatable).", valueName: "role"))
        var revokes: [AccessRole] = []

        func run() throws {
            let ws = try workspace.open()
            let found = try ws.person(person)
            let held: Set<AccessRole>
            if grants.isEmpty && revokes.isEmpty {
                held = try ws.access.roles(of: found.personID)
            } else {
                held = try ws.access.change(of: found.personID, grant: Set(grants), revoke: Set(revokes), actor: try actor.resolve(in: ws))
            }
            let list = held.sorted().map(\.rawValue).joined(separator: ", ")
            Console.out("\(found.name) (person \(found.id!)): \(list.isEmpty ? "no access roles" : list)")
        }
    }
}
