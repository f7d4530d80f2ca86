import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire remind [--today D] [--send] [--person P]`: one email per person with what they owe.
    struct Remind: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remind",
            abstract: "Email each person what they owe (as `hire owed` lists it) and their interviews tomorrow.",
            discussion: """
                One message per person, overdue items first (most overdue first), then items due soon, then \
                tomorrow's interviews; candidate names and rounds only, never ratings. Without --send the messages \
                are printed, not sent. With --send each is handed to a sendmail-compatible program (--sendmail, else \
                the sendmail setting, else "/usr/sbin/sendmail -t -i"; msmtp works and relays to any SMTP server), \
                from the mail_from setting; links go to --base-url or the base_url setting. A reminder sent is not \
                sent again the same day; a failed one is reported and tried again on the next run. People who \
                turned reminders off (`hire people notify P --off`) and retired people get none.

                Exit status with --send: 0 every message was sent (or nothing was due), 2 some were sent and some \
                failed, 4 messages were due and none could be sent; 1 for any other error.

                For a daily run at 08:00, a crontab line:
                  0 8 * * * cd /srv/hire && hire remind --send --workspace hire.sqlite >>remind.log 2>&1
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var today: TodayOptions

        @Flag(help: "Send the messages (default: print them).") var send = false
        @Option(help: ArgumentHelp("Only this person's reminder (id, email or name).", valueName: "person")) var person: String?
        @Option(help: ArgumentHelp("The sendmail-compatible program and its arguments.", valueName: "command")) var sendmail: String?
        @Option(help: ArgumentHelp("The team server's address, for links (default: the base_url setting).", valueName: "url")) var baseURL: String?
        @Option(name: .customLong("as"), help: ArgumentHelp("Act as this person.", valueName: "person")) var viewer: String?

        func run() throws {
            let ws = try workspace.open()
            let actor = try ActorResolver.viewer(viewer, in: ws)
            let reminders = try ws.reminders.plan(
                today: today.today, person: try person.map(ws.personID), as: actor, baseURL: try baseURL ?? ws.settings.value(.baseURL))
            guard let from = try ws.settings.value(.mailFrom).flatMap(MailAddress.init) ?? (send ? nil : MailAddress(name: "Hire", address: "hire@localhost")) else {
                Console.error("error: set the sender first: hire settings set mail_from 'Hire <hire@example.com>'")
                throw ExitCode.failure
            }
            // milestone.overdue fires the first time a sending run finds a milestone overdue.
            if send { try ws.webhooks.announceOverdueMilestones(today: today.today) }
            guard !reminders.isEmpty else { return Console.out("Nothing to remind.") }
            guard send else {
                for reminder in reminders {
                    let message = ReminderMessage(reminder, from: from)
                    Console.out("To: \(reminder.personName) <\(reminder.email)>\nSubject: \(message.subject)\n\n\(message.text)")
                }
                return
            }
            let command = try sendmail ?? ws.settings.value(.sendmail) ?? WorkspaceSetting.defaultSendmail
            guard let program = Sendmail(command: command) else { throw ValidationError("--sendmail: give a program and its arguments.") }
            let failed = try Self.send(reminders, in: ws, from: from, through: program, actor: actor)
            if failed == reminders.count { throw ExitCode(ExitStatus.noneSent) }
            if failed > 0 { throw ExitCode(ExitStatus.partial) }
        }

        /// Hands each reminder to the mail program and records how it went, reporting each
        /// (sent on stdout, failed on stderr); returns how many failed.
        static func send(_ reminders: [Reminder], in ws: Workspace, from: MailAddress, through program: Sendmail, actor: Actor) throws -> Int {
            signal(SIGPIPE, SIG_IGN)
            var failed = 0
            for reminder in reminders {
                let message = ReminderMessage(reminder, from: from)
                let outcome = program.send(message.rendered)
                try ws.reminders.record(reminder, messageId: message.messageId, outcome: outcome, actor: actor)
                switch outcome {
                case .sent:
                    Console.out("Sent to \(reminder.personName) (person \(reminder.personId)): \(Counted.text(reminder.items.count, "item")).")
                case .failed(let why):
                    failed += 1
                    Console.error("error: not sent to person \(reminder.personId) (\(Counted.text(reminder.items.count, "item"))): \(why); tried again next run")
                }
            }
            return failed
        }
    }
}
