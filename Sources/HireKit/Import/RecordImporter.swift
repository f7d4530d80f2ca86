import Foundation
import GRDB

/// Writes applicant records of one feed into the workspace inside the caller's transaction:
/// matches each to an existing candidate, adds, updates or merges, or sets it aside.
struct RecordImporter {
    let db: Database
    /// The feed as the user named it, for diagnostics.
    let file: String
    /// The feed's name as the workspace keeps it: its base name (see ``ImportSchema/storedFileName(_:)``).
    let storedFile: String
    let options: ImportOptions
    let runId: Int64
    let now = Date()
    /// `now` as SQLite stores dates, formatted once rather than per row.
    let nowText: String
    /// The prepared statements of the hot path.
    private let sql: ImportStatements
    /// The audit subject of this run's events.
    private let runSubject: String
    /// The stage-change reason of candidates this run adds.
    private let importedReason: String
    /// Openings by id, with their role and the role's latest version.
    private var openings: [String: (role: String, version: Int)] = [:]
    private var roleVersion: (role: String, version: Int)?
    /// Unmodelled elements of the feed so far, by name, with their counts.
    private var skipped: [(name: String, count: Int)] = []
    /// The email key of the record being imported (`EmailAddress.key` of its first email).
    private var emailKey: [UInt8] = []
    /// Positions cited that are not openings of the workspace, with how many candidates left
    /// without an opening cite each.
    private var missingOpenings: [String: Int] = [:]

    init(db: Database, file: String, options: ImportOptions) throws {
        self.db = db
        self.file = file
        storedFile = ImportSchema.storedFileName(file)
        self.options = options
        nowText = now.databaseValue.storage.value as? String ?? ""
        try db.execute(
            sql: "INSERT INTO importRun (file, actor, startedAt) VALUES (?, ?, ?)", arguments: [storedFile, options.actor.recordedName, now])
        runId = db.lastInsertedRowID
        sql = try ImportStatements(db)
        runSubject = "run \(runId)"
        importedReason = "imported from \(storedFile)"
        for row in try Row.fetchAll(db, sql: "SELECT opening.id, opening.roleId, role.latestVersion FROM opening JOIN role ON role.id = opening.roleId") {
            openings[row[0]] = (row[1], row[2])
        }
        if let opening = options.opening {
            roleVersion = openings[opening]
        } else if let role = options.role, let version = try Int.fetchOne(db, sql: "SELECT latestVersion FROM role WHERE id = ?", arguments: [role]) {
            roleVersion = (role, version)
        }
    }

