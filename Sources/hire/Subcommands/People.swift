import ArgumentParser
import HireKit

extension Hire {
    /// `hire people`: interviewers, managers and mentors.
    struct People: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "people",
            abstract: "Manage the people on the hiring side: interviewers, managers, mentors.",
            subcommands: [Add.self, List.self, Access.self])
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
            let person = try ws.addPerson(name: name, email: email, title: title, actor: try actor.resolve(in: ws))
            Console.out("Added person \(person.id!): \(person.name)")
        }
    }

    /// `hire people list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List people.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let people = try workspace.open().people()
            if output.format == .json { return try Console.json(people) }
            var table = Table("ID", "NAME", "EMAIL", "TITLE")
            for person in people { table.add("\(person.id!)", person.name, person.email, person.title ?? "") }
            Console.out(output.format == .csv ? table.csv : table.text)
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
                held = try ws.accessRoles(of: found.id!)
            } else {
                held = try ws.changeAccess(of: found.id!, grant: Set(grants), revoke: Set(revokes), actor: try actor.resolve(in: ws))
            }
            let list = held.sorted().map(\.rawValue).joined(separator: ", ")
            Console.out("\(found.name) (person \(found.id!)): \(list.isEmpty ? "no access roles" : list)")
        }
    }
}
