import ArgumentParser
import HireKit

extension Hire {
    /// `hire people`: interviewers, managers and mentors.
    struct People: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "people",
            abstract: "Manage the people on the hiring side: interviewers, managers, mentors.",
            subcommands: [Add.self, List.self])
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
            let person = try workspace.open().addPerson(name: name, email: email, title: title, actor: actor.actor)
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
}
