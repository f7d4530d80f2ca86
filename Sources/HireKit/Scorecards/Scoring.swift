/// The scoring rules of Hire, in one place. Pure functions over plain values.
///
/// Inputs are the ratings of the **latest version** of each scorecard of a candidate.
///
/// 1. **Per competency**: the mean of its ratings, `n/a` excluded; the number of ratings;
///    the spread, highest minus lowest rating.
/// 2. **Assessed competencies** are those in the focus of some round of the role's interview
///    plan, plus any other competency that has ratings. An assessed competency without a
///    rating makes the scores **incomplete**, and is named.
/// 3. **Per dimension** (skills, knowledge, attitudes) and **overall**: the weighted mean of
///    the competency means, `Σ weight × mean / Σ weight` over the rated competencies, on the
///    role's scale and normalised to 0–100 (`(score − min) / (max − min) × 100`).
/// 4. **Must-haves**: a competency whose mean is below its `must_have` minimum fails the
///    candidate whatever the overall score ("does not meet: discovery 2.3 < 3"). The means in
///    such messages are cut (not rounded) to one decimal so they always read below the bar.
///    A candidate *meets* the must-haves when every must-have competency is rated and at or
///    above its minimum; with one unrated and none failed, the outcome is *pending*.
/// 5. **Debrief flags**: a competency whose ratings span two or more scale points
///    (spread ≥ 2), and a panel split between yes/strong-yes and no/strong-no recommendations.
/// 6. **Skill versus will**: skill is the weighted mean of the skill and knowledge
///    competencies, will the weighted mean of the attitudes. Each is *high* at or above the
///    scale's midpoint. The quadrant names the coaching style for a new hire there:
///    direct (low skill, low will), guide (low skill, high will), excite (high skill, low will),
///    delegate (high skill, high will). Unknown until both are rated.
/// 7. **Ranking** (the slate): candidates meeting every must-have first, then pending, then
///    failing; within each group by overall score, highest first, unscored last; ties by
///    candidate id.
public enum Scoring {
    /// A debrief flag is raised when one competency's ratings span this many scale points.
    public static let spreadFlagThreshold: Double = 2

    /// Counts ratings per competency; `nil` values (n/a) are left out.
    public static func tallies<S: Sequence>(_ ratings: S) -> [String: CompetencyTally]
    where S.Element == (competencyId: String, value: Double?) {
        var tallies: [String: CompetencyTally] = [:]
        for rating in ratings {
            guard let value = rating.value else { continue }
            tallies[rating.competencyId, default: CompetencyTally()].add(value)
        }
        return tallies
    }

    /// The weighted mean of `(weight, mean)` pairs; `nil` when there are none.
    public static func weightedMean<S: Sequence>(_ items: S) -> Double? where S.Element == (weight: Double, mean: Double) {
        var total = 0.0
        var weights = 0.0
        for item in items {
            total += item.weight * item.mean
            weights += item.weight
        }
        return weights > 0 ? total / weights : nil
    }

    /// Scores a candidate from the tallies of their ratings and their recommendations.
    public static func score(profile: RoleProfile, tallies: [String: CompetencyTally], recommendations: RecommendationTally) -> CandidateScore {
        score(plan: Plan(profile), tallies: tallies, recommendations: recommendations)
    }

    /// What scoring needs from a profile, worked out once for scoring many candidates.
    public struct Plan: Sendable {
        let scale: RatingScale
        let competencies: [Competency]
        /// Whether each competency is in some round's focus.
        let focused: [Bool]

        public init(_ profile: RoleProfile) {
            let focus = Set(profile.interviewPlan.flatMap(\.focus))
            scale = profile.scale
            competencies = profile.competencies
            focused = profile.competencies.map { focus.contains($0.id) }
        }
    }

