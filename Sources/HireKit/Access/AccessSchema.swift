import GRDB

/// The tables of access: each person's access roles, and each opening's hiring manager.
enum AccessSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "personAccess") { t in
            t.belongsTo("person", onDelete: .cascade).notNull()
            t.column("accessRole", .text).notNull()
            t.primaryKey(["personId", "accessRole"])
        }
        try db.alter(table: "opening") { t in
            t.add(column: "managerId", .integer).references("person")
        }
        // People already named in schedules, hire decisions and mentor assignments get the
        // matching access role.
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO personAccess (personId, accessRole)
                SELECT DISTINCT interviewerId, 'interviewer' FROM interview
                UNION SELECT DISTINCT managerId, 'hiring-manager' FROM decision WHERE managerId IS NOT NULL
                UNION SELECT DISTINCT managerId, 'hiring-manager' FROM newHire
                UNION SELECT DISTINCT personId, 'mentor' FROM mentor
                UNION SELECT DISTINCT mentorId, 'mentor' FROM mentorAssignment
                """)
    }
}
