import GRDB

/// Tables for applicant feed imports: what each record added to a candidate beyond the
/// candidate row (contacts, history, competencies with evidence), import runs and rejects.
enum ImportSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "importRun") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("file", .text).notNull()
            t.column("format", .text)
            t.column("actor", .text).notNull()
            t.column("startedAt", .datetime).notNull()
            t.column("finishedAt", .datetime)
            t.column("bytes", .integer).notNull().defaults(to: 0)
            t.column("imported", .integer).notNull().defaults(to: 0)
            t.column("updated", .integer).notNull().defaults(to: 0)
            t.column("unchanged", .integer).notNull().defaults(to: 0)
            t.column("merged", .integer).notNull().defaults(to: 0)
            t.column("rejected", .integer).notNull().defaults(to: 0)
            /// Why the run stopped early (not well-formed, refused), without personal data.
            t.column("error", .text)
        }
        try db.create(table: "importReject") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("importRun", onDelete: .cascade).notNull()
            t.column("file", .text).notNull()
            t.column("line", .integer).notNull()
            t.column("reason", .text).notNull()
            /// The record's XML exactly as it was in the feed.
            t.column("raw", .text).notNull()
            t.column("at", .datetime).notNull()
        }
        try db.create(table: "candidateImport") { t in
            t.primaryKey("candidateId", .integer).references("candidate", onDelete: .cascade)
            t.column("fingerprint", .integer).notNull()
            t.column("importRunId", .integer).notNull()
            t.column("format", .text).notNull()
            t.column("supplierRelationship", .text)
        }
        try db.create(table: "candidateContact") { t in
            t.belongsTo("candidate", onDelete: .cascade).notNull()
            t.column("kind", .text).notNull()
            t.column("value", .text).notNull()
        }
        try db.create(table: "candidateAppliedPosition") { t in
            t.belongsTo("candidate", onDelete: .cascade).notNull()
            t.column("positionId", .text).notNull()
            t.column("matchedOpening", .boolean).notNull()
        }
        try db.create(table: "candidateEmployment") { t in
            t.belongsTo("candidate", onDelete: .cascade).notNull()
            t.column("employer", .text)
            t.column("title", .text)
            t.column("start", .text)
            t.column("end", .text)
            t.column("current", .boolean).notNull()
        }
        try db.create(table: "candidateEducation") { t in
            t.belongsTo("candidate", onDelete: .cascade).notNull()
            t.column("school", .text)
            t.column("degree", .text)
            t.column("major", .text)
            t.column("date", .text)
        }
        try db.create(table: "candidateCompetency") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("candidate", onDelete: .cascade).notNull()
            t.column("name", .text).notNull()
            t.column("competencyId", .text)
            t.column("taxonomy", .text)
            t.column("weight", .double)
            t.column("weightMin", .double)
            t.column("weightMax", .double)
            t.column("weightNormalized", .double)
            t.column("weightText", .text)
        }
        try db.create(table: "competencyEvidence") { t in
            t.belongsTo("candidateCompetency", onDelete: .cascade).notNull()
            t.column("name", .text)
            t.column("lastUsed", .text)
            t.column("value", .double)
            t.column("minValue", .double)
            t.column("maxValue", .double)
            t.column("normalized", .double)
            t.column("text", .text)
            t.column("description", .text)
        }
    }

    /// The name of a feed as the workspace keeps it (in `importRun.file`, `importReject.file`
    /// and the reason of the candidates it added): its base name, so the folders it came from
    /// are not kept, and erasure can find and scrub a feed named after a person.
    static func storedFileName(_ path: String) -> String {
        guard path != "<stdin>", let last = path.split(separator: "/").last else { return path }
        return String(last)
    }

    /// Keeps only the base names of feeds already imported (see ``storedFileName(_:)``).
    static func storeBaseNames(_ db: Database) throws {
        for table in ["importRun", "importReject"] {
            for file in try String.fetchAll(db, sql: "SELECT DISTINCT file FROM \(table) WHERE file LIKE '%/%'") {
                try db.execute(sql: "UPDATE \(table) SET file = ? WHERE file = ?", arguments: [storedFileName(file), file])
            }
        }
        let prefix = "imported from "
        for reason in try String.fetchAll(db, sql: "SELECT DISTINCT reason FROM stageChange WHERE reason LIKE 'imported from %/%'")
        where reason.hasPrefix(prefix) {
            try db.execute(
                sql: "UPDATE stageChange SET reason = ? WHERE reason = ?",
                arguments: [prefix + storedFileName(String(reason.dropFirst(prefix.count))), reason])
        }
    }

    /// Lets a re-run of the same feed find a reject it already stored.
    static func indexRejects(_ db: Database) throws {
        try db.create(index: "importReject_location", on: "importReject", columns: ["file", "line"])
    }

    /// Keys each record's details by (candidate, ordinal) in tables without rowids, so a detail
    /// row is written into one B-tree instead of a table plus a `candidateId` index: an import
    /// writes about 25 detail rows per candidate. Evidence points at its competency by
    /// (candidate, competency ordinal). Existing rows keep their order.
    static func keyDetailsByCandidate(_ db: Database) throws {
        let tables: [(name: String, columns: [String])] = [
            ("candidateContact", ["kind", "value"]),
            ("candidateAppliedPosition", ["positionId", "matchedOpening"]),
            ("candidateEmployment", ["employer", "title", "start", "end", "current"]),
            ("candidateEducation", ["school", "degree", "major", "date"]),
            ("candidateCompetency", ["name", "competencyId", "taxonomy", "weight", "weightMin", "weightMax", "weightNormalized", "weightText"]),
        ]
        for table in tables {
            try db.rename(table: table.name, to: table.name + "_old")
        }
        try db.rename(table: "competencyEvidence", to: "competencyEvidence_old")
        try db.create(table: "candidateContact", options: .withoutRowID) { t in
            detailKey(t)
            t.column("kind", .text).notNull()
            t.column("value", .text).notNull()
        }
        try db.create(table: "candidateAppliedPosition", options: .withoutRowID) { t in
            detailKey(t)
            t.column("positionId", .text).notNull()
            t.column("matchedOpening", .boolean).notNull()
        }
        try db.create(table: "candidateEmployment", options: .withoutRowID) { t in
            detailKey(t)
            t.column("employer", .text)
            t.column("title", .text)
            t.column("start", .text)
            t.column("end", .text)
            t.column("current", .boolean).notNull()
        }
        try db.create(table: "candidateEducation", options: .withoutRowID) { t in
            detailKey(t)
            t.column("school", .text)
            t.column("degree", .text)
            t.column("major", .text)
            t.column("date", .text)
        }
        try db.create(table: "candidateCompetency", options: .withoutRowID) { t in
            detailKey(t)
            t.column("name", .text).notNull()
            t.column("competencyId", .text)
            t.column("taxonomy", .text)
            t.column("weight", .double)
            t.column("weightMin", .double)
            t.column("weightMax", .double)
            t.column("weightNormalized", .double)
            t.column("weightText", .text)
        }
        try db.create(table: "competencyEvidence", options: .withoutRowID) { t in
            t.column("candidateId", .integer).notNull()
            /// The ordinal of the competency this is evidence for.
            t.column("competency", .integer).notNull()
            t.column("ordinal", .integer).notNull()
            t.primaryKey(["candidateId", "competency", "ordinal"])
            t.foreignKey(["candidateId", "competency"], references: "candidateCompetency", columns: ["candidateId", "ordinal"], onDelete: .cascade)
            t.column("name", .text)
            t.column("lastUsed", .text)
            t.column("value", .double)
            t.column("minValue", .double)
            t.column("maxValue", .double)
            t.column("normalized", .double)
            t.column("text", .text)
            t.column("description", .text)
        }
        for table in tables {
            let columns = table.columns.map { "\"\($0)\"" }.joined(separator: ", ")
            try db.execute(
                sql: """
                    INSERT INTO \(table.name) (candidateId, ordinal, \(columns))
                    SELECT candidateId, row_number() OVER (PARTITION BY candidateId ORDER BY rowid) - 1, \(columns)
                    FROM \(table.name)_old
                    """)
        }
        try db.execute(
            sql: """
                INSERT INTO competencyEvidence (candidateId, competency, ordinal, name, lastUsed, value, minValue, maxValue, normalized, text, description)
                SELECT c.candidateId, c.ordinal, row_number() OVER (PARTITION BY e.candidateCompetencyId ORDER BY e.rowid) - 1,
                    e.name, e.lastUsed, e.value, e.minValue, e.maxValue, e.normalized, e.text, e.description
                FROM competencyEvidence_old e
                JOIN (SELECT id, candidateId, row_number() OVER (PARTITION BY candidateId ORDER BY id) - 1 AS ordinal FROM candidateCompetency_old) c
                    ON c.id = e.candidateCompetencyId
                """)
        try db.drop(table: "competencyEvidence_old")
        for table in tables { try db.drop(table: table.name + "_old") }
    }

    /// `candidateId` (cascading) and `ordinal` (the detail's place in the record, from 0) as the primary key.
    private static func detailKey(_ t: TableDefinition) {
        t.column("candidateId", .integer).notNull().references("candidate", onDelete: .cascade)
        t.column("ordinal", .integer).notNull()
        t.primaryKey(["candidateId", "ordinal"])
    }
}
