/// `hire calibrate`: can the scores be trusted? Agreement per competency and overall,
/// and how each interviewer rates compared with their panels.
public struct CalibrationReport: Sendable, Hashable, Codable {
    /// The fewest candidates rated by at least two interviewers for an agreement figure.
    public var minimumCandidates: Int
    /// Agreement per competency, in the role profile's order.
    public var competencies: [Agreement]
    /// Agreement over every competency together: each candidate's competency is a unit.
    public var overall: Agreement
    /// One row per interviewer, by name.
    public var raters: [Rater]

    /// Agreement statistics for one competency or overall.
    public struct Agreement: Sendable, Hashable, Codable {
        /// The competency id, or "overall".
        public var scope: String
        /// Candidates rated by at least two interviewers.
        public var candidates: Int
        /// Interviewers who rated at least one of those candidates alongside someone else.
        public var raters: Int
        /// Fewer than `minimumCandidates` candidates: no figure is given.
        public var tooLittleData: Bool
        /// Krippendorff's alpha, ordinal metric.
        public var alphaOrdinal: Double?
        /// Krippendorff's alpha, interval metric.
        public var alphaInterval: Double?
        /// The reading of the interval alpha.
        public var alphaReading: AgreementReading?
        /// ICC(2,1) on the largest block of candidates all rated by the same interviewers.
        public var iccSingle: Double?
        /// ICC(2,k) on that block.
        public var iccAverage: Double?
        /// The reading of ICC(2,1).
        public var iccReading: AgreementReading?
        /// The size of the complete block the ICCs use: candidates (units) and interviewers (k).
        public var iccCandidates: Int?
        public var iccRaters: Int?
        /// Why there is no ICC, when there is none.
        public var iccUnavailable: String?
    }

    /// How one interviewer rates.
    public struct Rater: Sendable, Hashable, Codable {
        public var id: Int64
        public var name: String
        /// Their scorecards in scope (latest versions).
        public var scorecards: Int
        /// Their ratings against the rest of their panels.
        public var leniency: RaterLeniency
        /// Whether their ratings of different competencies barely vary.
        public var halo: HaloAssessment
        /// Their scorecards for candidates with a final decision and a recommendation.
        public var decided: Int
        /// Of those, the ones whose recommendation matched the decision.
        public var agreedWithDecision: Int
        /// agreedWithDecision / decided.
        public var decisionAgreement: Double?
    }
}
