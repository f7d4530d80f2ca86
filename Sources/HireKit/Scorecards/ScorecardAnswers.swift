import Foundation

/// A scorecard form's answers exactly as typed, checked by nothing: what a saved draft holds.
public struct ScorecardAnswers: Sendable, Hashable, Codable {
    /// One competency's answers.
    public struct Rating: Sendable, Hashable, Codable {
        /// A level, `n/a`, or anything typed.
        public var value: String
        public var evidence: String
        public var skipReason: String

        public init(value: String = "", evidence: String = "", skipReason: String = "") {
            self.value = value
            self.evidence = evidence
            self.skipReason = skipReason
        }
    }

    /// By competency id.
    public var ratings: [String: Rating]
    public var recommendation: String
    public var notes: String

    public init(ratings: [String: Rating] = [:], recommendation: String = "", notes: String = "") {
        self.ratings = ratings
        self.recommendation = recommendation
        self.notes = notes
    }
}

/// Answers an interviewer saved to finish later, for one interview.
public struct SavedScorecardDraft: Sendable, Hashable {
    public var interviewId: Int64
    public var answers: ScorecardAnswers
    public var savedAt: Date
}
