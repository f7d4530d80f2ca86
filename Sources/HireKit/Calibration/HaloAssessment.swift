/// The halo effect in one rater's scorecards: rating every competency of a candidate
/// about the same, as if from one overall impression.
///
/// A scorecard is "flat" when its ratings (at least `minimumRatings` of them) have a
/// standard deviation at or below `flatness` scale points; 0.25 on an integer scale
/// means all equal (one rating one point off is flat only among sixteen or more). A rater is flagged when
/// most of their scorecards (`share` or more, default 60%) are flat, with at least
/// `minimumScorecards` to judge by.
public struct HaloAssessment: Sendable, Hashable, Codable {
    /// Scorecards with enough ratings to judge.
    public var scorecards: Int
    /// Of those, the flat ones.
    public var flat: Int
    /// `flat / scorecards`, or `nil` when there is nothing to judge.
    public var share: Double?
    /// Whether the rater shows a halo.
    public var flagged: Bool

    /// The thresholds of the assessment.
    public struct Rules: Sendable, Hashable, Codable {
        /// Ratings a scorecard needs to be judged (default 3).
        public var minimumRatings = 3
        /// The largest standard deviation that counts as flat (default 0.25).
        public var flatness = 0.25
        /// The share of flat scorecards that flags a rater (default 0.6).
        public var share = 0.6
        /// Scorecards a rater needs before being flagged (default 3).
        public var minimumScorecards = 3

        /// The default rules.
        public init() {}
    }

    /// Assesses one rater's scorecards, each given as the ratings it holds (n/a left out).
    public static func assess(scorecards: [[Double]], rules: Rules = Rules()) -> HaloAssessment {
        var tally = Tally()
        for scorecard in scorecards { tally.add(scorecard, rules: rules) }
        return tally.assessment(rules: rules)
    }

    /// One rater's scorecards counted as they are read.
    struct Tally {
        var judged = 0
        var flat = 0

        /// Counts one scorecard, given as the ratings it holds.
        mutating func add(_ ratings: [Double], rules: Rules = Rules()) {
            guard ratings.count >= rules.minimumRatings else { return }
            judged += 1
            if standardDeviation(ratings) <= rules.flatness + 1e-12 { flat += 1 }
        }

        func assessment(rules: Rules = Rules()) -> HaloAssessment {
            let share = judged == 0 ? nil : Double(flat) / Double(judged)
            let flagged = judged >= rules.minimumScorecards && (share ?? 0) >= rules.share
            return HaloAssessment(scorecards: judged, flat: flat, share: share, flagged: flagged)
        }
    }

    /// Population standard deviation of a scorecard's ratings.
    static func standardDeviation(_ values: [Double]) -> Double {
        let mean = values.reduce(0, +) / Double(values.count)
        return (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
    }
}
