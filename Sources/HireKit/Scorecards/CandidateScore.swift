import Foundation

/// A candidate's scores, computed by ``Scoring/score(profile:tallies:recommendations:)``.
public struct CandidateScore: Sendable, Hashable, Codable {
    public var scale: RatingScale
    /// Each assessed competency, in profile order.
    public var competencies: [CompetencyScore]
    /// Skills, knowledge and attitudes.
    public var dimensions: [DimensionScore]
    /// The weighted mean of all rated competencies; `nil` with no ratings.
    public var overall: ScoreValue?
    /// Assessed competencies with no rating yet; non-empty means the scores are incomplete.
    public var incomplete: [String]
    public var mustHaves: MustHaveStatus
    public var mustHaveFailures: [MustHaveFailure]
    public var flags: [DebriefFlag]
    /// The skill-will quadrant, once both skill and will are rated.
    public var skillWill: SkillWill?
    /// How many ratings the scores rest on (n/a excluded): the confidence.
    public var ratings: Int
    public var recommendations: RecommendationTally

    /// Whether every assessed competency has a rating.
    public var isComplete: Bool { incomplete.isEmpty }
}

/// A score on the role's scale and normalised to 0–100.
public struct ScoreValue: Sendable, Hashable, Codable {
    public var value: Double
    public var normalized: Double
}

/// One competency's ratings summarised.
public struct CompetencyScore: Sendable, Hashable, Codable {
    public var id: String
    public var kind: CompetencyKind
    public var weight: Double
    public var mustHave: Double?
    /// The mean rating, n/a excluded; `nil` when unrated.
    public var mean: Double?
    public var count: Int
    public var lowest: Double?
    public var highest: Double?

    /// Highest minus lowest rating.
    public var spread: Double? { lowest.flatMap { low in highest.map { $0 - low } } }

    enum CodingKeys: String, CodingKey { case id, kind, weight, mustHave, mean, count, lowest, highest, spread }

    public init(id: String, kind: CompetencyKind, weight: Double, mustHave: Double?, mean: Double?, count: Int, lowest: Double?, highest: Double?) {
        self.id = id
        self.kind = kind
        self.weight = weight
        self.mustHave = mustHave
        self.mean = mean
        self.count = count
        self.lowest = lowest
        self.highest = highest
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), kind: try c.decode(CompetencyKind.self, forKey: .kind),
            weight: try c.decode(Double.self, forKey: .weight), mustHave: try c.decodeIfPresent(Double.self, forKey: .mustHave),
            mean: try c.decodeIfPresent(Double.self, forKey: .mean), count: try c.decode(Int.self, forKey: .count),
            lowest: try c.decodeIfPresent(Double.self, forKey: .lowest), highest: try c.decodeIfPresent(Double.self, forKey: .highest))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(weight, forKey: .weight)
        try c.encodeIfPresent(mustHave, forKey: .mustHave)
        try c.encodeIfPresent(mean, forKey: .mean)
        try c.encode(count, forKey: .count)
        try c.encodeIfPresent(lowest, forKey: .lowest)
        try c.encodeIfPresent(highest, forKey: .highest)
        try c.encodeIfPresent(spread, forKey: .spread)
    }
}

/// The weighted score of one dimension: skills, knowledge or attitudes.
public struct DimensionScore: Sendable, Hashable, Codable {
    public var kind: CompetencyKind
    public var score: ScoreValue?
    /// The dimension's competencies that have no rating yet.
    public var unrated: [String]
}

/// Whether a candidate meets the role's must-have minimums.
public enum MustHaveStatus: String, Sendable, Hashable, Codable, Comparable {
    /// Every must-have competency is rated at or above its minimum.
    case met
    /// None failed so far, but some are not rated yet.
    case pending
    /// At least one must-have mean is below its minimum.
    case failed

    /// The slate's order: met, then pending, then failed.
    public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
    private var order: Int { self == .met ? 0 : self == .pending ? 1 : 2 }
}

/// A must-have competency whose mean is below its minimum.
public struct MustHaveFailure: Sendable, Hashable, Codable, CustomStringConvertible {
    public var competencyId: String
    public var mean: Double
    public var minimum: Double

    /// "does not meet: discovery 2.3 < 3". The mean is rounded to one decimal like everywhere
    /// else, except where rounding would reach the minimum (2.96 shows as 2.9, not 3).
    public var description: String {
        let rounded = (mean * 10).rounded() / 10
        let shown = rounded < minimum ? Scoring.number(rounded) : Scoring.cutToOneDecimal(mean)
        return "does not meet: \(competencyId) \(shown) < \(Scoring.number(minimum))"
    }
}

/// Something the panel should discuss before deciding.
public struct DebriefFlag: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// One competency's ratings span two or more scale points.
        case spread
        /// Some interviewers recommend yes, others no.
        case split
    }

    public var kind: Kind
    public var competencyId: String?
    public var message: String

    public var description: String { message }
}

/// The coaching style that fits a new hire's place on the skill-will matrix.
public enum CoachingStyle: String, Sendable, Hashable, Codable, CaseIterable {
    /// Low skill, low will: clear instructions and close supervision.
    case direct
    /// Low skill, high will: teach and coach; the motivation is there.
    case guide
    /// High skill, low will: find what motivates them and involve them.
    case excite
    /// High skill, high will: give ownership and stay out of the way.
    case delegate

    /// The quadrant in words.
    public var quadrant: String {
        switch self {
        case .direct: "low skill, low will"
        case .guide: "low skill, high will"
        case .excite: "high skill, low will"
        case .delegate: "high skill, high will"
        }
    }
}

/// A candidate's place on the skill-will matrix.
public struct SkillWill: Sendable, Hashable, Codable {
    /// Weighted mean of the skill and knowledge competencies.
    public var skill: Double
    /// Weighted mean of the attitude competencies.
    public var will: Double
    public var highSkill: Bool
    public var highWill: Bool
    public var style: CoachingStyle

    public init(skill: Double, will: Double, midpoint: Double) {
        self.skill = skill
        self.will = will
        self.highSkill = skill >= midpoint
        self.highWill = will >= midpoint
        self.style = Scoring.coachingStyle(skill: skill, will: will, midpoint: midpoint)
    }
}
