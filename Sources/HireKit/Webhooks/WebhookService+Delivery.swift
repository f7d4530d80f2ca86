import Foundation
import GRDB

extension WebhookService {
    /// How long a claimed outbox row stays claimed beyond the request's timeout, in seconds.
    public static let leaseMargin: TimeInterval = 5

    /// Sends what the outbox holds now, one row at a time: each is claimed with a lease (so a
    /// server and a CLI never send the same row), POSTed with its signature, then marked
    /// delivered, or failed with the next attempt after a backoff (30 s doubling, at most 6 h).
    /// `createdSince` keeps only events created since then and never tried (a command's own);
    /// `ignoreBackoff` tries failed rows now. Delivery is at least once: a receiver
    /// deduplicates by the body's `id`.
    public func deliver(
        timeout: TimeInterval = 10, createdSince: Date? = nil, ignoreBackoff: Bool = false, limit: Int = 1000
    ) throws -> WebhookDeliveryReport {
        let owner = UUID().uuidString
        var report = WebhookDeliveryReport()
        for _ in 0..<limit {
            guard let claimed = try claim(owner: owner, timeout: timeout, createdSince: createdSince, ignoreBackoff: ignoreBackoff) else { break }
            let outcome = WebhookSender.post(url: claimed.url, body: claimed.body, secret: claimed.secret, eventId: claimed.eventId, timeout: timeout)
            try writer.write { db in
                let now = Date()
                if let error = outcome {
                    let attempts = claimed.attempts + 1
                    let backoff = min(30 * pow(2, Double(attempts - 1)), 6 * 3600)
                    try db.execute(
                        sql: """
                            UPDATE webhookOutbox SET attempts = ?, nextAttemptAt = ?, lastError = ?, leaseOwner = NULL, leaseUntil = NULL
                            WHERE id = ? AND leaseOwner = ?
                            """, arguments: [attempts, now.addingTimeInterval(backoff), error, claimed.id, owner])
                } else {
                    try db.execute(
                        sql: """
                            UPDATE webhookOutbox SET attempts = attempts + 1, deliveredAt = ?, lastError = NULL, leaseOwner = NULL, leaseUntil = NULL
                            WHERE id = ?
                            """, arguments: [now, claimed.id])
                }
            }
            if outcome == nil { report.delivered += 1 } else { report.failed += 1 }
        }
        report.pending = try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM webhookOutbox WHERE deliveredAt IS NULL")! }
        return report
    }

    struct Claimed {
        var id: Int64
        var url: String
        var secret: String
        var eventId: String
        var body: String
        var attempts: Int
    }

    /// Claims the oldest row due and not leased by another sender, or returns `nil`.
    func claim(owner: String, timeout: TimeInterval, createdSince: Date?, ignoreBackoff: Bool) throws -> Claimed? {
        try writer.write { db in
            let now = Date()
            var conditions = ["o.deliveredAt IS NULL", "(o.leaseUntil IS NULL OR o.leaseUntil < :now)"]
            if !ignoreBackoff { conditions.append("o.nextAttemptAt <= :now") }
            if createdSince != nil { conditions.append("o.createdAt >= :since AND o.attempts = 0") }
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT o.id, w.url, w.secret, o.eventId, o.body, o.attempts FROM webhookOutbox o JOIN webhook w ON w.id = o.webhookId
                        WHERE \(conditions.joined(separator: " AND ")) ORDER BY o.id LIMIT 1
                        """, arguments: ["now": now, "since": createdSince])
            else { return nil }
            try db.execute(
                sql: "UPDATE webhookOutbox SET leaseOwner = ?, leaseUntil = ? WHERE id = ?",
                arguments: [owner, now.addingTimeInterval(timeout + Self.leaseMargin), row[0] as Int64])
            return Claimed(id: row[0], url: row[1], secret: row[2], eventId: row[3], body: row[4], attempts: row[5])
        }
    }
}
