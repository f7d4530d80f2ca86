import Foundation
import GRDB

extension Workspace {
    /// The longest answers a draft keeps (in UTF-8 bytes of its JSON).
    public static let maximumDraftBytes = 256 * 1024

    /// Saves what the interviewer has typed so far for an interview, replacing their earlier
    /// draft. Only the interview's own interviewer may (anyone else: not found); refused once
    /// the scorecard is submitted (amend it instead). A draft is never a submitted scorecard.
    public func saveScorecardDraft(interview id: Int64, _ answers: ScorecardAnswers, actor: Actor, at: Date = Date()) throws {
        let json = try Self.draftEncoder.encode(answers)
        if json.count > Self.maximumDraftBytes { throw HireError.invalid("the draft is too long to save (over \(Self.maximumDraftBytes / 1024) KB)") }
        try writer.write { db in
            let interview = try Self.ownInterview(db, id, actor: actor)
            if let submitted = try Self.submittedScorecard(db, interview) {
                throw HireError.conflict("the scorecard for this interview is already submitted", remedy: .amendScorecard(submitted))
            }
            try db.execute(
                sql: "INSERT OR REPLACE INTO scorecardDraft (interviewId, answers, savedAt) VALUES (?, ?, ?)",
                arguments: [id, String(decoding: json, as: UTF8.self), at])
            try db.audit(actor, .scorecardDraftSave, candidate: interview.candidateId, subject: "interview \(id)")
        }
    }

    /// The interviewer's saved draft for an interview, if any; only they may read it (anyone
    /// else: not found).
    public func savedScorecardDraft(interview id: Int64, as viewer: Actor) throws -> SavedScorecardDraft? {
        try writer.read { db in
            _ = try Self.ownInterview(db, id, actor: viewer)
            guard let row = try Row.fetchOne(db, sql: "SELECT answers, savedAt FROM scorecardDraft WHERE interviewId = ?", arguments: [id])
            else { return nil }
            let text: String = row["answers"]
            let answers = try JSONDecoder().decode(ScorecardAnswers.self, from: Data(text.utf8))
            return SavedScorecardDraft(interviewId: id, answers: answers, savedAt: row["savedAt"])
        }
    }

    /// Deletes the draft of the interview a scorecard is submitted for (in the submission's transaction).
    static func deleteScorecardDraft(_ db: Database, candidate: Int64, round: String, interviewer: Int64) throws {
        try db.execute(
            sql: "DELETE FROM scorecardDraft WHERE interviewId IN (SELECT id FROM interview WHERE candidateId = ? AND roundId = ? AND interviewerId = ?)",
            arguments: [candidate, round, interviewer])
    }

    private static let draftEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    /// The interview, if `actor` is its interviewer; not found otherwise, as if it did not exist.
    private static func ownInterview(_ db: Database, _ id: Int64, actor: Actor) throws -> Interview {
        guard let interview = try Interview.fetchOne(db, key: id),
            Policy.allows(actor, .submitScorecard, Relation(isNamedPerson: actor.personId == interview.interviewerId))
        else { throw HireError.notFound("no interview \(id)") }
        return interview
    }

    private static func submittedScorecard(_ db: Database, _ interview: Interview) throws -> Int64? {
        try Int64.fetchOne(
            db, sql: "SELECT MAX(id) FROM scorecard WHERE candidateId = ? AND roundId = ? AND interviewerId = ?",
            arguments: [interview.candidateId, interview.roundId, interview.interviewerId])
    }
}
