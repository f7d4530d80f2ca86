import Foundation
import GRDB

/// Candidates: adding, listing, moving through the pipeline, placing and erasing them.
public struct CandidateService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Candidates: adding, listing, moving through the pipeline, placing and erasing them.
    public var candidates: CandidateService { CandidateService(workspace: self) }
}

extension CandidateService {
    /// Sets the role a candidate is assessed for (its latest profile version).
    ///
    /// Refused when the candidate's opening is for another role, or when they already have
    /// scorecards for another role (their ratings are on that role's competencies).
    @discardableResult
    public func setRole(_ reference: CandidateID, role: String, reason: String, actor: Actor) throws -> Candidate {
        try Policy.require(actor, .manageCandidates)
        let reason = try Workspace.requireReason(reason)
        return try writer.write { db in
            var candidate = try Workspace.candidate(db, reference)
            let version = try Workspace.roleVersion(db, role: role)
            if candidate.roleId == role { return candidate }
            if let opening = candidate.openingId {
                let openingRole = try Workspace.opening(db, opening).roleId
                if openingRole != role {
                    throw HireError.conflict(
                        "candidate \(candidate.id!)'s opening \(opening) is for role '\(openingRole)'", remedy: .setOpening(candidate.id!))
                }
            }
            try Workspace.refuseIfScored(db, candidate, newRole: role)
            candidate.roleId = role
            candidate.roleVersion = version.version
            try Workspace.recordPlacement(db, &candidate, note: "role \(role)", reason: reason, action: .candidateRole, actor: actor)
            return candidate
        }
    }

    /// Sets the opening a candidate applied to, and with it the opening's role.
    ///
    /// Refused when that changes the role of a candidate who already has scorecards.
    @discardableResult
    public func setOpening(_ reference: CandidateID, opening id: String, reason: String, actor: Actor) throws -> Candidate {
        try Policy.require(actor, .manageCandidates)
        let reason = try Workspace.requireReason(reason)
        return try writer.write { db in
            var candidate = try Workspace.candidate(db, reference)
            let opening = try Workspace.opening(db, id)
            if candidate.openingId == opening.id { return candidate }
            if candidate.roleId != opening.roleId {
                try Workspace.refuseIfScored(db, candidate, newRole: opening.roleId)
                candidate.roleId = opening.roleId
                candidate.roleVersion = try Workspace.roleVersion(db, role: opening.roleId).version
            }
            candidate.openingId = opening.id
            try Workspace.recordPlacement(db, &candidate, note: "opening \(opening.id)", reason: reason, action: .candidateOpening, actor: actor)
            return candidate
        }
    }

    /// Erases a candidate's personal data everywhere (see ``PersonalData``), keeping only the
    /// anonymous numbers statistics need: the candidate row with its role, opening, source,
    /// stage and dates; stage moves with their times; ratings; milestone states; observations.
    ///
    /// One transaction, recorded in the audit log as `candidate.erase` with the reason (which
    /// must not contain the person's name or email). Afterwards the file is vacuumed and the
    /// WAL truncated with `secure_delete` on, so no byte of the erased data stays on disk.
    @discardableResult
    public func erase(_ reference: CandidateID, reason: String, actor: Actor) throws -> ErasureReport {
        try Policy.require(actor, .erase)
        let reason = try Workspace.checkedReason(reason)
        var report = try workspace.withSecureDelete { db in
            var report: ErasureReport?
            try db.inTransaction(.immediate) {
                let candidate = try Workspace.candidate(db, reference)
                if candidate.erased { throw HireError.conflict("candidate \(candidate.id!) has already been erased") }
                try Workspace.checkReason(reason, doesNotName: candidate)
                let rows = try Workspace.erase(db, [candidate])
                try db.audit(actor, .candidateErase, candidate: candidate.id, detail: "reason: \(reason)")
                report = ErasureReport(candidateIds: [candidate.id!], rows: rows, compacted: false, dryRun: false)
                return .commit
            }
            return report!
        }
        report.compacted = try workspace.compactAfterErasure()
        return report
    }

    /// Erases every candidate rejected before `date` (start of that day in the workspace's time zone), the
    /// retention policy. With `dryRun`, reports who would be erased and changes nothing.
    @discardableResult
    public func purgeRejected(before date: CalendarDate, reason: String, dryRun: Bool, actor: Actor) throws -> ErasureReport {
        try Policy.require(actor, .erase)
        let reason = try Workspace.checkedReason(reason)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try writer.read { db in try Workspace.timeZone(db) }
        let cutoff = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
        let select = """
            SELECT c.id FROM candidate c
            WHERE c.stage = 'rejected' AND NOT c.erased
              AND (SELECT max(s.at) FROM stageChange s WHERE s.candidateId = c.id AND s.toStage = 'rejected' AND s.fromStage IS NOT 'rejected') < ?
            ORDER BY c.id
            """
        if dryRun {
            let ids = try writer.read { db in try Int64.fetchAll(db, sql: select, arguments: [cutoff]) }
            return ErasureReport(candidateIds: ids, rows: [:], compacted: false, dryRun: true)
        }
        var report = try workspace.withSecureDelete { db in
            var report: ErasureReport?
            try db.inTransaction(.immediate) {
                let ids = try Int64.fetchAll(db, sql: select, arguments: [cutoff])
                let rows = try Workspace.erase(db, try ids.map { try Candidate.fetchOne(db, key: $0)! })
                for id in ids {
                    try db.audit(actor, .candidateErase, candidate: id, detail: "purge: rejected before \(date); reason: \(reason)")
                }
                try db.audit(actor, .candidatePurge, subject: "rejected before \(date)", detail: "\(ids.count) erased; reason: \(reason)")
                report = ErasureReport(candidateIds: ids, rows: rows, compacted: false, dryRun: false)
                return .commit
            }
            return report!
        }
        if !report.candidateIds.isEmpty { report.compacted = try workspace.compactAfterErasure() }
        return report
    }

