import ArgumentParser
import HireKit

extension Hire {
    /// `hire settings`: workspace-wide settings.
    struct Settings: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "settings",
            abstract: "Show or change workspace settings: time_zone, scorecard_due_hours, hr_contact, base_url, mail_from, sendmail.",
            discussion: """
                time_zone: the IANA time zone that decides what today is (as `hire init --time-zone`). \
                scorecard_due_hours: hours after an interview its scorecard is due, 1 to 720 (default 24). \
                hr_contact: the person (id, email or name) who owns HR milestones that name no one. \
                base_url: the team server's address (https://...), for links in reminders and calendars. \
                mail_from: the sender of reminders, an address or `Name <address>`. \
                sendmail: the sendmail-compatible program `hire remind --send` hands mail to. \
                Only admins may change them; every change is in the audit log.
                """,
            subcommands: [List.self, Get.self, SetValue.self],
            defaultSubcommand: List.self)
    }
}

extension WorkspaceSetting: ExpressibleByArgument {}

extension Hire.Settings {
    /// `hire settings list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every setting with the value in effect.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let values = try workspace.open().settings.list()
            if output.format == .json { return try Console.json(values) }
            var table = Table("KEY", "VALUE", "ABOUT")
            for value in values { table.add(value.key.rawValue, Self.shown(value), value.key.summary) }
            output.emit(table)
        }

        static func shown(_ value: WorkspaceSettingValue) -> String {
            guard let raw = value.value else { return "(not set)" }
            if value.key == .hrContact { return "\(value.personName ?? "?") (person \(raw))" }
            return value.isDefault ? "\(raw) (default)" : raw
        }
    }

    /// `hire settings get KEY`
    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: "One setting's value in effect.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions
        @Argument(help: "time_zone, scorecard_due_hours or hr_contact.") var key: WorkspaceSetting

        func run() throws {
            let value = try workspace.open().settings.get(key)
            if output.format == .json { return try Console.json(value) }
            Console.out(List.shown(value))
        }
    }

    /// `hire settings set KEY VALUE`
    struct SetValue: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Change a setting (admins only; audited).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "time_zone, scorecard_due_hours or hr_contact.") var key: WorkspaceSetting
        @Argument(help: "The new value: an IANA time zone, a number of hours, a person (id, email or name).") var value: String

        func run() throws {
            let ws = try workspace.open()
            let set = try ws.settings.set(key, to: value, actor: try actor.resolve(in: ws))
            Console.out("\(key.rawValue) = \(List.shown(set))")
        }
    }
}
