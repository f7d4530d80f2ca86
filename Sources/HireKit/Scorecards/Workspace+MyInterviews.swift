import Foundation
import GRDB

extension Workspace {
    static func assignments(_ db: Database, _ interviews: [Interview]) throws -> [InterviewAssignment] {
        try interviews.map { interview in
            let candidate = try Candidate.fetchOne(db, key: interview.candidateId)!
            let profile = try? assessedProfile(db, candidate)
            let scorecard = try Int64.fetchOne(
                db, sql: "SELECT MAX(id) FROM scorecard WHERE candidateId = ? AND roundId = ? AND interviewerId = ?",
                arguments: [interview.candidateId, interview.roundId, interview.interviewerId])
            return InterviewAssignment(
                interview: interview, candidateName: candidate.erased ? "candidate \(candidate.id!)" : candidate.name,
                roleTitle: profile?.title, roundName: profile?.round(interview.roundId)?.name ?? interview.roundId, scorecardId: scorecard)
        }
    }

    static func roleTitle(_ db: Database, _ role: String?) throws -> String? {
        guard let role else { return nil }
        return try String.fetchOne(db, sql: "SELECT title FROM role WHERE id = ?", arguments: [role])
    }
}
