import GRDB

/// The calibration feature's tables: self-identified group data for fairness reports,
/// kept apart from the candidate record and gone when the candidate is.
enum CalibrationSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "candidateGroup") { t in
            t.belongsTo("candidate", onDelete: .cascade).notNull()
            t.column("dimension", .text).notNull()
            t.column("value", .text).notNull()
            t.column("recordedAt", .datetime).notNull()
            t.primaryKey(["candidateId", "dimension"])
        }
        try db.create(index: "candidateGroup_dimension", on: "candidateGroup", columns: ["dimension", "value"])
        // Erasing a candidate's personal data (the `erased` flag) erases their group data too.
        try db.execute(
            sql: """
                CREATE TRIGGER candidateGroup_erase AFTER UPDATE OF erased ON candidate
                WHEN NEW.erased
                BEGIN DELETE FROM candidateGroup WHERE candidateId = NEW.id; END
                """)
    }
}
