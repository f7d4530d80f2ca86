import GRDB

/// The statements an import runs per record, prepared once per feed.
final class ImportStatements {
    let byExternal: RawStatement
    let byEmail: RawStatement
    let fingerprint: RawStatement
    let auditEvents: MultiRowInsert
    let stageChanges: MultiRowInsert
    /// Audit events (action, candidate, detail) and stage changes (candidate) not yet written.
    @exclusivity(unchecked) var pendingAudit: [(AuditAction, Int64, String)] = []
    @exclusivity(unchecked) var pendingStages: [Int64] = []
    /// Records whose details (`candidateImport` and the detail tables) are not yet written.
    @exclusivity(unchecked) var pendingDetails: [(id: Int64, record: ParsedRecord, fingerprint: Int64)] = []
    let reject: RawStatement
    let knownReject: RawStatement
    let insertCandidate: RawStatement
    let updateCandidate: RawStatement
    let adoptExternalId: RawStatement
    let fillPlacement: RawStatement
    let deleteDetails: [RawStatement]
    let candidateImport: MultiRowInsert
    let contact: MultiRowInsert
    let applied: MultiRowInsert
    let employment: MultiRowInsert
    let education: MultiRowInsert
    let competency: MultiRowInsert
    let evidence: MultiRowInsert

    init(_ db: Database) throws {
        // The last column: what the candidate lacks, 1 for a role plus 2 for an opening.
        let lacks = "(roleId IS NULL) | ((openingId IS NULL) << 1)"
        byExternal = try RawStatement(db, "SELECT id, \(lacks) FROM candidate WHERE externalSource = ? AND externalId = ?")
        byEmail = try RawStatement(db, "SELECT id, externalSource, externalId, \(lacks) FROM candidate WHERE emailKey = ?")
        fingerprint = try RawStatement(db, "SELECT fingerprint FROM candidateImport WHERE candidateId = ?")
        auditEvents = MultiRowInsert(db, into: "auditEvent", columns: ["at", "actor", "action", "candidateId", "subject", "detail"])
        stageChanges = MultiRowInsert(db, into: "stageChange", columns: ["candidateId", "fromStage", "toStage", "reason", "actor", "at"], row: "(?, NULL, 'applied', ?, ?, ?)")
        reject = try RawStatement(db, "INSERT INTO importReject (importRunId, file, line, reason, raw, at) VALUES (?, ?, ?, ?, ?, ?)")
        knownReject = try RawStatement(db, "SELECT 1 FROM importReject WHERE file = ? AND line = ? AND reason = ? AND raw = ? LIMIT 1")
        insertCandidate = try RawStatement(
            db,
            """
            INSERT INTO candidate (name, givenName, familyName, email, emailKey, phone, location, roleId, roleVersion, openingId,
            source, stage, externalSource, externalId, erased, createdAt, updatedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'applied', ?, ?, 0, ?, ?)
            """)
        updateCandidate = try RawStatement(
            db,
            """
            UPDATE candidate SET name = ?, givenName = COALESCE(?, givenName), familyName = COALESCE(?, familyName),
            email = COALESCE(email, ?), emailKey = COALESCE(emailKey, ?), phone = COALESCE(?, phone), location = COALESCE(?, location),
            roleId = COALESCE(roleId, ?), roleVersion = COALESCE(roleVersion, ?), openingId = COALESCE(openingId, ?),
            source = COALESCE(source, ?), updatedAt = ? WHERE id = ?
            """)
        adoptExternalId = try RawStatement(db, "UPDATE candidate SET externalSource = ?, externalId = ? WHERE id = ?")
        // A role only where there is none; an opening only where there is none and it is for the candidate's role.
        fillPlacement = try RawStatement(
            db,
            """
            UPDATE candidate SET roleId = COALESCE(roleId, ?1), roleVersion = CASE WHEN roleId IS NULL THEN ?2 ELSE roleVersion END,
            openingId = CASE WHEN openingId IS NULL AND (roleId IS NULL OR roleId = ?1) THEN ?3 ELSE openingId END, updatedAt = ?4
            WHERE id = ?5
            """)
        // Foreign keys (and so cascades) are off during an import.
        deleteDetails = try [
            "competencyEvidence", "candidateContact", "candidateAppliedPosition", "candidateEmployment", "candidateEducation", "candidateCompetency",
            "candidateImport",
        ].map { try RawStatement(db, "DELETE FROM \($0) WHERE candidateId = ?") }
        candidateImport = MultiRowInsert(db, into: "candidateImport", columns: ["candidateId", "fingerprint", "importRunId", "format", "supplierRelationship"])
        contact = MultiRowInsert(db, into: "candidateContact", columns: ["candidateId", "ordinal", "kind", "value"])
        applied = MultiRowInsert(db, into: "candidateAppliedPosition", columns: ["candidateId", "ordinal", "positionId", "matchedOpening"])
        employment = MultiRowInsert(db, into: "candidateEmployment", columns: ["candidateId", "ordinal", "employer", "title", "start", "end", "current"])
        education = MultiRowInsert(db, into: "candidateEducation", columns: ["candidateId", "ordinal", "school", "degree", "major", "date"])
        competency = MultiRowInsert(db, into: "candidateCompetency", columns: ["candidateId", "ordinal", "name", "competencyId", "taxonomy", "weight", "weightMin", "weightMax", "weightNormalized", "weightText"])
        evidence = MultiRowInsert(db, into: "competencyEvidence", columns: ["candidateId", "competency", "ordinal", "name", "lastUsed", "value", "minValue", "maxValue", "normalized", "text", "description"])
    }

    /// Releases every statement (before the database access that prepared them ends).
    func finalize() {
        for statement in [byExternal, byEmail, fingerprint, reject, knownReject, insertCandidate, updateCandidate, adoptExternalId, fillPlacement] + deleteDetails
        {
            statement.finalize()
        }
        for insert in [candidateImport, contact, applied, employment, education, competency, evidence, auditEvents, stageChanges] { insert.finalize() }
    }
}
