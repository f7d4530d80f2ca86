import Foundation
import GRDB

/// Writes applicant records of one feed into the workspace inside the caller's transaction:
/// matches each to an existing candidate, adds, updates or merges, or sets it aside.
struct RecordImporter {
    let db: Database
    let file: String
    let options: ImportOptions
    let runId: Int64
    let now = Date()
    /// `now` as SQLite stores dates, formatted once rather than per row.
    let nowText: String
    /// Openings by id, with their role and the role's latest version.
    private var openings: [String: (role: String, version: Int)] = [:]
    private var roleVersion: (role: String, version: Int)?

    init(db: Database, file: String, options: ImportOptions) throws {
        self.db = db
        self.file = file
        self.options = options
        nowText = now.databaseValue.storage.value as? String ?? ""
        try db.execute(
            sql: "INSERT INTO importRun (file, actor, startedAt) VALUES (?, ?, ?)", arguments: [file, options.actor, now])
        runId = db.lastInsertedRowID
        for row in try Row.fetchAll(db, sql: "SELECT opening.id, opening.roleId, role.latestVersion FROM opening JOIN role ON role.id = opening.roleId") {
            openings[row[0]] = (row[1], row[2])
        }
        if let opening = options.opening {
            roleVersion = openings[opening]
        } else if let role = options.role, let version = try Int.fetchOne(db, sql: "SELECT latestVersion FROM role WHERE id = ?", arguments: [role]) {
            roleVersion = (role, version)
        }
    }

    /// Records the run's totals.
    func finish(_ summary: FeedImportSummary) throws {
        try db.execute(
            sql: """
                UPDATE importRun SET format = ?, finishedAt = ?, bytes = ?, imported = ?, updated = ?, unchanged = ?, merged = ?,
                rejected = ?, error = ? WHERE id = ?
                """,
            arguments: [
                summary.format?.rawValue, Date(), summary.bytes, summary.imported, summary.updated, summary.unchanged, summary.merged,
                summary.rejected, summary.error?.message, runId,
            ])
        try db.audit(
            options.actor, "import.run", subject: "run \(runId)",
            detail: "imported \(summary.imported), updated \(summary.updated), unchanged \(summary.unchanged), merged \(summary.merged), rejected \(summary.rejected)")
    }

    mutating func importItem(_ item: FeedItem, into summary: inout FeedImportSummary) throws {
        let record = item.record
        summary.skipped.merge(record.unmodelled, uniquingKeysWith: +)
        if let reason = validate(item) {
            return try reject(item, reason: reason, into: &summary)
        }
        let email = record.emails.first
        let emailKey = email.map(EmailAddress.key)
        let source = options.source ?? record.issuingSource ?? record.supplier ?? "feed"
        let fingerprint = Fingerprint.of(record)

        var byExternal: Row?
        if let externalId = record.externalId {
            byExternal = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT id, emailKey FROM candidate WHERE externalSource = ? AND externalId = ?"),
                arguments: [source, externalId])
        }
        var byEmail: Row?
        if let emailKey {
            byEmail = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT id, externalSource, externalId FROM candidate WHERE emailKey = ?"), arguments: [emailKey])
        }

