import Foundation
import GRDB

extension Workspace {
    /// The interviews `viewer` is scheduled for: those still owing a scorecard at `now` first,
    /// then newest first, unscheduled ones last. Empty for the workspace owner.
    public func myInterviews(as viewer: Actor, now: Date = Date()) throws -> [InterviewAssignment] {
        guard let person = viewer.personId else { return [] }
        let all = try writer.read { db in
            try Self.assignments(db, Interview.filter(Interview.Columns.interviewerId == person).fetchAll(db))
        }
        return all.sorted { a, b in
            let (owedA, owedB) = (a.isOwed(at: now), b.isOwed(at: now))
            if owedA != owedB { return owedA }
            switch (a.interview.at, b.interview.at) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.interview.id! > b.interview.id!
            }
        }
    }

    /// The form of one scheduled interview for its interviewer. Anyone else is told the
    /// interview does not exist: an interviewer's own scorecard is theirs alone to write.
    public func scorecardSheet(interview id: Int64, as viewer: Actor) throws -> ScorecardSheet {
        try writer.read { db in
            guard let interview = try Interview.fetchOne(db, key: id),
                Policy.allows(viewer, .submitScorecard, Relation(isNamedPerson: viewer.personId == interview.interviewerId))
            else { throw HireError.notFound("no interview \(id)") }
            let candidate = try Candidate.fetchOne(db, key: interview.candidateId)!
            let profile = try Self.assessedProfile(db, candidate)
            let round = try Self.round(profile, interview.roundId)
            let assignment = try Self.assignments(db, [interview])[0]
            return ScorecardSheet(
                interview: interview, candidateName: assignment.candidateName, profile: profile, round: round,
                submittedScorecardId: assignment.scorecardId)
        }
    }

    /// What `viewer` needs to interview a candidate; not found when the policy hides the
    /// candidate from them.
    public func interviewBrief(candidate id: Int64, as viewer: Actor) throws -> InterviewBrief {
        try writer.read { db in
            guard let candidate = try Candidate.fetchOne(db, key: id) else { throw HireError.notFound("no candidate \(id)") }
            try Self.require(db, viewer, .viewCandidate, candidate: id)
            let mine = try Interview.filter(Interview.Columns.candidateId == id && Interview.Columns.interviewerId == viewer.personId).order(Interview.Columns.id).fetchAll(db)
            return InterviewBrief(
                candidateId: id, candidateName: candidate.erased ? "candidate \(id)" : candidate.name,
                roleTitle: try Self.roleTitle(db, candidate.roleId), stage: candidate.stage,
                interviews: try Self.assignments(db, mine), imported: try ImportedProfile.fetch(db, candidate: id))
        }
    }

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
