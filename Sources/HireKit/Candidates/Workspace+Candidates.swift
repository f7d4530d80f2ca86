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
    static func candidate(_ db: Database, _ reference: String) throws -> Candidate {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if let id = Int64(trimmed), let candidate = try Candidate.fetchOne(db, key: id) { return candidate }
        if trimmed.contains("@"), let candidate = try Candidate.filter(Candidate.Columns.emailKey == EmailAddress.key(trimmed)).fetchOne(db) {
            return candidate
        }
        throw HireError.notFound("no candidate with that id or email", remedy: .listCandidates)
    }

    static func move(_ db: Database, _ candidate: inout Candidate, to stage: Stage, reason: String?, actor: Actor) throws {
        guard candidate.stage.canMove(to: stage) else {
            let allowed = candidate.stage.allowedNext.map(\.rawValue).joined(separator: ", ")
            // A stage further on ("hired" from "applied"): the stage to go through first.
            let between = candidate.stage.allowedNext.first { $0.canMove(to: stage) && $0 != .rejected && $0 != .withdrawn }
            throw HireError.invalid(
                "cannot move a candidate from \(candidate.stage.rawValue) to \(stage.rawValue)"
                    + (allowed.isEmpty ? " (\(candidate.stage.rawValue) is final)" : " (allowed: \(allowed))"),
                remedy: between.map { .moveFirst(candidate.id!, $0) })
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

extension Workspace {
    static func candidate(_ db: Database, _ id: CandidateID) throws -> Candidate {
        guard let candidate = try Candidate.fetchOne(db, key: id.rawValue) else {
            throw HireError.notFound("no candidate \(id)", remedy: .listCandidates)
        }
        return candidate
    }
}
