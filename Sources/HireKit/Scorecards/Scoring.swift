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
        score(plan: plan, recommendations: recommendations) { tallies[plan.competencies[$0].id] }
    }

    /// The score with the tally of the plan's competency at each index looked up by `tally`:
    /// the slate folds a candidate's ratings into a few tallies and needs no dictionary for them.
    ///
    /// One pass over the plan's competencies, adding each weighted mean to the sums it belongs
    /// to (overall, its dimension, skill or will) in the plan's order, so every sum is the one a
    /// separate weighted mean of those competencies gives, to the last bit.
    static func score(plan: Plan, recommendations: RecommendationTally, tally: (Int) -> CompetencyTally?) -> CandidateScore {
        let scale = plan.scale
        struct Sum {
            var total = 0.0, weights = 0.0
            mutating func add(weight: Double, mean: Double) {
                total += weight * mean
                weights += weight
            }
            func value(_ scale: RatingScale) -> ScoreValue? {
                weights > 0 ? ScoreValue(value: total / weights, normalized: scale.normalized(total / weights)) : nil
            }
        }
        let kinds = CompetencyKind.allCases
        var (overall, skill, will) = (Sum(), Sum(), Sum())
        var byKind = [Sum](repeating: Sum(), count: kinds.count)
        var unratedByKind = [[String]](repeating: [], count: kinds.count)
        var competencies: [CompetencyScore] = []
        competencies.reserveCapacity(plan.competencies.count)
        var incomplete: [String] = []
        var failures: [MustHaveFailure] = []
        var flags: [DebriefFlag] = []
        var (pending, ratings) = (false, 0)
        for index in plan.competencies.indices {
            let competency = plan.competencies[index]
            let found = tally(index)
            guard plan.focused[index] || found != nil else { continue }
            let score = CompetencyScore(
                id: competency.id, kind: competency.kind, weight: competency.weight, mustHave: competency.mustHave,
                mean: found?.mean, count: found?.count ?? 0, lowest: found?.min, highest: found?.max)
            competencies.append(score)
            ratings += score.count
            let kind = kinds.firstIndex(of: score.kind)!
            if let mean = score.mean {
                overall.add(weight: score.weight, mean: mean)
                byKind[kind].add(weight: score.weight, mean: mean)
                if score.kind == .attitude { will.add(weight: score.weight, mean: mean) } else { skill.add(weight: score.weight, mean: mean) }
            } else {
                unratedByKind[kind].append(score.id)
                incomplete.append(score.id)
            }
            if let minimum = score.mustHave {
                if let mean = score.mean {
                    if mean < minimum { failures.append(MustHaveFailure(competencyId: score.id, mean: mean, minimum: minimum)) }
                } else {
                    pending = true
                }
            }
            if let lowest = score.lowest, let highest = score.highest, highest - lowest >= spreadFlagThreshold {
                flags.append(DebriefFlag(
                    kind: .spread, competencyId: score.id,
                    message: "\(score.id) ratings span \(number(lowest))-\(number(highest))"))
            }
        }
        if recommendations.positive > 0 && recommendations.negative > 0 {
            flags.append(DebriefFlag(
                kind: .split, competencyId: nil,
                message: "panel split: \(recommendations.positive) yes, \(recommendations.negative) no"))
        }
        let dimensions = kinds.indices.map { DimensionScore(kind: kinds[$0], score: byKind[$0].value(scale), unrated: unratedByKind[$0]) }
        let skillWill = skill.value(scale).flatMap { skill in
            will.value(scale).map { SkillWill(skill: skill.value, will: $0.value, midpoint: scale.midpoint) }
        }
        return CandidateScore(
            scale: scale, competencies: competencies, dimensions: dimensions, overall: overall.value(scale),
            incomplete: incomplete,
            mustHaves: !failures.isEmpty ? .failed : pending ? .pending : .met, mustHaveFailures: failures,
            flags: flags, skillWill: skillWill, ratings: ratings,
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
