/// Adverse-impact analysis of one selection step: does any group pass it at a clearly
/// lower rate than the group that passes most often?
///
/// For each group: the selection rate (selected / considered), the impact ratio against
/// the highest-rate group, the four-fifths rule (a ratio below 0.8 is evidence of adverse
/// impact, US Uniform Guidelines 1978), and Fisher's exact test of the group against the
/// highest-rate group, which is meaningful where groups are small. Groups with fewer than
/// `minimumGroupSize` people considered are reported as too small and not computed.
public enum AdverseImpact {
    /// How many people of a group were considered at a step and how many passed it.
    public struct Outcome: Sendable, Hashable, Codable {
        public var group: String
        public var considered: Int
        public var selected: Int

        public init(group: String, considered: Int, selected: Int) {
            self.group = group
            self.considered = considered
            self.selected = selected
        }
    }

    /// One group's result at a step. A too-small group's counts are for computing only: front ends
    /// show "fewer than ``fewerThan``" instead, and its JSON leaves `considered` and `selected` out.
    public struct GroupResult: Sendable, Hashable, Codable {
        public var group: String
        public var considered: Int
        public var selected: Int
        /// Fewer considered than the minimum group size: nothing below is computed.
        public var tooSmall: Bool
        /// For a too-small group, the minimum group size it falls short of (what to show instead of its counts).
        public var fewerThan: Int?
        /// selected / considered.
        public var selectionRate: Double?
        /// This group's rate divided by the highest group's rate.
        public var impactRatio: Double?
        /// Whether the impact ratio is below four fifths.
        public var belowFourFifths: Bool?
        /// Two-sided Fisher exact p-value against the highest-rate group (nil for that group).
        public var fisherPValue: Double?
        /// Whether this is the highest-rate group the others are compared with.
        public var isReference: Bool

        init(
            group: String, considered: Int, selected: Int, tooSmall: Bool, fewerThan: Int? = nil, selectionRate: Double? = nil,
            impactRatio: Double? = nil, belowFourFifths: Bool? = nil, fisherPValue: Double? = nil, isReference: Bool
        ) {
            self.group = group
            self.considered = considered
            self.selected = selected
            self.tooSmall = tooSmall
            self.fewerThan = fewerThan
            self.selectionRate = selectionRate
            self.impactRatio = impactRatio
            self.belowFourFifths = belowFourFifths
            self.fisherPValue = fisherPValue
            self.isReference = isReference
        }

        enum CodingKeys: String, CodingKey {
            case group, considered, selected, tooSmall, fewerThan, selectionRate, impactRatio, belowFourFifths, fisherPValue, isReference
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                group: try c.decode(String.self, forKey: .group), considered: try c.decodeIfPresent(Int.self, forKey: .considered) ?? 0,
                selected: try c.decodeIfPresent(Int.self, forKey: .selected) ?? 0, tooSmall: try c.decode(Bool.self, forKey: .tooSmall),
                fewerThan: try c.decodeIfPresent(Int.self, forKey: .fewerThan), selectionRate: try c.decodeIfPresent(Double.self, forKey: .selectionRate),
                impactRatio: try c.decodeIfPresent(Double.self, forKey: .impactRatio),
                belowFourFifths: try c.decodeIfPresent(Bool.self, forKey: .belowFourFifths),
                fisherPValue: try c.decodeIfPresent(Double.self, forKey: .fisherPValue), isReference: try c.decode(Bool.self, forKey: .isReference))
        }

        /// Encodes the result; a too-small group's exact counts are left out.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(group, forKey: .group)
            if !tooSmall {
                try c.encode(considered, forKey: .considered)
                try c.encode(selected, forKey: .selected)
            }
            try c.encode(tooSmall, forKey: .tooSmall)
            try c.encodeIfPresent(fewerThan, forKey: .fewerThan)
            try c.encodeIfPresent(selectionRate, forKey: .selectionRate)
            try c.encodeIfPresent(impactRatio, forKey: .impactRatio)
            try c.encodeIfPresent(belowFourFifths, forKey: .belowFourFifths)
            try c.encodeIfPresent(fisherPValue, forKey: .fisherPValue)
            try c.encode(isReference, forKey: .isReference)
        }
    }

    /// The thresholds of the analysis.
    public struct Rules: Sendable, Hashable, Codable {
        /// Groups with fewer people considered are "too small" (default 5).
        public var minimumGroupSize: Int
        /// The impact ratio below which a group is flagged (default 0.8).
        public var fourFifths: Double

        public init(minimumGroupSize: Int = 5, fourFifths: Double = 0.8) {
            self.minimumGroupSize = minimumGroupSize
            self.fourFifths = fourFifths
        }
    }

    /// Analyses one step, groups in the order given.
    public static func analyze(_ outcomes: [Outcome], rules: Rules = Rules()) -> [GroupResult] {
        let sized = outcomes.filter { $0.considered >= max(1, rules.minimumGroupSize) }
        let reference = sized.max { rate($0) < rate($1) || (rate($0) == rate($1) && $0.considered < $1.considered) }
        return outcomes.map { outcome in
            guard outcome.considered >= max(1, rules.minimumGroupSize), let reference else {
                return GroupResult(
                    group: outcome.group, considered: outcome.considered, selected: outcome.selected, tooSmall: true,
                    fewerThan: max(1, rules.minimumGroupSize), isReference: false)
            }
            let isReference = outcome.group == reference.group
            let groupRate = rate(outcome)
            let referenceRate = rate(reference)
            let ratio = referenceRate > 0 ? groupRate / referenceRate : nil
            let p = isReference
                ? nil
                : FisherExactTest.twoSidedPValue(
                    outcome.selected, outcome.considered - outcome.selected, reference.selected, reference.considered - reference.selected)
            return GroupResult(
                group: outcome.group, considered: outcome.considered, selected: outcome.selected, tooSmall: false, selectionRate: groupRate,
                impactRatio: ratio, belowFourFifths: ratio.map { $0 < rules.fourFifths }, fisherPValue: p, isReference: isReference)
        }
    }

    private static func rate(_ outcome: Outcome) -> Double { Double(outcome.selected) / Double(outcome.considered) }
}
