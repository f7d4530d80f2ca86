import Foundation
import GRDB

/// Interviews: scheduling panels, and each interviewer's own interviews.
public struct InterviewService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Interviews: scheduling panels, and each interviewer's own interviews.
    public var interviews: InterviewService { InterviewService(workspace: self) }
}

extension InterviewService {
    // MARK: Schedule

    /// Books an interviewer for one round of a candidate's interview plan, for `duration`
    /// minutes from `at`, at `location` (a room, an address or a video link) if given.
    ///
    /// With a time, refused (unless `allowOverlap`) when it overlaps another interview of the
    /// interviewer, or one of the candidate's in another round (the same round at the same time
    /// is a panel).
    @discardableResult
    public func schedule(
        candidate reference: CandidateID, round: String, interviewer: PersonID, at: Date? = nil, duration: Int = Interview.defaultDuration,
        location: String? = nil, allowOverlap: Bool = false, actor: Actor
    ) throws -> Interview {
        try Policy.require(actor, .scheduleInterviews)
        let booking = PanelBooking(round: round, interviewer: interviewer, at: at, duration: duration, location: location, allowOverlap: allowOverlap)
        return try writer.write { db in
            let candidate = try Workspace.candidate(db, reference)
            return try Workspace.book(db, candidate: candidate, profile: try Workspace.assessedProfile(db, candidate), booking, actor: actor)
        }
    }

    /// A candidate's scheduled interviews, in plan order.
    public func list(candidate reference: CandidateID) throws -> [Interview] {
        try writer.read { db in
            let candidate = try Workspace.candidate(db, reference)
            return try Interview.filter(Interview.Columns.candidateId == candidate.id).order(Interview.Columns.id).fetchAll(db)
        }
    }

    /// The interviews `viewer` is scheduled for: those still owing a scorecard at `now` first,
    /// then newest first, unscheduled ones last. Empty for the workspace owner.
    public func mine(as viewer: Actor, now: Date = Date()) throws -> [InterviewAssignment] {
        guard let person = viewer.personId else { return [] }
        let all = try writer.read { db in
            var assignments = try Workspace.assignments(db, Interview.filter(Interview.Columns.interviewerId == person).fetchAll(db))
            let drafts = try Row.fetchAll(
                db,
                sql: "SELECT d.interviewId, d.savedAt FROM scorecardDraft d JOIN interview i ON i.id = d.interviewId WHERE i.interviewerId = ?",
                arguments: [person])
            let savedAt = Dictionary(drafts.map { ($0[0] as Int64, $0[1] as Date) }, uniquingKeysWith: { a, _ in a })
            for index in assignments.indices where assignments[index].scorecardId == nil {
                assignments[index].draftSavedAt = savedAt[assignments[index].interview.id!]
            }
            return assignments
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
    public func sheet(interview id: InterviewID, as viewer: Actor) throws -> ScorecardSheet {
        try writer.read { db in
            // Prepared statements, not the query interface: the form page asks this on every request.
            let interviews = try db.cachedStatement(sql: "SELECT * FROM interview WHERE id = ?")
            guard let interview = try Interview.fetchOne(interviews, arguments: [id]),
                Policy.allows(viewer, .submitScorecard, Relation(isNamedPerson: viewer.personId == interview.interviewerId))
            else { throw HireError.notFound("no interview \(id)") }
            let candidate = try Workspace.interviewedCandidate(db, interview.candidateId)
            let profile = try Workspace.assessedProfile(db, candidate: interview.candidateId, role: candidate.role, version: candidate.version)
            let round = try Workspace.round(profile, interview.roundId)
            return ScorecardSheet(
                interview: interview, candidateName: candidate.name, profile: profile, round: round,
                submittedScorecardId: try Workspace.submittedScorecard(db, interview))
        }
    }

    /// What `viewer` needs to interview a candidate; not found when the policy hides the
    /// candidate from them.
    public func brief(candidate id: CandidateID, as viewer: Actor) throws -> InterviewBrief {
        try writer.read { db in
            guard let candidate = try Candidate.fetchOne(db, key: id) else { throw HireError.notFound("no candidate \(id)") }
            try Workspace.require(db, viewer, .viewCandidate, candidate: id.rawValue)
            let mine = try Interview.filter(Interview.Columns.candidateId == id && Interview.Columns.interviewerId == viewer.personId).order(Interview.Columns.id).fetchAll(db)
            return InterviewBrief(
                candidateId: id.rawValue, candidateName: Workspace.listedName(candidate),
                roleTitle: try Workspace.roleTitle(db, candidate.roleId), stage: candidate.stage,
                interviews: try Workspace.assignments(db, mine), imported: try ImportedProfile.fetch(db, candidate: id.rawValue))
        }
    }
}
