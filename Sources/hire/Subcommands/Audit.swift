import ArgumentParser
import HireKit

extension Hire {
    /// `hire audit [C] [--since DATE]`
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "List the audit trail: every change with who, when and what.",
            discussion: "The audit log is append-only: nothing in Hire edits or deletes it. Entries hold ids and codes, not personal data.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions
        @OptionGroup var viewer: ViewerOptions

        @Argument(help: "Only this candidate's entries (id or email).") var candidate: String?
        @Option(help: ArgumentHelp("Only entries from this day on, YYYY-MM-DD.", valueName: "date"), transform: DateArgument.calendarDate) var since: CalendarDate?

        func run() throws {
            let ws = try workspace.open()
            let events = try ws.audit.events(candidate: try candidate.map(ws.candidateID), since: since, as: try viewer.resolve(in: ws))
            if output.format == .json { return try Console.json(events) }
            var table = Table("ID", "AT", "BY", "ACTION", "CANDIDATE", "SUBJECT", "DETAIL")
            for event in events {
                table.add(
                    "\(event.id!)", DateText.timestamp(event.at), event.actor, event.action, event.candidateId.map { "\($0)" } ?? "",
                    event.subject ?? "", event.detail ?? "")
            }
            output.emit(table)
        }
    }

    /// `hire backup FILE`
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Write a consistent copy of the workspace (SQLite online backup; safe while others write).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The backup file to create (must not exist).") var file: String

        func run() throws {
            let ws = try workspace.open()
            try ws.backup(to: file, actor: try actor.resolve(in: ws))
            Console.out("Backed up \(workspace.path) to \(file)")
        }
    }

    /// `hire restore FILE`
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore",
            abstract: "Replace the workspace's contents with a backup.",
            discussion: "Refuses when the workspace has changes newer than the backup, or while `hire serve` serves it, unless --force.")

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(help: "The backup file.") var file: String
        @Flag(help: "Overwrite even newer changes, and restore even while a server runs.") var force = false

        func run() throws {
            // A refusal (newer changes, a running server) carries its remedy, worded by RemedyText.
            try workspace.open().restore(from: file, force: force)
            Console.out("Restored \(workspace.path) from \(file)")
        }
    }
}
