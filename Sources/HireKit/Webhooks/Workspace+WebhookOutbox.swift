import Foundation
import GRDB

/// One value of an event's `data`.
enum WebhookValue: Encodable, Sendable {
    case text(String)
    case number(Int64)

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        }
    }
}

/// The JSON body of a webhook POST.
struct WebhookBody: Encodable {
    var id: String
    var type: String
    var createdAt: Date
    var data: [String: WebhookValue]
    var link: String?
}

extension Workspace {
    /// Puts an event in the outbox of every webhook that receives it, in the caller's transaction,
    /// so it is delivered at least once even if the process stops right after the commit.
    /// `personal` is added only for webhooks that include personal data. `path` is the server
    /// page the event links to, under the `base_url` setting.
    static func enqueueWebhookEvent(
        _ db: Database, _ event: WebhookEvent, candidate: Int64? = nil, data: [String: WebhookValue], personal: [String: WebhookValue] = [:],
        path: String? = nil, only webhookId: Int64? = nil, now: Date = Date()
    ) throws {
        let hooks = try Webhook.fetchAll(db).filter { hook in
            webhookId.map { $0 == hook.id } ?? hook.eventSet.contains(event)
        }
        guard !hooks.isEmpty else { return }
        let base = try WorkspaceSettings.value(db, WorkspaceSetting.baseURL.storageKey)
        let eventId = UUID().uuidString.lowercased()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        for hook in hooks {
            var fields = data
            if hook.includePersonalData { fields.merge(personal) { a, _ in a } }
            let body = WebhookBody(id: eventId, type: event.rawValue, createdAt: now, data: fields, link: path.flatMap { path in base.map { $0 + path } })
            try db.execute(
                sql: """
                    INSERT INTO webhookOutbox (webhookId, eventId, eventType, candidateId, body, createdAt, nextAttemptAt)
                    VALUES (?, ?, ?, (SELECT id FROM candidate WHERE id = ?), ?, ?, ?)
                    """,
                arguments: [hook.id, eventId, event.rawValue, candidate, String(decoding: try encoder.encode(body), as: UTF8.self), now, now])
        }
    }

    /// A candidate's id and name for an event's data; their email only as personal data.
    static func webhookCandidate(_ db: Database, _ id: Int64) throws -> (data: [String: WebhookValue], personal: [String: WebhookValue]) {
        guard let candidate = try Candidate.fetchOne(db, key: id) else { return (["candidateId": .number(id)], [:]) }
        return (
            ["candidateId": .number(id), "candidateName": .text(listedName(candidate))],
            candidate.email.map { ["candidateEmail": .text($0)] } ?? [:]
        )
    }
}
