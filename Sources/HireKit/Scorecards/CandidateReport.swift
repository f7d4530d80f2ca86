import Foundation
import GRDB

/// Everything known about a candidate's assessment, as one person may see it:
/// details, stage history, every rating with its evidence, scores, flags and recommendations.
public struct CandidateReport: Sendable, Codable {
    /// One rating of a competency, with who gave it in which round.
    public struct RatingLine: Sendable, Hashable, Codable {
        public var scorecardId: Int64
        public var roundId: String
        public var interviewerId: Int64
        public var interviewer: String
        public var value: Double?
        public var skipReason: String?
        public var evidence: String?
    }

    /// A competency with every visible rating of it.
    public struct CompetencyLines: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var kind: CompetencyKind
        public var ratings: [RatingLine]
    }

    public var candidate: Candidate
    public var history: [StageChange]
    public var interviews: [Interview]
    /// Whether others' scorecards (and so the scores) are hidden from the viewer.
    public var hidden: Bool
    public var hiddenCount: Int
    public var scorecards: [SubmittedScorecard]
    public var competencies: [CompetencyLines]
    /// The scores; `nil` while hidden.
    public var score: CandidateScore?
    public var decisions: [Decision]
    /// What the feeds said about the candidate (their application), if they were imported.
    public var imported: ImportedProfile?
}

