import Foundation
import GRDB

extension Workspace {
    /// Each interview with what a list of them shows. A role profile is decoded once per role
    /// version however many interviews use it (My interviews lists a person's every interview).
    static func assignments(_ db: Database, _ interviews: [Interview]) throws -> [InterviewAssignment] {
        var profiles: [String: RoleProfile?] = [:]
        return try interviews.map { interview in
            let candidate = try interviewedCandidate(db, interview.candidateId)
            let key = "\(candidate.role ?? "")#\(candidate.version.map(String.init) ?? "")"
            let profile: RoleProfile?
            if let known = profiles[key] {
                profile = known
            } else {
                profile = candidate.role.flatMap { try? Workspace.profile(db, role: $0, version: candidate.version) }
                profiles[key] = profile
            }
            return InterviewAssignment(
                interview: interview, candidateName: candidate.name,
                roleTitle: profile?.title, roundName: profile?.round(interview.roundId)?.name ?? interview.roundId,
                scorecardId: try submittedScorecard(db, interview))
        }
    }

    /// A candidate as interview pages show them: the listed name, and the role and version they
    /// are assessed against. Four columns from a prepared statement: lists ask it per interview.
    static func interviewedCandidate(_ db: Database, _ id: Int64) throws -> (name: String, role: String?, version: Int?) {
        let statement = try db.cachedStatement(sql: "SELECT name, erased, roleId, roleVersion FROM candidate WHERE id = ?")
        guard let row = try Row.fetchOne(statement, arguments: [id]) else { throw HireError.notFound("no candidate \(id)") }
        return (listedName(id: id, name: row[0], erased: row[1]), row[2], row[3])
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
