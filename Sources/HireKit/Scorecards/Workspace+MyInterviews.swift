import Foundation
import GRDB

extension Workspace {
    /// Each interview with what a list of them shows. A role profile is decoded once per role
    /// version however many interviews use it (My interviews lists a person's every interview).
    static func assignments(_ db: Database, _ interviews: [Interview]) throws -> [InterviewAssignment] {
        var profiles: [String: RoleProfile?] = [:]
        let scorecard = try db.cachedStatement(
            sql: "SELECT MAX(id) FROM scorecard WHERE candidateId = ? AND roundId = ? AND interviewerId = ?")
        return try interviews.map { interview in
            let candidate = try Candidate.fetchOne(db, key: interview.candidateId)!
            let key = "\(candidate.roleId ?? "")#\(candidate.roleVersion.map(String.init) ?? "")"
            let profile: RoleProfile?
            if let known = profiles[key] {
                profile = known
            } else {
                profile = try? assessedProfile(db, candidate)
                profiles[key] = profile
            }
            let submitted = try Int64.fetchOne(scorecard, arguments: [interview.candidateId, interview.roundId, interview.interviewerId])
            return InterviewAssignment(
                interview: interview, candidateName: candidate.erased ? "candidate \(candidate.id!)" : candidate.name,
                roleTitle: profile?.title, roundName: profile?.round(interview.roundId)?.name ?? interview.roundId, scorecardId: submitted)
        }
    }

    static func roleTitle(_ db: Database, _ role: String?) throws -> String? {
        guard let role else { return nil }
        return try String.fetchOne(db, sql: "SELECT title FROM role WHERE id = ?", arguments: [role])
    }
}
