import Foundation
import GRDB

extension Workspace {
    /// Each interview with what a list of them shows. A role profile is decoded once per role
    /// version however many interviews use it (My interviews lists a person's every interview).
    static func assignments(_ db: Database, _ interviews: [Interview]) throws -> [InterviewAssignment] {
        var profiles: [String: RoleProfile?] = [:]
        // A prepared statement, not the query interface: it is run for every interview listed.
        let candidates = try db.cachedStatement(sql: "SELECT * FROM candidate WHERE id = ?")
        return try interviews.map { interview in
            let candidate = try Candidate.fetchOne(candidates, arguments: [interview.candidateId])!
            let key = "\(candidate.roleId ?? "")#\(candidate.roleVersion.map(String.init) ?? "")"
            let profile: RoleProfile?
            if let known = profiles[key] {
                profile = known
            } else {
                profile = try? assessedProfile(db, candidate)
                profiles[key] = profile
            }
            return InterviewAssignment(
                interview: interview, candidateName: listedName(candidate),
                roleTitle: profile?.title, roundName: profile?.round(interview.roundId)?.name ?? interview.roundId,
                scorecardId: try submittedScorecard(db, interview))
        }
    }

    /// The id of the scorecard the interview's interviewer submitted for its candidate and round, if any.
    static func submittedScorecard(_ db: Database, _ interview: Interview) throws -> Int64? {
        let statement = try db.cachedStatement(sql: "SELECT MAX(id) FROM scorecard WHERE candidateId = ? AND roundId = ? AND interviewerId = ?")
        return try Int64.fetchOne(statement, arguments: [interview.candidateId, interview.roundId, interview.interviewerId])
    }

    /// A candidate's name as interview lists show it; an erased candidate by number.
    static func listedName(_ candidate: Candidate) -> String {
        candidate.erased ? "candidate \(candidate.id!)" : candidate.name
    }

    static func roleTitle(_ db: Database, _ role: String?) throws -> String? {
        guard let role else { return nil }
        return try String.fetchOne(db, sql: "SELECT title FROM role WHERE id = ?", arguments: [role])
    }
}
