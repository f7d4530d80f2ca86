/// An interviewer's overall call on a candidate. There is no neutral option.
public enum Recommendation: String, Sendable, Hashable, Codable, CaseIterable {
    case strongNo = "strong-no"
    case no
    case yes
    case strongYes = "strong-yes"

    /// Whether the call is in favour of hiring.
    public var isPositive: Bool { self == .yes || self == .strongYes }

    /// The accepted spellings, for messages.
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// How many interviewers made each recommendation.
public struct RecommendationTally: Sendable, Hashable, Codable {
    public var strongNo = 0
    public var no = 0
    public var yes = 0
    public var strongYes = 0

    public init(strongNo: Int = 0, no: Int = 0, yes: Int = 0, strongYes: Int = 0) {
        self.strongNo = strongNo
        self.no = no
        self.yes = yes
        self.strongYes = strongYes
    }

    /// A tally of a list of recommendations.
    public init(_ recommendations: [Recommendation]) {
        for recommendation in recommendations { add(recommendation) }
    }

    public mutating func add(_ recommendation: Recommendation) {
        switch recommendation {
        case .strongNo: strongNo += 1
        case .no: no += 1
        case .yes: yes += 1
        case .strongYes: strongYes += 1
        }
    }

    /// Recommendations in favour (yes and strong-yes).
    public var positive: Int { yes + strongYes }
    /// Recommendations against (no and strong-no).
    public var negative: Int { no + strongNo }
    public var total: Int { positive + negative }
}
