import ArgumentParser
import HireKit

extension Hire.People {
    /// `hire people notify P --off|--on`
    struct Notify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "notify", abstract: "Turn a person's email reminders (`hire remind`) off or on again.",
            // ArgumentParser would list the two switches as if both were needed (`--on --off`).
            usage: "hire people notify <person> (--off | --on) [--workspace <path>] [--by <name>] [--as <person>]")

        enum Switch: String, EnumerableFlag {
            case on, off
        }

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The person: id, email or name.") var person: String
        @Flag(help: "--off: no reminders for them; --on: reminders again.") var state: Switch

        func run() throws {
            let ws = try workspace.open()
            let id = try ws.personID(person)
            try ws.people.setNotify(id, on: state == .on, actor: try actor.resolve(in: ws))
            Console.out("Reminders \(state == .on ? "on" : "off") for \(RecordNames.person(id.rawValue, in: ws)).")
        }
    }
}
