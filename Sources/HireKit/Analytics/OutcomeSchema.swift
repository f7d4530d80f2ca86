import GRDB

/// Tables for what happened after a hire: leaving (``HireExit``) and imported business
/// results (``OutcomeValue``).
enum OutcomeSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "newHireExit") { t in
            t.primaryKey("newHireId", .integer).references("newHire", onDelete: .cascade)
            t.column("leftOn", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("note", .text)
            t.column("actor", .text).notNull()
            t.column("createdAt", .datetime).notNull()
        }
        try db.create(table: "outcome") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("candidate", onDelete: .cascade).notNull()
            t.column("metric", .text).notNull()
            t.column("value", .double).notNull()
            t.column("date", .text).notNull()
            t.column("updatedAt", .datetime).notNull()
            t.uniqueKey(["candidateId", "metric", "date"])
        }
        try db.create(index: "outcome_metric", on: "outcome", columns: ["metric"])
    }
}
