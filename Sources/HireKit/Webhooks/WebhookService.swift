import Foundation
import GRDB

/// Webhooks: endpoints told about events by signed POSTs from a durable outbox.
public struct WebhookService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Webhooks: endpoints told about events by signed POSTs from a durable outbox.
    public var webhooks: WebhookService { WebhookService(workspace: self) }
}

extension WebhookService {
    /// Adds a webhook for `events` (admins only; audited without the URL's query or the secret).
    /// Without `secret` one is generated; the secret is returned so it can be shown once.
    public func add(url: String, events: [WebhookEvent], secret: String? = nil, includePersonalData: Bool = false, actor: Actor) throws
        -> (webhook: Webhook, secret: String)
    {
        try Policy.require(actor, .manageSettings)
        guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host?.isEmpty == false else {
            throw HireError.invalid("a webhook URL is an http or https address")
        }
        let events = events.filter { $0 != .test }
        guard !events.isEmpty else { throw HireError.invalid("a webhook needs at least one event") }
        let secret = secret?.trimmingCharacters(in: .whitespacesAndNewlines) ?? SecretToken.generate()
        guard secret.count >= 16 else { throw HireError.invalid("a webhook secret has at least 16 characters") }
        return try writer.write { db in
            var hook = Webhook(
                url: url, events: events.map(\.rawValue).joined(separator: ","), secret: secret, includePersonalData: includePersonalData,
                createdAt: Date(), actor: actor.recordedName)
            try hook.insert(db)
            try db.audit(actor, .webhookAdd, subject: "webhook \(hook.id!)", detail: "\(parsed.host!), \(hook.events)")
            return (hook, secret)
        }
    }

    /// Every webhook, without secrets, with its outbox counts.
    public func list() throws -> [WebhookSummary] {
        try writer.read { db in
            try Webhook.order(Column.rowID).fetchAll(db).map { hook in
                let counts = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT COALESCE(SUM(deliveredAt IS NULL), 0), COALESCE(SUM(deliveredAt IS NOT NULL), 0),
                          (SELECT lastError FROM webhookOutbox WHERE webhookId = ?1 AND deliveredAt IS NULL AND lastError IS NOT NULL ORDER BY id DESC LIMIT 1)
                        FROM webhookOutbox WHERE webhookId = ?1
                        """, arguments: [hook.id])!
                return WebhookSummary(
                    id: hook.id!, url: hook.url, events: hook.events.split(separator: ",").map(String.init),
                    includePersonalData: hook.includePersonalData, pending: counts[0], delivered: counts[1], lastError: counts[2])
            }
        }
    }

    /// Removes a webhook and its outbox (admins only; audited).
    public func remove(_ id: Int64, actor: Actor) throws {
        try Policy.require(actor, .manageSettings)
        try writer.write { db in
            guard try Webhook.deleteOne(db, key: id) else { throw HireError.notFound("no webhook \(id)") }
            try db.audit(actor, .webhookRemove, subject: "webhook \(id)")
        }
    }

    /// Puts a `webhook.test` event in one webhook's outbox (admins only).
    public func test(_ id: Int64, actor: Actor) throws {
        try Policy.require(actor, .manageSettings)
        try writer.write { db in
            guard try Webhook.exists(db, key: id) else { throw HireError.notFound("no webhook \(id)") }
            try Workspace.enqueueWebhookEvent(db, .test, data: ["webhookId": .number(id)], only: id)
        }
    }

    /// Announces every milestone overdue on `today` (default: today in the workspace's time
    /// zone) that was not announced before, once each; nothing without a webhook for
    /// `milestone.overdue`. Returns how many were announced.
    @discardableResult
    public func announceOverdueMilestones(today: CalendarDate? = nil, now: Date = Date()) throws -> Int {
        try writer.write { db in
            guard try Webhook.fetchAll(db).contains(where: { $0.eventSet.contains(.milestoneOverdue) }) else { return 0 }
            let zone = try Workspace.timeZone(db)
            let today = today ?? CalendarDate(of: now, in: zone)
            let items = try Workspace.owedRamps(db, today: today, now: today.adding(days: 1).start(in: zone), zone: zone)
                .filter { $0.kind == .milestone && $0.status == .overdue }
            var announced = 0
            for item in items {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO webhookMilestoneOverdue (candidateId, milestoneId, firedAt) VALUES (?, ?, ?)",
                    arguments: [item.candidateId, item.subject, now])
                guard db.changesCount > 0 else { continue }
                let candidate = try Workspace.webhookCandidate(db, item.candidateId)
                var data = candidate.data
                data["milestoneId"] = .text(item.subject)
                data["dueDate"] = .text("\(item.dueDate)")
                if let owner = item.personId { data["ownerPersonId"] = .number(owner) }
                try Workspace.enqueueWebhookEvent(
                    db, .milestoneOverdue, candidate: item.candidateId, data: data, personal: candidate.personal, path: "/candidates/\(item.candidateId)",
                    now: now)
                announced += 1
            }
            return announced
        }
    }
}

extension WebhookService {
    /// Whether events were put in the outbox since `date` and not yet tried.
    public func hasEvents(since date: Date) throws -> Bool {
        try writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM webhookOutbox WHERE createdAt >= ? AND attempts = 0 AND deliveredAt IS NULL)", arguments: [date])!
        }
    }
}