        if let existing = byExternal {
            let id: Int64 = existing[0]
            if let other = byEmail, (other[0] as Int64) != id {
                return try reject(item, reason: "conflicting merge: the email belongs to another candidate (\(other[0] as Int64)) than the external id (\(id))", into: &summary)
            }
            let previous = try Int64.fetchOne(db.cachedStatement(sql: "SELECT fingerprint FROM candidateImport WHERE candidateId = ?"), arguments: [id])
            if previous == fingerprint {
                summary.unchanged += 1
                return
            }
            try update(id, record, source: source, fingerprint: fingerprint)
            try db.audit(options.actor, "candidate.import.update", candidate: id, subject: "run \(runId)", detail: "line \(record.line)")
            summary.updated += 1
            return
        }
        if let existing = byEmail {
            let id: Int64 = existing[0]
            let existingSource: String? = existing[1]
            let existingId: String? = existing[2]
            if let externalId = record.externalId, let existingId, existingSource == source, existingId != externalId {
                return try reject(
                    item, reason: "conflicting merge: the email belongs to candidate \(id), who has a different external id from the same source",
                    into: &summary)
            }
            let previous = try Int64.fetchOne(db.cachedStatement(sql: "SELECT fingerprint FROM candidateImport WHERE candidateId = ?"), arguments: [id])
            if previous == fingerprint, record.externalId == nil || existingId != nil {
                summary.unchanged += 1
                return
            }
            try update(id, record, source: source, fingerprint: fingerprint, adoptExternalId: existingId == nil)
            try db.audit(
                options.actor, "candidate.merge", candidate: id, subject: "run \(runId)",
                detail: "same email; line \(record.line)\(record.externalId != nil ? ", external id from \(source)" : "")")
            summary.merged += 1
            return
        }
        try insert(record, email: email, emailKey: emailKey, source: source, fingerprint: fingerprint)
        summary.imported += 1
    }

    /// Why the record cannot become a candidate, or `nil`. Never includes the record's data.
    private func validate(_ item: FeedItem) -> String? {
        if let problem = item.problem { return problem }
        let record = item.record
        if record.name == nil {
            return record.emails.isEmpty ? "the record has no name and no email" : "the record has no name"
        }
        if record.emails.contains(where: { !EmailAddress.isValid($0) }) { return "the record has an invalid email address" }
        if let name = record.name, name.count > 300 { return "the name is longer than 300 characters" }
        return nil
    }

    private func reject(_ item: FeedItem, reason: String, into summary: inout FeedImportSummary) throws {
        try db.cachedStatement(sql: "INSERT INTO importReject (importRunId, file, line, reason, raw, at) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [runId, file, item.record.line, reason, item.raw, now])
        summary.rejected += 1
        summary.diagnostics.append(Diagnostic(.error, reason, file: file, line: item.record.line))
    }

    /// The opening and role for a record: `--opening`/`--role`, else the first applied position that is an opening.
    private func placement(_ record: ApplicantRecord) -> (opening: String?, role: String?, version: Int?) {
        if let opening = options.opening { return (opening, roleVersion?.role, roleVersion?.version) }
        if let role = options.role { return (nil, role, roleVersion?.version) }
        for position in record.appliedPositions {
            if let found = openings[position] { return (position, found.role, found.version) }
        }
        return (nil, nil, nil)
    }

    private func candidateSource(_ record: ApplicantRecord) -> String? {
        record.supplier ?? options.source ?? record.issuingSource
    }

    private mutating func insert(_ record: ApplicantRecord, email: String?, emailKey: String?, source: String, fingerprint: Int64) throws {
        let placement = placement(record)
        try db.cachedStatement(
            sql: """
                INSERT INTO candidate (name, givenName, familyName, email, emailKey, phone, location, roleId, roleVersion, openingId,
                source, stage, externalSource, externalId, erased, createdAt, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'applied', ?, ?, 0, ?, ?)
                """
        ).execute(arguments: [
            record.name!, record.givenName, record.familyName, email, emailKey, record.phones.first, record.location,
            placement.role, placement.version, placement.opening, candidateSource(record), source, record.externalId, nowText, nowText,
        ])
        let id = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO stageChange (candidateId, fromStage, toStage, reason, actor, at) VALUES (?, NULL, 'applied', ?, ?, ?)")
            .execute(arguments: [id, "imported from \(file)", options.actor, nowText])
        try db.audit(options.actor, "candidate.import", candidate: id, subject: "run \(runId)", detail: "line \(record.line)")
        try writeDetails(id, record, fingerprint: fingerprint)
    }

    private mutating func update(_ id: Int64, _ record: ApplicantRecord, source: String, fingerprint: Int64, adoptExternalId: Bool = false) throws {
        let placement = placement(record)
        try db.cachedStatement(
            sql: """
                UPDATE candidate SET name = ?, givenName = COALESCE(?, givenName), familyName = COALESCE(?, familyName),
                email = COALESCE(email, ?), emailKey = COALESCE(emailKey, ?), phone = COALESCE(?, phone), location = COALESCE(?, location),
                roleId = COALESCE(roleId, ?), roleVersion = COALESCE(roleVersion, ?), openingId = COALESCE(openingId, ?),
                source = COALESCE(source, ?), updatedAt = ? WHERE id = ?
                """
        ).execute(arguments: [
            record.name!, record.givenName, record.familyName, record.emails.first, record.emails.first.map(EmailAddress.key),
            record.phones.first, record.location, placement.role, placement.version, placement.opening, candidateSource(record), now, id,
        ])
        if adoptExternalId, let externalId = record.externalId {
            try db.cachedStatement(sql: "UPDATE candidate SET externalSource = ?, externalId = ? WHERE id = ?").execute(arguments: [source, externalId, id])
        }
        for table in ["candidateContact", "candidateAppliedPosition", "candidateEmployment", "candidateEducation", "candidateCompetency"] {
            try db.cachedStatement(sql: "DELETE FROM \(table) WHERE candidateId = ?").execute(arguments: [id])
        }
        try writeDetails(id, record, fingerprint: fingerprint)
    }

    private func writeDetails(_ id: Int64, _ record: ApplicantRecord, fingerprint: Int64) throws {
        try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO candidateImport (candidateId, fingerprint, importRunId, format, supplierRelationship) VALUES (?, ?, ?, ?, ?)"
        ).execute(arguments: [id, fingerprint, runId, record.format.rawValue, record.supplierRelationship])
        let contact = try db.cachedStatement(sql: "INSERT INTO candidateContact (candidateId, kind, value) VALUES (?, ?, ?)")
        for email in record.emails { try contact.execute(arguments: [id, "email", email]) }
        for phone in record.phones { try contact.execute(arguments: [id, "phone", phone]) }
        let applied = try db.cachedStatement(sql: "INSERT INTO candidateAppliedPosition (candidateId, positionId, matchedOpening) VALUES (?, ?, ?)")
        for position in record.appliedPositions { try applied.execute(arguments: [id, position, openings[position] != nil]) }
        let employment = try db.cachedStatement(
            sql: "INSERT INTO candidateEmployment (candidateId, employer, title, start, \"end\", current) VALUES (?, ?, ?, ?, ?, ?)")
        for job in record.employment { try employment.execute(arguments: [id, job.employer, job.title, job.start, job.end, job.current]) }
        let education = try db.cachedStatement(sql: "INSERT INTO candidateEducation (candidateId, school, degree, major, date) VALUES (?, ?, ?, ?, ?)")
        for school in record.education { try education.execute(arguments: [id, school.school, school.degree, school.major, school.date]) }
        let competency = try db.cachedStatement(
            sql: """
                INSERT INTO candidateCompetency (candidateId, name, competencyId, taxonomy, weight, weightMin, weightMax, weightNormalized, weightText)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let evidence = try db.cachedStatement(
            sql: """
                INSERT INTO competencyEvidence (candidateCompetencyId, name, lastUsed, value, minValue, maxValue, normalized, text, description)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for item in record.competencies {
            let weight = item.weight
            try competency.execute(arguments: [
                id, item.label, item.id, item.taxonomy, weight?.numeric, weight?.minValue, weight?.maxValue, weight?.normalized, weight?.string,
            ])
            let competencyId = db.lastInsertedRowID
            for proof in item.evidence {
                let value = proof.value
                try evidence.execute(arguments: [
                    competencyId, proof.name, proof.lastUsed, value.numeric, value.minValue, value.maxValue, value.normalized, value.string,
                    value.description,
                ])
            }
        }
    }
}
