import Foundation
import GRDB

extension Workspace {
    /// Each interview with what a list of them shows. A role profile is decoded once per role
    /// version however many interviews use it (My interviews lists a person's every interview).
    static func assignments(_ db: Database, _ interviews: [Interview]) throws -> [InterviewAssignment] {
        var profiles: [String: RoleProfile?] = [:]
        // The few columns a line needs, from a prepared statement: it runs for every interview listed.
        let candidates = try db.cachedStatement(sql: "SELECT name, erased, roleId, roleVersion FROM candidate WHERE id = ?")
        return try interviews.map { interview in
            let row = try Row.fetchOne(candidates, arguments: [interview.candidateId])!
            let (role, version): (String?, Int?) = (row[2], row[3])
            let key = "\(role ?? "")#\(version.map(String.init) ?? "")"
            let profile: RoleProfile?
            if let known = profiles[key] {
                profile = known
            } else {
                profile = role.flatMap { try? Workspace.profile(db, role: $0, version: version) }
                profiles[key] = profile
            }
            return InterviewAssignment(
                interview: interview, candidateName: listedName(id: interview.candidateId, name: row[0], erased: row[1]),
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
        listedName(id: candidate.id!, name: candidate.name, erased: candidate.erased)
    }

    static func listedName(id: Int64, name: String, erased: Bool) -> String {
        erased ? "candidate \(id)" : name
    }

    static func roleTitle(_ db: Database, _ role: String?) throws -> String? {
        guard let role else { return nil }
        return try String.fetchOne(db, sql: "SELECT title FROM role WHERE id = ?", arguments: [role])
    }
}
