/// Ratings laid out as units (what is rated: a candidate, or a candidate's competency)
/// by raters (who rated), with `nil` where a rater did not rate a unit.
///
/// The input of every agreement statistic in this folder; usable without a workspace.
public struct RatingsMatrix: Sendable, Hashable, Codable {
    /// One row per unit, one column per rater.
    public private(set) var rows: [[Double?]]
    /// The number of raters (columns).
    public let raterCount: Int

    /// A matrix from rows of equal length (units x raters); `nil` marks a missing rating.
    ///
    /// Rows shorter than the longest are padded with missing ratings.
    public init(rows: [[Double?]]) {
        let width = rows.map(\.count).max() ?? 0
        self.raterCount = width
        self.rows = rows.map { $0 + Array(repeating: nil, count: width - $0.count) }
    }

    /// A matrix from one array per rater (raters x units), the layout of Krippendorff's papers.
    public init(raters columns: [[Double?]]) {
        let units = columns.map(\.count).max() ?? 0
        let rows = (0..<units).map { unit in columns.map { unit < $0.count ? $0[unit] : nil } }
        self.init(rows: rows)
    }

    /// The number of units (rows).
    public var unitCount: Int { rows.count }

    /// The rating of `unit` by `rater`, if any.
    public subscript(unit: Int, rater: Int) -> Double? { rows[unit][rater] }

    /// The ratings present in one unit, in rater order.
    public func values(ofUnit unit: Int) -> [Double] { rows[unit].compactMap { $0 } }

    /// Units rated by at least two raters: the only ones that say anything about agreement.
    public var pairableUnitCount: Int { rows.count { $0.count { $0 != nil } >= 2 } }

    /// Raters who rated at least one pairable unit.
    public var activeRaterCount: Int {
        (0..<raterCount).count { rater in rows.contains { $0[rater] != nil && $0.count { $0 != nil } >= 2 } }
    }

    /// Whether every unit is rated by every rater.
    public var isComplete: Bool { rows.allSatisfy { $0.allSatisfy { $0 != nil } } }

    /// The matrix restricted to some units (in the given order).
    public func selecting(units: [Int]) -> RatingsMatrix { RatingsMatrix(rows: units.map { rows[$0] }) }

    /// The matrix restricted to some raters (in the given order).
    public func selecting(raters: [Int]) -> RatingsMatrix { RatingsMatrix(rows: rows.map { row in raters.map { row[$0] } }) }

    /// The largest complete block: a set of at least `minimumRaters` raters and the units
    /// every one of them rated, chosen to cover the most units (then the most raters).
    ///
    /// Panels differ from candidate to candidate, so intraclass correlations, which need
    /// every unit rated by the same raters, are computed on this block. Candidate rater
    /// sets are those observed on units and their pairwise intersections.
    public func largestCompleteBlock(minimumRaters: Int = 2) -> (units: [Int], raters: [Int])? {
        let sets = rows.map { row in Set(row.indices.filter { row[$0] != nil }) }
        var candidates = Set(sets.filter { $0.count >= minimumRaters })
        let distinct = Array(candidates)
        if distinct.count <= 300 {
            for i in distinct.indices {
                for j in distinct.indices where j > i {
                    let common = distinct[i].intersection(distinct[j])
                    if common.count >= minimumRaters { candidates.insert(common) }
                }
            }
        }
        var best: (units: [Int], raters: [Int])?
        for panel in candidates {
            let units = sets.indices.filter { panel.isSubset(of: sets[$0]) }
            let better: Bool
            if let current = best {
                better = units.count > current.units.count
                    || (units.count == current.units.count && panel.count > current.raters.count)
                    || (units.count == current.units.count && panel.count == current.raters.count && panel.sorted().lexicographicallyPrecedes(current.raters))
            } else {
                better = true
            }
            if better { best = (units, panel.sorted()) }
        }
        return best
    }
}
