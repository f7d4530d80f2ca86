import Foundation
import GRDB

/// Drafts: what an interviewer has typed so far, kept server-side until they submit.
extension ScorecardService {
    /// Saves what the interviewer has typed so far for an interview, replacing their earlier
    /// draft. Only the interview's own interviewer may (anyone else: not found); refused once
    /// the scorecard is submitted (amend it instead). A draft is never a submitted scorecard.
    public func saveDraft(interview id: InterviewID, _ answers: ScorecardAnswers, actor: Actor, at: Date = Date()) throws {
        let json = try Workspace.draftEncoder.encode(answers)
        if json.count > Workspace.maximumDraftBytes { throw HireError.invalid("the draft is too long to save (over \(Workspace.maximumDraftBytes / 1024) KB)") }
        try writer.write { db in
            let interview = try Workspace.ownInterview(db, id.rawValue, actor: actor)
            if let submitted = try Workspace.submittedScorecard(db, interview) {
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
    public func savedDraft(interview id: InterviewID, as viewer: Actor) throws -> SavedScorecardDraft? {
        try writer.read { db in
            _ = try Workspace.ownInterview(db, id.rawValue, actor: viewer)
            guard let row = try Row.fetchOne(db, sql: "SELECT answers, savedAt FROM scorecardDraft WHERE interviewId = ?", arguments: [id])
            else { return nil }
            let text: String = row["answers"]
            let answers = try JSONDecoder().decode(ScorecardAnswers.self, from: Data(text.utf8))
            return SavedScorecardDraft(interviewId: id.rawValue, answers: answers, savedAt: row["savedAt"])
        }
    }
}
