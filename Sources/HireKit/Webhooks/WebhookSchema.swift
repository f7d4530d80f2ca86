import GRDB

/// Tables for webhooks: the endpoints, the durable outbox of events to deliver (with a lease so
/// only one sender sends a row), and the milestones already announced as overdue.
enum WebhookSchema {
    /// Migration `webhooks-v1`.
    static func create(_ db: Database) throws {
        try db.create(table: "webhook") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("url", .text).notNull()
            t.column("events", .text).notNull()
            t.column("secret", .text).notNull()
            t.column("includePersonalData", .boolean).notNull().defaults(to: false)
            t.column("createdAt", .datetime).notNull()
            t.column("actor", .text).notNull()
        }
        try db.create(table: "webhookOutbox") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("webhook", onDelete: .cascade).notNull()
            t.column("eventId", .text).notNull()
            t.column("eventType", .text).notNull()
            t.belongsTo("candidate", onDelete: .cascade)
            t.column("body", .text).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("attempts", .integer).notNull().defaults(to: 0)
            t.column("nextAttemptAt", .datetime).notNull()
            t.column("leaseOwner", .text)
            t.column("leaseUntil", .datetime)
            t.column("deliveredAt", .datetime)
            t.column("lastError", .text)
            t.uniqueKey(["webhookId", "eventId"])
        }
        try db.create(index: "webhookOutbox_pending", on: "webhookOutbox", columns: ["deliveredAt", "nextAttemptAt"])
        try db.create(table: "webhookMilestoneOverdue") { t in
            t.belongsTo("candidate", onDelete: .cascade).notNull()
            t.column("milestoneId", .text).notNull()
            t.column("firedAt", .datetime).notNull()
            t.primaryKey(["candidateId", "milestoneId"])
        }
    }
}
