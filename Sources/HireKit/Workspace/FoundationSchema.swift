import GRDB

/// Tables for roles, openings, people, candidates, their stage history and the audit log.
enum FoundationSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "role") { t in
            t.primaryKey("id", .text)
            t.column("title", .text).notNull()
            t.column("department", .text)
            t.column("latestVersion", .integer).notNull()
        }
        try db.create(table: "roleVersion") { t in
            t.belongsTo("role", onDelete: .cascade).notNull()
            t.column("version", .integer).notNull()
            t.column("profile", .jsonText).notNull()
            t.column("sourcePath", .text)
            t.column("loadedAt", .datetime).notNull()
            t.primaryKey(["roleId", "version"])
        }
        try db.create(table: "opening") { t in
            t.primaryKey("id", .text)
            t.belongsTo("role").notNull()
            t.column("title", .text).notNull()
            t.column("status", .text).notNull().defaults(to: "open")
            t.column("createdAt", .datetime).notNull()
        }
        try db.create(table: "person") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull()
            t.column("email", .text).notNull()
            t.column("emailKey", .text).notNull().unique()
            t.column("title", .text)
            t.column("createdAt", .datetime).notNull()
        }
        try db.create(table: "candidate") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull()
            t.column("givenName", .text)
            t.column("familyName", .text)
            t.column("email", .text)
            t.column("emailKey", .text).unique()
            t.column("phone", .text)
            t.column("location", .text)
            t.belongsTo("role")
            t.column("roleVersion", .integer)
            t.belongsTo("opening")
            t.column("source", .text)
            t.column("stage", .text).notNull()
            t.column("externalSource", .text)
            t.column("externalId", .text)
            t.column("erased", .boolean).notNull().defaults(to: false)
            t.column("createdAt", .datetime).notNull()
            t.column("updatedAt", .datetime).notNull()
        }
        try db.create(
            index: "candidate_external", on: "candidate", columns: ["externalSource", "externalId"], unique: true,
            condition: Column("externalId") != nil)
        try db.create(index: "candidate_role_stage", on: "candidate", columns: ["roleId", "stage"])
        try db.create(table: "stageChange") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("candidate", onDelete: .cascade).notNull()
            t.column("fromStage", .text)
            t.column("toStage", .text).notNull()
            t.column("reason", .text)
            t.column("actor", .text).notNull()
            t.column("at", .datetime).notNull()
        }
        try db.create(table: "auditEvent") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .datetime).notNull()
            t.column("actor", .text).notNull()
            t.column("action", .text).notNull()
            t.column("candidateId", .integer).indexed()
            t.column("subject", .text)
            t.column("detail", .text)
        }
        try db.execute(
            sql: """
                CREATE TRIGGER auditEvent_no_update BEFORE UPDATE ON auditEvent
                BEGIN SELECT RAISE(ABORT, 'the audit log cannot be edited'); END
                """)
    }

    /// `candidate_role_stage` (roleId, stage) serves every lookup by role, including the
    /// foreign key's, so the single-column index `belongsTo` made is one more B-tree to update
    /// for each candidate added.
    static func dropRedundantRoleIndex(_ db: Database) throws {
        try db.drop(index: "candidate_on_roleId")
    }
}
