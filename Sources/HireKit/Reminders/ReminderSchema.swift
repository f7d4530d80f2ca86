import GRDB

/// Tables for reminders: what was sent to whom on which day (so nothing is sent twice a day
/// and failures are retried), and who asked not to be reminded.
enum ReminderSchema {
    /// Migration `reminders-v1`.
    static func create(_ db: Database) throws {
        // One row per reminded item and attempt: ids, keys and outcomes only, no names or text.
        try db.create(table: "reminderSent") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("person", onDelete: .cascade).notNull()
            t.belongsTo("candidate", onDelete: .cascade)
            t.column("day", .text).notNull()
            t.column("itemKey", .text).notNull()
            t.column("messageId", .text).notNull()
            t.column("status", .text).notNull()
            t.column("error", .text)
            t.column("at", .datetime).notNull()
        }
        try db.create(index: "reminderSent_person_day", on: "reminderSent", columns: ["personId", "day"])
        try db.create(table: "notificationOptOut") { t in
            t.primaryKey("personId", .integer).references("person", onDelete: .cascade)
            t.column("at", .datetime).notNull()
            t.column("actor", .text).notNull()
        }
    }
}
