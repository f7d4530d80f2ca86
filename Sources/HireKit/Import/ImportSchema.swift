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

    /// Lets a re-run of the same feed find a reject it already stored.
    static func indexRejects(_ db: Database) throws {
        try db.create(index: "importReject_location", on: "importReject", columns: ["file", "line"])
    }
}