    /// Records the run's totals in the workspace and in `summary` (and releases the prepared statements).
    func finish(_ summary: inout FeedImportSummary) throws {
        summary.skipped.merge(skipped.lazy.map { ($0.name, $0.count) }, uniquingKeysWith: +)
        summary.missingOpenings.merge(missingOpenings, uniquingKeysWith: +)
        try flush()
        sql.finalize()
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
            options.actor, .importRun, subject: "run \(runId)",
            detail: "imported \(summary.imported), updated \(summary.updated), unchanged \(summary.unchanged), merged \(summary.merged), rejected \(summary.rejected)")
        try Workspace.announceImport(db, run: runId, summary)
    }

    mutating func importItem(_ item: FeedItem, into summary: inout FeedImportSummary) throws {
        let record = item.parsed
        for (name, count) in record.unmodelled {
            // A feed has a few such names: found by a scan, not hashed per record.
            if let index = skipped.firstIndex(where: { $0.name == name }) {
                skipped[index].count += count
            } else {
                skipped.append((name, count))
            }
        }
        if let reason = validate(item) {
            return try reject(item, reason: reason, into: &summary)
        }
        let hasEmail = !record.emails.isEmpty
        if let email = record.emails.first { setEmailKey(of: email, in: record) }
        let source = options.source ?? record.string(record.issuingSource) ?? record.string(record.supplier) ?? "feed"
        let fingerprint = Fingerprint.of(record)

        let placement = placement(record)

        // `lacks`: what the candidate found has not got, as `Lacks` bits (read by the same query).
        var byExternal: (id: Int64, lacks: Int64)?
        if let externalId = record.externalId {
            sql.byExternal.bind(source)
            sql.byExternal.bind(externalId, of: record)
            byExternal = try sql.byExternal.first { ($0.int64(0) ?? 0, $0.int64(1) ?? 0) }
        }
        var byEmail: (id: Int64, source: String?, externalId: String?, lacks: Int64)?
        if hasEmail {
            sql.byEmail.bind(utf8: emailKey)
            byEmail = try sql.byEmail.first { ($0.int64(0) ?? 0, $0.string(1), $0.string(2), $0.int64(3) ?? 0) }
        }

        // A candidate found again may have details still waiting to be written (the same
        // person twice in one batch): write them first, so the fingerprint read is theirs.
        if byExternal != nil || byEmail != nil { try flushDetails() }
        if let (id, lacks) = byExternal {
            if let other = byEmail, other.id != id {
                return try reject(item, reason: "conflicting merge: the email belongs to another candidate (\(other.id)) than the external id (\(id))", into: &summary)
            }
            noteMissingOpenings(record, placement, lacks: lacks)
            if try previousFingerprint(id) == fingerprint {
                if try fill(id, lacks: lacks, placement) { summary.updated += 1 } else { summary.unchanged += 1 }
                return
            }
            try update(id, record, placement, source: source, fingerprint: fingerprint)
            try audit(.candidateImportUpdate, candidate: id, detail: "line " + String(record.line))
            summary.updated += 1
            return
        }
        if let existing = byEmail {
            let id = existing.id
            let existingSource = existing.source
            let existingId = existing.externalId
            let externalId = record.string(record.externalId)
            if let externalId, let existingId, existingSource == source, existingId != externalId {
                return try reject(
                    item, reason: "conflicting merge: the email belongs to candidate \(id), who has a different external id from the same source",
                    into: &summary)
            }
            noteMissingOpenings(record, placement, lacks: existing.lacks)
            if try previousFingerprint(id) == fingerprint, externalId == nil || existingId != nil {
                if try fill(id, lacks: existing.lacks, placement) { summary.updated += 1 } else { summary.unchanged += 1 }
                return
            }
            try update(id, record, placement, source: source, fingerprint: fingerprint, adoptExternalId: existingId == nil)
            try audit(
                .candidateMerge, candidate: id,
                detail: "same email; line \(record.line)\(externalId != nil ? ", external id from \(source)" : "")")
            summary.merged += 1
            return
        }
        noteMissingOpenings(record, placement, lacks: Lacks.all)
        try insert(record, placement, hasEmail: hasEmail, source: source, fingerprint: fingerprint)
        summary.imported += 1
    }

    /// What a candidate found again lacks, as the match queries compute it.
    private enum Lacks {
        static let role: Int64 = 1
        static let opening: Int64 = 2
        static let all: Int64 = 3
    }

    /// Tallies the positions a record cites that are not openings, when its candidate is left
    /// without an opening. Works on what the record and the match query already hold: no query.
    private mutating func noteMissingOpenings(_ record: ParsedRecord, _ placement: Placement, lacks: Int64) {
        guard placement.opening == nil, lacks & Lacks.opening != 0, !record.appliedPositions.isEmpty else { return }
        var seen: [String] = []
        for span in record.appliedPositions {
            let position = record.string(span)
            guard openings[position] == nil, !seen.contains(position) else { continue }
            seen.append(position)
            missingOpenings[position, default: 0] += 1
        }
    }

    /// Gives a candidate found again, whose record is unchanged, the role or opening it lacks
    /// when this import places it (`--opening`/`--role`, or a cited position that is an opening
    /// now). Returns whether it did: the candidate is then counted as updated.
    private func fill(_ id: Int64, lacks: Int64, _ placement: Placement) throws -> Bool {
        let fillsRole = lacks & Lacks.role != 0 && placement.role != nil
        let fillsOpening = lacks & Lacks.opening != 0 && placement.opening != nil
        guard fillsRole || fillsOpening else { return false }
        let statement = sql.fillPlacement
        statement.bind(placement.role)
        statement.bind(placement.version)
        statement.bind(placement.opening)
        statement.bind(nowText)
        statement.bind(id)
        try statement.run()
        if fillsOpening, let opening = placement.opening {
            try audit(.candidateOpening, candidate: id, detail: "opening \(opening) from \(runSubject)")
        } else if fillsRole, let role = placement.role {
            try audit(.candidateRole, candidate: id, detail: "role \(role) from \(runSubject)")
        }
        return true
    }

    /// Sets `emailKey` to `EmailAddress.key` of the email.
    private mutating func setEmailKey(of email: TextSpan, in record: ParsedRecord) {
        let ascii = record.withBytes(email) { FastText.emailKey(ascii: $0, into: &emailKey) }
        if !ascii { emailKey = Array(EmailAddress.key(record.string(email)).utf8) }
    }

    private func previousFingerprint(_ id: Int64) throws -> Int64? {
        sql.fingerprint.bind(id)
        return try sql.fingerprint.first { $0.int64(0) } ?? nil
    }

    /// Appends to the audit log, as `db.audit` does. Audit events and stage changes are only
    /// written during an import, never read back, so they are kept and written together, in
    /// order, by `flush()` (before every commit, and every `flushRows` rows).
    private func audit(_ action: AuditAction, candidate: Int64, detail: String) throws {
        sql.pendingAudit.append((action, candidate, detail))
        if sql.pendingAudit.count >= Self.flushRows { try flush() }
    }

    private static let flushRows = 64

    /// Writes the details, stage changes and audit events kept so far. Call before committing.
    func flush() throws {
        try flushDetails()
        if !sql.pendingStages.isEmpty {
            let stages = sql.stageChanges
            stages.start(rows: sql.pendingStages.count)
            for id in sql.pendingStages {
                let row = try stages.row()
                row.bind(id)
                row.bind(importedReason)
                row.bind(options.actor.recordedName)
                row.bind(nowText)
            }
            try stages.finish()
            sql.pendingStages.removeAll(keepingCapacity: true)
        }
        if !sql.pendingAudit.isEmpty {
            let events = sql.auditEvents
            events.start(rows: sql.pendingAudit.count)
            for (action, candidate, detail) in sql.pendingAudit {
                let row = try events.row()
                row.bind(nowText)
                row.bind(options.actor.recordedName)
                row.bind(action.rawValue)
                row.bind(candidate)
                row.bind(runSubject)
                row.bind(detail)
            }
            try events.finish()
            sql.pendingAudit.removeAll(keepingCapacity: true)
        }
    }

    /// Why the record cannot become a candidate, or `nil`. Never includes the record's data.
    private func validate(_ item: FeedItem) -> String? {
        if let problem = item.problem { return problem }
        let record = item.parsed
        guard let name = record.name else {
            return record.emails.isEmpty ? "the record has no name and no email" : "the record has no name"
        }
        if record.emails.contains(where: { email in !record.withBytes(email) { FastText.isValidEmail($0) } }) {
            return "the record has an invalid email address"
        }
        if name.count > 300, record.string(name).count > 300 { return "the name is longer than 300 characters" }
        return nil
    }

    /// Sets a record aside. The same record rejected again for the same reason (a re-run of the
    /// same feed) is reported again but stored once, so re-importing adds nothing.
    private func reject(_ item: FeedItem, reason: String, into summary: inout FeedImportSummary) throws {
        let line = item.parsed.line
        summary.rejected += 1
        summary.diagnostics.append(Diagnostic(.error, reason, file: file, line: line))
        sql.knownReject.bind(storedFile)
        sql.knownReject.bind(line)
        sql.knownReject.bind(reason)
        sql.knownReject.bind(item.raw)
        if try sql.knownReject.first({ $0.int64(0) }) != nil { return }
        let statement = sql.reject
        statement.bind(runId)
        statement.bind(storedFile)
        statement.bind(line)
        statement.bind(reason)
        statement.bind(item.raw)
        statement.bind(nowText)
        try statement.run()
    }

    typealias Placement = (opening: String?, role: String?, version: Int?)

    /// The opening and role for a record: `--opening`/`--role`, else the first applied position that is an opening.
    private func placement(_ record: ParsedRecord) -> Placement {
        if let opening = options.opening { return (opening, roleVersion?.role, roleVersion?.version) }
        if let role = options.role { return (nil, role, roleVersion?.version) }
        guard !openings.isEmpty else { return (nil, nil, nil) }
        for span in record.appliedPositions {
            let position = record.string(span)
            if let found = openings[position] { return (position, found.role, found.version) }
        }
        return (nil, nil, nil)
    }

    /// Binds the candidate columns an insert and an update share, in their order: name, given
    /// and family name, email and its key, phone, location, role, role version, opening, source.
    private func bindCandidateFields(_ statement: RawStatement, _ record: ParsedRecord, _ placement: Placement, hasEmail: Bool) {
        statement.bind(record.name, of: record)
        statement.bind(record.givenName, of: record)
        statement.bind(record.familyName, of: record)
        statement.bind(record.emails.first, of: record)
        if hasEmail { statement.bind(utf8: emailKey) } else { statement.bind(nil as String?) }
        statement.bind(record.phones.first, of: record)
        statement.bind(record.location, of: record)
        statement.bind(placement.role)
        statement.bind(placement.version)
        statement.bind(placement.opening)
        // The candidate's source: who supplied them, else the feed's source.
        if let supplier = record.supplier {
            statement.bind(supplier, of: record)
        } else if let source = options.source {
            statement.bind(source)
        } else {
            statement.bind(record.issuingSource, of: record)
        }
    }

    private mutating func insert(_ record: ParsedRecord, _ placement: Placement, hasEmail: Bool, source: String, fingerprint: Int64) throws {
        let candidate = sql.insertCandidate
        bindCandidateFields(candidate, record, placement, hasEmail: hasEmail)
        candidate.bind(source)
        candidate.bind(record.externalId, of: record)
        candidate.bind(nowText)
        candidate.bind(nowText)
        try candidate.run()
        let id = db.lastInsertedRowID
        sql.pendingStages.append(id)
        try audit(.candidateImport, candidate: id, detail: "line " + String(record.line))
        try writeDetails(id, record, fingerprint: fingerprint)
    }

    private mutating func update(
        _ id: Int64, _ record: ParsedRecord, _ placement: Placement, source: String, fingerprint: Int64, adoptExternalId: Bool = false
    ) throws {
        let candidate = sql.updateCandidate
        bindCandidateFields(candidate, record, placement, hasEmail: !record.emails.isEmpty)
        candidate.bind(nowText)
        candidate.bind(id)
        try candidate.run()
        if adoptExternalId, let externalId = record.externalId {
            let adopt = sql.adoptExternalId
            adopt.bind(source)
            adopt.bind(externalId, of: record)
            adopt.bind(id)
            try adopt.run()
        }
        for delete in sql.deleteDetails {
            delete.bind(id)
            try delete.run()
        }
        try writeDetails(id, record, fingerprint: fingerprint)
    }

    /// Keeps the record's details (fingerprint, contacts, postings, jobs, schools, competencies
    /// and evidence) to be written with those of the records around it.
    private func writeDetails(_ id: Int64, _ record: ParsedRecord, fingerprint: Int64) throws {
        sql.pendingDetails.append((id, record, fingerprint))
        if sql.pendingDetails.count >= Self.flushRows { try flushDetails() }
    }

    /// Writes the details kept by `writeDetails`, table by table, many candidates' rows per
    /// statement: a statement per table per candidate cost more than its rows.
    private func flushDetails() throws {
        let pending = sql.pendingDetails
        guard !pending.isEmpty else { return }
        sql.pendingDetails.removeAll(keepingCapacity: true)
        try sql.candidateImport.insert(pending) { row, _, item in
            row.bind(item.id)
            row.bind(item.fingerprint)
            row.bind(runId)
            row.bind(item.record.format.rawValue)
            row.bind(item.record.supplierRelationship, of: item.record)
        }
        let contacts = sql.contact
        contacts.start(rows: pending.reduce(0) { $0 + $1.record.emails.count + $1.record.phones.count })
        for (id, record, _) in pending {
            for (ordinal, email) in record.emails.enumerated() {
                let row = try contacts.row()
                row.bind(id)
                row.bind(ordinal)
                row.bind("email")
                row.bind(email, of: record)
            }
            for (offset, phone) in record.phones.enumerated() {
                let row = try contacts.row()
                row.bind(id)
                row.bind(record.emails.count + offset)
                row.bind("phone")
                row.bind(phone, of: record)
            }
        }
        try contacts.finish()
        let applied = sql.applied
        applied.start(rows: pending.reduce(0) { $0 + $1.record.appliedPositions.count })
        for (id, record, _) in pending {
            for (ordinal, position) in record.appliedPositions.enumerated() {
                let row = try applied.row()
                row.bind(id)
                row.bind(ordinal)
                row.bind(position, of: record)
                row.bind(openings[record.string(position)] != nil)
            }
        }
        try applied.finish()
        let employment = sql.employment
        employment.start(rows: pending.reduce(0) { $0 + $1.record.employment.count })
        for (id, record, _) in pending {
            for (ordinal, job) in record.employment.enumerated() {
                let row = try employment.row()
                row.bind(id)
                row.bind(ordinal)
                row.bind(job.employer, of: record)
                row.bind(job.title, of: record)
                row.bind(job.start, of: record)
                row.bind(job.end, of: record)
                row.bind(job.current)
            }
        }
        try employment.finish()
        let education = sql.education
        education.start(rows: pending.reduce(0) { $0 + $1.record.education.count })
        for (id, record, _) in pending {
            for (ordinal, school) in record.education.enumerated() {
                let row = try education.row()
                row.bind(id)
                row.bind(ordinal)
                row.bind(school.school, of: record)
                row.bind(school.degree, of: record)
                row.bind(school.major, of: record)
                row.bind(school.date, of: record)
            }
        }
        try education.finish()
        let competencies = sql.competency
        competencies.start(rows: pending.reduce(0) { $0 + $1.record.competencies.count })
        for (id, record, _) in pending {
            for (ordinal, competency) in record.competencies.enumerated() {
                let weight = competency.weight
                let row = try competencies.row()
                row.bind(id)
                row.bind(ordinal)
                if let label = competency.label { row.bind(label, of: record) } else { row.bind("unnamed") }
                row.bind(competency.id, of: record)
                row.bind(competency.taxonomy, of: record)
                row.bind(weight?.numeric)
                row.bind(weight?.minValue)
                row.bind(weight?.maxValue)
                row.bind(weight?.normalized)
                row.bind(weight?.string, of: record)
            }
        }
        try competencies.finish()
        let evidence = sql.evidence
        evidence.start(rows: pending.reduce(0) { $0 + $1.record.evidence.count })
        for (id, record, _) in pending {
            for (index, competency) in record.competencies.enumerated() {
                for ordinal in 0..<(competency.evidenceEnd - competency.evidenceStart) {
                    let proof = record.evidence[competency.evidenceStart + ordinal]
                    let value = proof.value
                    let row = try evidence.row()
                    row.bind(id)
                    row.bind(index)
                    row.bind(ordinal)
                    row.bind(proof.name, of: record)
                    row.bind(proof.lastUsed, of: record)
                    row.bind(value.numeric)
                    row.bind(value.minValue)
                    row.bind(value.maxValue)
                    row.bind(value.normalized)
                    row.bind(value.string, of: record)
                    row.bind(value.description, of: record)
                }
            }
        }
        try evidence.finish()
    }
}
