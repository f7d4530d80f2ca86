import Foundation
import GRDB

/// Placing a candidate: the role they are assessed for and the opening they applied to,
/// set by hand, or when an opening a feed cited is added later.
///
/// Each change is a note in the candidate's stage history (a row whose stage does not
/// change, with the reason, which erasure clears) and an audit event naming the role or opening.
extension Workspace {
    /// Attaches the candidates who cite a newly added opening in a feed and have no opening
    /// (and no role, or its role): the opening's role and the opening are set, as
    /// ``recordPlacement`` records it, in three statements however many they are. Returns how many.
    @discardableResult
    static func attachCitingCandidates(_ db: Database, to opening: Opening, actor: Actor) throws -> Int {
        let citing = """
            FROM candidate c WHERE c.openingId IS NULL AND c.erased = 0 AND (c.roleId IS NULL OR c.roleId = :role)
              AND EXISTS (SELECT 1 FROM candidateAppliedPosition a WHERE a.candidateId = c.id AND a.positionId = :opening)
            """
        let note = "opening \(opening.id)"
        let arguments: StatementArguments = [
            "role": opening.roleId, "opening": opening.id, "version": try roleVersion(db, role: opening.roleId).version, "now": Date(),
            "actor": actor.recordedName, "reason": "\(note): their application cites it; the opening was added", "note": note,
            "action": AuditAction.candidateOpening.rawValue,
        ]
        try db.execute(
            sql: "INSERT INTO stageChange (candidateId, fromStage, toStage, reason, actor, at) SELECT c.id, c.stage, c.stage, :reason, :actor, :now \(citing)",
            arguments: arguments)
        let attached = db.changesCount
        guard attached > 0 else { return 0 }
        try db.execute(
            sql: "INSERT INTO auditEvent (at, actor, action, candidateId, detail) SELECT :now, :actor, :action, c.id, :note \(citing)", arguments: arguments)
        try db.execute(
            sql: """
                UPDATE candidate SET roleVersion = CASE WHEN roleId IS NULL THEN :version ELSE roleVersion END, roleId = COALESCE(roleId, :role),
                openingId = :opening, updatedAt = :now
                WHERE id IN (SELECT c.id \(citing))
                """, arguments: arguments)
        return attached
    }

    static func requireReason(_ reason: String) throws -> String {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw HireError.invalid("say why", remedy: .supply(.reason)) }
        return trimmed
    }

    static func refuseIfScored(_ db: Database, _ candidate: Candidate, newRole: String) throws {
        guard let current = candidate.roleId, current != newRole else { return }
        let scored = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM scorecard WHERE candidateId = ? AND roleId = ?)", arguments: [candidate.id, current]) ?? false
        if scored {
            throw HireError.conflict("candidate \(candidate.id!) has scorecards for role '\(current)'; their ratings cannot move to another role")
        }
    }

    /// Saves the candidate and notes the change in the stage history and the audit log.
    static func recordPlacement(
        _ db: Database, _ candidate: inout Candidate, note: String, reason: String, action: AuditAction, actor: Actor
    ) throws {
        candidate.updatedAt = Date()
        try candidate.update(db)
        var change = StageChange(
            candidateId: candidate.id!, fromStage: candidate.stage, toStage: candidate.stage, reason: "\(note): \(reason)", actor: actor.recordedName)
        try change.insert(db)
        try db.audit(actor, action, candidate: candidate.id, detail: note)
    }
}
