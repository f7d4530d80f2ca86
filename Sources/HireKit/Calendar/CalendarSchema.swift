import Foundation
import GRDB

/// Tables and columns for calendars: where an interview takes place, how often it changed, the
/// interviews cancelled (kept so a calendar can mark them cancelled), and the workspace's own
/// identifier for calendar UIDs.
enum CalendarSchema {
    /// Migration `calendars-v2-subscriptions`.
    static func createSubscriptions(_ db: Database) throws {
        try db.create(table: "calendarSubscription") { t in
            t.primaryKey("personId", .integer).references("person", onDelete: .cascade)
            // SHA-256 of the token in the address.
            t.column("tokenHash", .text).notNull().unique()
            t.column("createdAt", .datetime).notNull()
        }
    }

    /// Migration `interviews-v3-calendar`.
    static func create(_ db: Database) throws {
        try db.alter(table: "interview") { t in
            t.add(column: "location", .text)
            t.add(column: "sequence", .integer).notNull().defaults(to: 0)
        }
        // A cancelled interview leaves the interview table (its round and interviewer can be
        // booked again) and is kept here under the same id, so its calendar event keeps its UID.
        try db.create(table: "interviewCancellation") { t in
            t.primaryKey("id", .integer)
            t.belongsTo("candidate", onDelete: .cascade).notNull()
            t.column("roundId", .text).notNull()
            t.belongsTo("interviewer", inTable: "person").notNull()
            t.column("at", .datetime)
            t.column("durationMinutes", .integer).notNull()
            t.column("location", .text)
            t.column("sequence", .integer).notNull()
            t.column("reason", .text)
            t.column("cancelledAt", .datetime).notNull()
            t.column("actor", .text).notNull()
        }
        try db.create(index: "interviewCancellation_interviewer", on: "interviewCancellation", columns: ["interviewerId"])
        try WorkspaceSettings.set(db, workspaceUIDKey, UUID().uuidString.lowercased())
    }

    /// The `setting` key of the workspace's random identifier, the domain part of calendar UIDs.
    static let workspaceUIDKey = "workspaceUID"
}
