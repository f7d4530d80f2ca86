/// What a calibration report is computed from: the latest version of every submitted
/// scorecard in scope and the final decisions. Built from a workspace, or by hand.
public struct CalibrationInput: Sendable, Hashable, Codable {
    /// One interviewer's scorecard for one candidate in one round.
    public struct Scorecard: Sendable, Hashable, Codable {
        public var candidateId: Int64
        /// The interviewer (a person id).
        public var raterId: Int64
        /// Competency id to rating; n/a ratings are left out.
        public var ratings: [String: Double]
        /// Whether the overall recommendation was in favour (yes or strong yes).
        public var recommendsHire: Bool?

        public init(candidateId: Int64, raterId: Int64, ratings: [String: Double], recommendsHire: Bool?) {
            self.candidateId = candidateId
            self.raterId = raterId
            self.ratings = ratings
            self.recommendsHire = recommendsHire
        }
    }

    public var scorecards: [Scorecard]
    /// Interviewer names by person id, for the report (interviewers are staff, not candidates).
    public var raterNames: [Int64: String]
    /// The final decision per decided candidate: `true` for hire, `false` for reject.
    public var decisions: [Int64: Bool]
    /// The competencies in the order to report them (those of the role profile).
    public var competencies: [String]

    public init(scorecards: [Scorecard], raterNames: [Int64: String], decisions: [Int64: Bool], competencies: [String]) {
        self.scorecards = scorecards
        self.raterNames = raterNames
        self.decisions = decisions
        self.competencies = competencies
    }
}
