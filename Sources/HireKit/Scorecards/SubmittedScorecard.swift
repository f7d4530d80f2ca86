import Foundation

/// A stored scorecard version with its ratings and the interviewer's name, for listings and reports.
public struct SubmittedScorecard: Sendable, Hashable, Codable {
    public var scorecard: Scorecard
    public var interviewer: String
    public var ratings: [Rating]
    /// Whether a later version supersedes this one.
    public var isSuperseded: Bool
}

/// A change to one competency in an amendment; `nil` fields keep the previous version's value.
public struct RatingChange: Sendable, Hashable {
    public var competencyId: String
    public var value: RatingInput?
    public var evidence: String?
    public var skipReason: String?

    public init(competencyId: String, value: RatingInput? = nil, evidence: String? = nil, skipReason: String? = nil) {
        self.competencyId = competencyId
        self.value = value
        self.evidence = evidence
        self.skipReason = skipReason
    }
}

/// What `hire scorecard amend` changes; the reason is required and kept.
public struct ScorecardAmendment: Sendable, Hashable {
    public var changes: [RatingChange]
    public var recommendation: String?
    public var notes: String?
    public var reason: String
    /// Keep the evidence of a rating whose level changes. Without it, changing the level of a
    /// rating that has evidence needs new evidence: the old was written for the old level.
    public var keepEvidence: Bool

    public init(changes: [RatingChange], recommendation: String? = nil, notes: String? = nil, reason: String, keepEvidence: Bool = false) {
        self.changes = changes
        self.recommendation = recommendation
        self.notes = notes
        self.reason = reason
        self.keepEvidence = keepEvidence
    }
}

/// A candidate's scorecards as one person may see them.
///
/// Until the viewer has submitted their own scorecard for the candidate, other interviewers'
/// scorecards are hidden and only counted, so nobody is anchored by others' ratings.
public struct ScorecardListing: Sendable, Hashable, Codable {
    public var candidateId: Int64
    /// The person viewing (`--as`); `nil` for the hiring manager's full view.
    public var viewerId: Int64?
    /// Whether other interviewers' scorecards are hidden from the viewer.
    public var hidden: Bool
    /// The latest version of each scorecard the viewer may see.
    public var scorecards: [SubmittedScorecard]
    /// How many scorecards are hidden, in total and by round.
    public var hiddenCount: Int
    public var hiddenByRound: [String: Int]
}
