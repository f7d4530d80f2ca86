import Foundation
import GRDB

extension Workspace {
    /// The longest answers a draft keeps (in UTF-8 bytes of its JSON).
    public static let maximumDraftBytes = 256 * 1024

    /// Deletes the draft of the interview a scorecard is submitted for (in the submission's transaction).
    static func deleteScorecardDraft(_ db: Database, candidate: Int64, round: String, interviewer: Int64) throws {
        try db.execute(
            sql: "DELETE FROM scorecardDraft WHERE interviewId IN (SELECT id FROM interview WHERE candidateId = ? AND roundId = ? AND interviewerId = ?)",
            arguments: [candidate, round, interviewer])
    }

    static let draftEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    /// The interview, if `actor` is its interviewer; not found otherwise, as if it did not exist.
    static func ownInterview(_ db: Database, _ id: Int64, actor: Actor) throws -> Interview {
        guard let interview = try Interview.fetchOne(db, key: id),
            Policy.allows(actor, .submitScorecard, Relation(isNamedPerson: actor.personId == interview.interviewerId))
        else { throw HireError.notFound("no interview \(id)") }
        return interview
    }

}
