import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire webhook`: endpoints told about events by signed POSTs.
    struct WebhookCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "webhook",
            abstract: "Tell other systems (chat, HR tools) about events by signed HTTP POSTs.",
            discussion: """
                Events: scorecard.submitted, decision.made, milestone.overdue (once per milestone, when `hire remind --send` \
                or `hire webhook deliver` first finds it overdue), import.finished. Each POST carries a JSON body (event \
                id, type, ids, names, a link under the base_url setting) and the header \
                Hire-Signature: t=UNIX_SECONDS,v1=HEX, HEX being the HMAC-SHA256 with the webhook's secret of "{t}.{body}"; \
                receivers should reject a timestamp older than 5 minutes and deduplicate by the body's id (delivery is at \
                least once). Events wait in an outbox in the workspace: the command that caused one tries to deliver it \
                before it exits; `hire webhook deliver` sends the rest, retrying failures with backoff.
                """,
            subcommands: [Add.self, List.self, Remove.self, Test.self, Deliver.self])
    }
}

extension WebhookEvent: ExpressibleByArgument {}

extension Hire.WebhookCommand {
    /// `hire webhook add URL --events A,B [--secret-stdin] [--include-personal-data]`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a webhook (admins only); prints a generated secret once.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The receiver's http or https URL.") var url: String
        @Option(help: ArgumentHelp("Comma-separated: scorecard.submitted, decision.made, milestone.overdue, import.finished.", valueName: "events"))
        var events: String
        @Flag(help: "Read the signing secret from standard input (else one is generated and printed once).") var secretStdin = false
        @Flag(help: "Include personal data beyond ids and names (candidate emails, decision reasons).") var includePersonalData = false

        func parsedEvents() throws -> [WebhookEvent] {
            try events.split(separator: ",").map { name in
                let name = name.trimmingCharacters(in: .whitespaces)
                guard let event = WebhookEvent(rawValue: name), event != .test else {
                    throw ValidationError("unknown event '\(name)': give scorecard.submitted, decision.made, milestone.overdue or import.finished.")
                }
                return event
            }
        }

        func validate() throws { _ = try parsedEvents() }

        func run() throws {
            let ws = try workspace.open()
            var secret: String?
            if secretStdin {
                secret = readLine(strippingNewline: true)
                guard secret?.isEmpty == false else { throw ValidationError("--secret-stdin: no secret on standard input.") }
            }
            let added = try ws.webhooks.add(
                url: url, events: try parsedEvents(), secret: secret, includePersonalData: includePersonalData, actor: try actor.resolve(in: ws))
            Console.out("Added webhook \(added.webhook.id!) for \(added.webhook.events).")
            if !secretStdin { Console.out("Secret (shown once; keep it to verify signatures): \(added.secret)") }
        }
    }

    /// `hire webhook list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List webhooks with their pending and delivered events.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let hooks = try workspace.open().webhooks.list()
            if output.format == .json { return try Console.json(hooks) }
            var table = Table("ID", "URL", "EVENTS", "PERSONAL-DATA", "PENDING", "DELIVERED", "LAST-ERROR")
            for hook in hooks {
                table.add(
                    "\(hook.id)", hook.url, hook.events.joined(separator: ","), hook.includePersonalData ? "yes" : "no", "\(hook.pending)",
                    "\(hook.delivered)", hook.lastError ?? "")
            }
            output.emit(table)
        }
    }

    /// `hire webhook remove ID`
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a webhook and its undelivered events (admins only).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The webhook id.") var id: Int64

        func run() throws {
            let ws = try workspace.open()
            try ws.webhooks.remove(id, actor: try actor.resolve(in: ws))
            Console.out("Removed webhook \(id).")
        }
    }

    /// `hire webhook test ID`
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "test", abstract: "Send a webhook.test event to one webhook now.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The webhook id.") var id: Int64

        func run() throws {
            let ws = try workspace.open()
            let since = Date()
            try ws.webhooks.test(id, actor: try actor.resolve(in: ws))
            let report = try ws.webhooks.deliver(createdSince: since)
            guard report.failed == 0 else {
                let error = try ws.webhooks.list().first { $0.id == id }?.lastError ?? "not delivered"
                Console.error("error: webhook \(id): \(error); the event stays in the outbox (`hire webhook deliver` retries it)")
                throw ExitCode.failure
            }
            Console.out("Delivered a webhook.test event to webhook \(id).")
        }
    }

    /// `hire webhook deliver [--timeout S] [--retry-now] [--today D]`
    struct Deliver: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deliver",
            abstract: "Announce newly overdue milestones and send what the outbox holds now.",
            discussion: "Exit status: 0 nothing failed, 2 some events failed (retried later with backoff).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var today: TodayOptions
        @Option(help: ArgumentHelp("Seconds to wait for each receiver.", valueName: "seconds")) var timeout: Double = 10
        @Flag(help: "Try failed events now instead of after their backoff.") var retryNow = false

        func validate() throws {
            if !(0.1...300).contains(timeout) { throw ValidationError("--timeout is in seconds, from 0.1 to 300.") }
        }

        func run() throws {
            let ws = try workspace.open()
            let announced = try ws.webhooks.announceOverdueMilestones(today: today.today)
            let report = try ws.webhooks.deliver(timeout: timeout, ignoreBackoff: retryNow)
            Console.out(
                "Delivered \(report.delivered), failed \(report.failed), pending \(report.pending)"
                    + (announced > 0 ? "; \(Counted.text(announced, "milestone")) newly overdue." : "."))
            if report.failed > 0 { throw ExitCode(ExitStatus.partial) }
        }
    }
}

/// After a command that caused webhook events, one brief try to deliver them; the outbox keeps the rest.
enum WebhookAfterCommand {
    static func deliverBriefly(since start: Date) {
        guard let path = WorkspaceOptions.opened, FileManager.default.fileExists(atPath: path),
            let ws = try? Workspace.open(at: path), (try? ws.webhooks.hasEvents(since: start)) == true
        else { return }
        _ = try? ws.webhooks.deliver(timeout: 3, createdSince: start, limit: 20)
    }
}
