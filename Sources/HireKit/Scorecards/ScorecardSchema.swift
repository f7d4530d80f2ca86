import GRDB

/// Tables for interview schedules, scorecards with their ratings, and hiring decisions.
///
/// Scorecards and ratings are append-only: triggers refuse updates, and an amendment is a
/// new scorecard row whose `supersedes` names the version it replaces. The latest version
/// of a scorecard is the one nothing supersedes.
enum ScorecardSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "interview") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("candidate", onDelete: .cascade).notNull()
            t.column("roundId", .text).notNull()
            t.belongsTo("interviewer", inTable: "person").notNull()
            t.column("at", .datetime)
            t.column("actor", .text).notNull()
            t.column("createdAt", .datetime).notNull()
            t.uniqueKey(["candidateId", "roundId", "interviewerId"])
        }
        try db.create(table: "scorecard") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("candidate", onDelete: .cascade).notNull()
            t.column("roleId", .text).notNull()
            t.column("roleVersion", .integer).notNull()
            t.column("roundId", .text).notNull()
            t.belongsTo("interviewer", inTable: "person").notNull()
            t.column("version", .integer).notNull()
            t.column("supersedes", .integer).references("scorecard")
            t.column("recommendation", .text).notNull()
            t.column("notes", .text)
            t.column("submittedAt", .datetime).notNull()
            t.column("amendReason", .text)
            t.column("actor", .text).notNull()
            t.uniqueKey(["candidateId", "roundId", "interviewerId", "version"])
        }
        // The slate scans a role's scorecards candidate by candidate.
        try db.create(index: "scorecard_role_candidate", on: "scorecard", columns: ["roleId", "candidateId"])
        // "Is this the latest version?" is a lookup of who supersedes it; most scorecards are never amended.
        try db.create(
            index: "scorecard_supersedes", on: "scorecard", columns: ["supersedes"], unique: true,
            condition: Column("supersedes") != nil)
        // Clustered by scorecard, so one scorecard's ratings are read in one seek.
        try db.create(table: "rating", options: .withoutRowID) { t in
            t.column("scorecardId", .integer).notNull().references("scorecard", onDelete: .cascade)
            t.column("competencyId", .text).notNull()
            t.column("value", .double)
            t.column("skipReason", .text)
            t.column("evidence", .text)
            t.primaryKey(["scorecardId", "competencyId"])
        }
        try db.create(table: "decision") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("candidate", onDelete: .cascade).notNull()
            t.column("kind", .text).notNull()
            t.column("reason", .text)
            t.column("override", .text)
            t.column("startDate", .text)
            t.belongsTo("manager", inTable: "person")
            t.column("actor", .text).notNull()
            t.column("at", .datetime).notNull()
        }
        for table in ["scorecard", "rating", "decision"] {
            try db.execute(
                sql: """
                    CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
                    BEGIN SELECT RAISE(ABORT, 'a submitted \(table) cannot be edited; amend it instead'); END
                    """)
        }
    }
}
