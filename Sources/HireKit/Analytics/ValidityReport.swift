/// Which interview signals go with a hire outcome, for one role: see ``AnalyticsService/validity(role:outcome:today:as:)``.
public struct ValidityReport: Sendable, Hashable, Codable {
    /// Below this many hires with the outcome known, the report shows the numbers and calls nothing.
    public static let minimumHires = 20

    public var role: String
    /// A ``BuiltInOutcome`` raw value or an imported metric's name.
    public var outcome: String
    /// Whether a lower outcome is better (time to ramp).
    public var lowerIsBetter: Bool
    /// Hires of the role whose outcome is known.
    public var hires: Int
    /// Candidates of the role with at least one submitted scorecard (the unrestricted group).
    public var interviewed: Int
    /// Whether there are at least ``minimumHires`` hires: only then does a row get a reading.
    public var enoughHires: Bool
    public var signals: [ValiditySignal]
    /// Plain-language cautions for whoever reads the table.
    public var notes: [String]
}

/// One interview signal against the outcome, over the hires that have both.
public struct ValiditySignal: Sendable, Hashable, Codable {
    /// What kind of signal a row is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The weighted overall interview score.
        case overall
        /// One competency's mean rating.
        case competency
        /// A dimension's weighted score: skills, knowledge or attitudes.
        case dimension
        /// One interviewer's recommendation (strong-no 1 ... strong-yes 4).
        case interviewer
        /// Coming from one source (1) or not (0).
        case source
    }

    /// What a row says, only with enough hires.
    public enum Reading: String, Sendable, Hashable, Codable {
        /// Fewer hires than ``ValidityReport/minimumHires``: nothing is called.
        case tooFewHires = "too-few-hires"
        /// No correlation can be computed (fewer than 3 pairs, or no spread).
        case noData = "no-data"
        /// The 95% interval of r includes zero.
        case unclear
        /// Higher signal, better outcome: the whole interval lies on that side of zero.
        case higherIsBetter = "higher-is-better"
        /// Higher signal, worse outcome.
        case higherIsWorse = "higher-is-worse"
    }

    /// One hire's signal and outcome, for the scatter plot (not encoded: per-hire values stay in the workspace).
    public struct Point: Sendable, Hashable {
        public var signal: Double
        public var outcome: Double
    }

    public var kind: Kind
    /// The competency id, dimension, interviewer's person id or source; `overall` for the overall score.
    public var id: String
    /// How to show it: the competency's name, the interviewer's name, the source.
    public var label: String
    /// Hires with both the signal and the outcome.
    public var n: Int
    /// Pearson's r with its 95% Fisher z interval.
    public var pearson: Correlation.Estimate?
    /// Spearman's rho with its 95% interval (SE sqrt(1.06/(n-3))).
    public var spearman: Correlation.Estimate?
    /// r corrected for range restriction (Thorndike's Case II), see ``Correlation/correctedForRangeRestriction(_:unrestrictedSD:restrictedSD:)``.
    public var corrected: Double?
    /// The signal's standard deviation among all interviewed candidates of the role.
    public var sdInterviewed: Double?
    /// The signal's standard deviation among the n hires.
    public var sdHires: Double?
    public var reading: Reading
    public var points: [Point] = []

    enum CodingKeys: String, CodingKey {
        case kind, id, label, n, pearson, spearman, corrected, sdInterviewed, sdHires, reading
    }
}