    /// ``score(profile:tallies:recommendations:)`` with the profile's plan worked out already.
    public static func score(plan: Plan, tallies: [String: CompetencyTally], recommendations: RecommendationTally) -> CandidateScore {
        let scale = plan.scale
        let assessed = plan.competencies.indices.filter { plan.focused[$0] || tallies[plan.competencies[$0].id] != nil }.map { plan.competencies[$0] }
        let competencies = assessed.map { competency in
            let tally = tallies[competency.id]
            return CompetencyScore(
                id: competency.id, kind: competency.kind, weight: competency.weight, mustHave: competency.mustHave,
                mean: tally?.mean, count: tally?.count ?? 0, lowest: tally?.min, highest: tally?.max)
        }
        func weighted(_ scores: [CompetencyScore]) -> ScoreValue? {
            weightedMean(scores.compactMap { score in score.mean.map { (weight: score.weight, mean: $0) } })
                .map { ScoreValue(value: $0, normalized: scale.normalized($0)) }
        }
        let dimensions = CompetencyKind.allCases.map { kind in
            let members = competencies.filter { $0.kind == kind }
            return DimensionScore(kind: kind, score: weighted(members), unrated: members.filter { $0.mean == nil }.map(\.id))
        }
        var failures: [MustHaveFailure] = []
        var pending = false
        for competency in competencies {
            guard let minimum = competency.mustHave else { continue }
            guard let mean = competency.mean else {
                pending = true
                continue
            }
            if mean < minimum { failures.append(MustHaveFailure(competencyId: competency.id, mean: mean, minimum: minimum)) }
        }
        var flags: [DebriefFlag] = []
        for competency in competencies {
            if let lowest = competency.lowest, let highest = competency.highest, highest - lowest >= spreadFlagThreshold {
                flags.append(DebriefFlag(
                    kind: .spread, competencyId: competency.id,
                    message: "\(competency.id) ratings span \(number(lowest))-\(number(highest))"))
            }
        }
        if recommendations.positive > 0 && recommendations.negative > 0 {
            flags.append(DebriefFlag(
                kind: .split, competencyId: nil,
                message: "panel split: \(recommendations.positive) yes, \(recommendations.negative) no"))
        }
        let skill = weighted(competencies.filter { $0.kind != .attitude })?.value
        let will = weighted(competencies.filter { $0.kind == .attitude })?.value
        let skillWill = skill.flatMap { skill in will.map { SkillWill(skill: skill, will: $0, midpoint: scale.midpoint) } }
        return CandidateScore(
            scale: scale, competencies: competencies, dimensions: dimensions, overall: weighted(competencies),
            incomplete: competencies.filter { $0.mean == nil }.map(\.id),
            mustHaves: !failures.isEmpty ? .failed : pending ? .pending : .met, mustHaveFailures: failures,
            flags: flags, skillWill: skillWill, ratings: competencies.reduce(0) { $0 + $1.count },
            recommendations: recommendations)
    }

    /// Places skill and will on the matrix: each is high at or above the midpoint.
    public static func coachingStyle(skill: Double, will: Double, midpoint: Double) -> CoachingStyle {
        switch (skill >= midpoint, will >= midpoint) {
        case (false, false): .direct
        case (false, true): .guide
        case (true, false): .excite
        case (true, true): .delegate
        }
    }

    /// A value cut (not rounded) to one decimal, without a trailing `.0`: 2.36 → "2.3", 3 → "3".
    public static func cutToOneDecimal(_ value: Double) -> String {
        number((value * 10).rounded(.down) / 10)
    }

    /// A whole number as such, otherwise rounded to one decimal: 3 -> "3", 2.25 -> "2.3".
    static func number(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        let tenths = Int((value * 10).rounded())
        if tenths % 10 == 0 { return String(tenths / 10) }
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}

/// Running count, sum, lowest and highest of one competency's ratings.
public struct CompetencyTally: Sendable, Hashable, Codable {
    public var count = 0
    public var sum = 0.0
    public var min = Double.infinity
    public var max = -Double.infinity

    public init() {}

    /// A tally from aggregates computed elsewhere (such as SQL).
    public init(count: Int, sum: Double, min: Double, max: Double) {
        self.count = count
        self.sum = sum
        self.min = min
        self.max = max
    }

    public mutating func add(_ value: Double) {
        count += 1
        sum += value
        min = Swift.min(min, value)
        max = Swift.max(max, value)
    }

    /// The mean, `nil` without ratings.
    public var mean: Double? { count > 0 ? sum / Double(count) : nil }
}