    /// Adds a candidate for a role or an opening (whose role they take), at stage `applied`.
    @discardableResult
    public func add(_ new: NewCandidate, actor: Actor) throws -> Candidate {
        try Policy.require(actor, .manageCandidates)
        let name = new.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw HireError.invalid("a candidate needs a name") }
        if let email = new.email, !EmailAddress.isValid(email) {
            throw HireError.invalid("the email address is not valid", remedy: .supply(.email))
        }
        if new.role == nil && new.opening == nil { throw HireError.invalid("say which role or opening the candidate applies for", remedy: .supply(.roleOrOpening)) }
        return try writer.write { db in
            var roleId = new.role
            if let openingId = new.opening {
                let opening = try Workspace.opening(db, openingId)
                if let role = new.role, role != opening.roleId {
                    throw HireError.invalid("opening '\(openingId)' is for role '\(opening.roleId)', not '\(role)'")
                }
                roleId = opening.roleId
            }
            let role = try Workspace.roleVersion(db, role: roleId!)
            if let email = new.email, let existing = try Candidate.filter(Candidate.Columns.emailKey == EmailAddress.key(email)).fetchOne(db) {
                throw HireError.conflict("a candidate with that email already exists: \(existing.id!) (\(existing.erased ? "erased" : existing.name))")
            }
            var candidate = Candidate(
                name: name, email: new.email?.trimmingCharacters(in: .whitespaces), phone: new.phone, roleId: role.roleId,
                roleVersion: role.version, openingId: new.opening, source: new.source)
            try candidate.insert(db)
            var change = StageChange(candidateId: candidate.id!, fromStage: nil, toStage: .applied, reason: "added", actor: actor.recordedName)
            try change.insert(db)
            try db.audit(actor, .candidateAdd, candidate: candidate.id, detail: "role \(role.roleId)")
            return candidate
        }
    }

    /// Candidates, newest last, optionally of one role and stage.
    public func list(role: String? = nil, stage: Stage? = nil, opening: String? = nil) throws -> [Candidate] {
        try writer.read { db in
            if let role { _ = try Workspace.roleVersion(db, role: role) }
            var request = Candidate.filter(Candidate.Columns.erased == false).order(Candidate.Columns.id)
            if let role { request = request.filter(Candidate.Columns.roleId == role) }
            if let stage { request = request.filter(Candidate.Columns.stage == stage) }
            if let opening { request = request.filter(Candidate.Columns.openingId == opening) }
            return try request.fetchAll(db)
        }
    }

    /// A candidate by id or email.
    public func get(_ reference: CandidateID) throws -> Candidate {
        try writer.read { db in try Workspace.candidate(db, reference) }
    }

    /// A candidate with their stage history and audit events.
    public func detail(_ reference: CandidateID) throws -> CandidateDetail {
        try writer.read { db in
            let candidate = try Workspace.candidate(db, reference)
            let history = try StageChange.filter(StageChange.Columns.candidateId == candidate.id).order(StageChange.Columns.id).fetchAll(db)
            let events = try AuditEvent.filter(AuditEvent.Columns.candidateId == candidate.id).order(AuditEvent.Columns.id).fetchAll(db)
            let imported = try ImportedProfile.fetch(db, candidate: candidate.id!)
            return CandidateDetail(candidate: candidate, history: history, events: events, imported: imported)
        }
    }

    /// Moves a candidate to another stage, refusing transitions the pipeline does not allow.
    @discardableResult
    public func move(_ reference: CandidateID, to stage: Stage, reason: String, actor: Actor) throws -> Candidate {
        if stage == .hired {
            throw HireError.invalid("a hire is recorded as a decision, which also starts onboarding", remedy: .decideInstead)
        }
        try Policy.require(actor, .manageCandidates)
        return try writer.write { db in
            var candidate = try Workspace.candidate(db, reference)
            try Workspace.move(db, &candidate, to: stage, reason: reason, actor: actor)
            return candidate
        }
    }

    /// The candidate with this email address (compared as addresses are: case and spaces aside), if any.
    public func withEmail(_ email: String) throws -> Candidate? {
        try writer.read { db in try Candidate.filter(Candidate.Columns.emailKey == EmailAddress.key(email)).fetchOne(db) }
    }
}
