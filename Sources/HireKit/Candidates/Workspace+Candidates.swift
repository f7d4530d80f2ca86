import Foundation
import GRDB

/// What a user supplies to add a candidate by hand.
public struct NewCandidate: Sendable {
    public var name: String
    public var email: String?
    public var phone: String?
    public var role: String?
    public var opening: String?
    public var source: String?

    public init(name: String, email: String?, phone: String? = nil, role: String? = nil, opening: String? = nil, source: String? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
        self.role = role
        self.opening = opening
        self.source = source
    }
}

/// A candidate with their stage history, for `hire candidate show`.
public struct CandidateDetail: Sendable, Codable {
    public var candidate: Candidate
    public var history: [StageChange]
    public var events: [AuditEvent]
    /// What the feeds said about them, if they were imported.
    public var imported: ImportedProfile?
}

extension Workspace {
    /// Adds a candidate for a role or an opening (whose role they take), at stage `applied`.
    @discardableResult
    public func addCandidate(_ new: NewCandidate, actor: Actor) throws -> Candidate {
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
                let opening = try Self.opening(db, openingId)
                if let role = new.role, role != opening.roleId {
                    throw HireError.invalid("opening '\(openingId)' is for role '\(opening.roleId)', not '\(role)'")
                }
                roleId = opening.roleId
            }
            let role = try Self.roleVersion(db, role: roleId!)
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
    public func candidates(role: String? = nil, stage: Stage? = nil, opening: String? = nil) throws -> [Candidate] {
        try writer.read { db in
            if let role { _ = try Self.roleVersion(db, role: role) }
            var request = Candidate.filter(Candidate.Columns.erased == false).order(Candidate.Columns.id)
            if let role { request = request.filter(Candidate.Columns.roleId == role) }
            if let stage { request = request.filter(Candidate.Columns.stage == stage) }
            if let opening { request = request.filter(Candidate.Columns.openingId == opening) }
            return try request.fetchAll(db)
        }
    }

    /// A candidate by id or email.
    public func candidate(_ reference: String) throws -> Candidate {
        try writer.read { db in try Self.candidate(db, reference) }
    }

    static func candidate(_ db: Database, _ reference: String) throws -> Candidate {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if let id = Int64(trimmed), let candidate = try Candidate.fetchOne(db, key: id) { return candidate }
        if trimmed.contains("@"), let candidate = try Candidate.filter(Candidate.Columns.emailKey == EmailAddress.key(trimmed)).fetchOne(db) {
            return candidate
        }
        throw HireError.notFound("no candidate with that id or email", remedy: .listCandidates)
    }

    /// A candidate with their stage history and audit events.
    public func candidateDetail(_ reference: String) throws -> CandidateDetail {
        try writer.read { db in
            let candidate = try Self.candidate(db, reference)
            let history = try StageChange.filter(StageChange.Columns.candidateId == candidate.id).order(StageChange.Columns.id).fetchAll(db)
            let events = try AuditEvent.filter(AuditEvent.Columns.candidateId == candidate.id).order(AuditEvent.Columns.id).fetchAll(db)
            let imported = try ImportedProfile.fetch(db, candidate: candidate.id!)
            return CandidateDetail(candidate: candidate, history: history, events: events, imported: imported)
        }
    }

    /// Moves a candidate to another stage, refusing transitions the pipeline does not allow.
    @discardableResult
    public func moveCandidate(_ reference: String, to stage: Stage, reason: String, actor: Actor) throws -> Candidate {
        if stage == .hired {
            throw HireError.invalid("a hire is recorded as a decision, which also starts onboarding", remedy: .decideInstead)
        }
        try Policy.require(actor, .manageCandidates)
        return try writer.write { db in
            var candidate = try Self.candidate(db, reference)
            try Self.move(db, &candidate, to: stage, reason: reason, actor: actor)
            return candidate
        }
    }

    static func move(_ db: Database, _ candidate: inout Candidate, to stage: Stage, reason: String?, actor: Actor) throws {
        guard candidate.stage.canMove(to: stage) else {
            let allowed = candidate.stage.allowedNext.map(\.rawValue).joined(separator: ", ")
            throw HireError.invalid(
                "cannot move a candidate from \(candidate.stage.rawValue) to \(stage.rawValue)"
                    + (allowed.isEmpty ? " (\(candidate.stage.rawValue) is final)" : " (allowed: \(allowed))"))
        }
        let from = candidate.stage
        candidate.stage = stage
        candidate.updatedAt = Date()
        try candidate.update(db)
        var change = StageChange(candidateId: candidate.id!, fromStage: from, toStage: stage, reason: reason, actor: actor.recordedName)
        try change.insert(db)
        try db.audit(actor, .candidateStage, candidate: candidate.id, detail: "\(from.rawValue) -> \(stage.rawValue)")
    }
}
