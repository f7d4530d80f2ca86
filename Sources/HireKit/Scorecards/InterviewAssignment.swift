import Foundation

/// One interview a person is scheduled for, as their own list shows it.
public struct InterviewAssignment: Sendable, Hashable {
    public var interview: Interview
    /// The candidate's name, or `candidate N` once erased.
    public var candidateName: String
    public var roleTitle: String?
    public var roundName: String
    /// The latest scorecard the person submitted for this round, if any.
    public var scorecardId: Int64?
    /// When the interviewer last saved a draft of the scorecard, if one is waiting (My
    /// interviews only: a draft is seen by its writer alone).
    public var draftSavedAt: Date? = nil

    /// Whether the person still owes a scorecard at `now`: the interview has taken place and
    /// none was submitted. An interview without a time owes nothing.
    public func isOwed(at now: Date) -> Bool {
        guard let at = interview.at, scorecardId == nil else { return false }
        return at < now  // once its start has passed, as the owed list counts
    }

    /// Whole hours since the interview (as the owed list counts them), for an owed scorecard.
    public func hoursSince(_ now: Date) -> Int? {
        interview.at.map { Interview.wholeHours(from: $0, to: now) }
    }

    /// Whether an owed scorecard is past due (`due` after the interview; 24 hours by default).
    public func isOverdue(at now: Date, due: TimeInterval = 24 * 3600) -> Bool {
        isOwed(at: now) && now.timeIntervalSince(interview.at!) > due
    }
}

/// What an interviewer needs to fill in their scorecard for one scheduled interview.
public struct ScorecardSheet: Sendable, Hashable {
    public var interview: Interview
    public var candidateName: String
    public var profile: RoleProfile
    public var round: InterviewRound
    /// The scorecard already submitted for this interview, if any.
    public var submittedScorecardId: Int64?

    /// The round's focus competencies, in the round's order.
    public var competencies: [Competency] { round.focus.compactMap(profile.competency) }
}

/// What an interviewer needs to know about a candidate: who, for which role, which of their
/// own rounds, and the facts of the application. Never self-identified groups.
public struct InterviewBrief: Sendable {
    public var candidateId: Int64
    public var candidateName: String
    public var roleTitle: String?
    public var stage: Stage
    /// The viewer's own interviews with the candidate.
    public var interviews: [InterviewAssignment]
    /// What the feeds said about the candidate, if they were imported.
    public var imported: ImportedProfile?
}
