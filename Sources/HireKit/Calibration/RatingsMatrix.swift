/// Ratings laid out as units (what is rated: a candidate, or a candidate's competency)
/// by raters (who rated), with `nil` where a rater did not rate a unit.
///
/// The input of every agreement statistic in this folder; usable without a workspace.
/// Stored sparsely, unit by unit, with only the ratings present (in rater order), so a
/// panel of four among fifty interviewers costs four entries per unit, not fifty.
public struct RatingsMatrix: Sendable, Hashable, Codable {
    /// The number of raters (columns).
    public private(set) var raterCount: Int
    /// Where each unit's ratings start in `raterOf` and `valueOf`; one more entry than units.
    private(set) var starts: [Int] = [0]
    /// The rater of each stored rating, ascending within a unit.
    private(set) var raterOf: [Int32] = []
    /// The value of each stored rating.
    private(set) var valueOf: [Double] = []

    /// An empty matrix with `raterCount` raters, to be filled with ``appendUnit(_:)``.
    init(raterCount: Int) {
        self.raterCount = raterCount
    }

    /// A matrix from rows of equal length (units x raters); `nil` marks a missing rating.
    ///
    /// Rows shorter than the longest are padded with missing ratings.
    public init(rows: [[Double?]]) {
        self.init(raterCount: rows.map(\.count).max() ?? 0)
        for row in rows {
            appendUnit(row.indices.compactMap { rater in row[rater].map { (rater, $0) } })
        }
    }

    /// A matrix from one array per rater (raters x units), the layout of Krippendorff's papers.
    public init(raters columns: [[Double?]]) {
        let units = columns.map(\.count).max() ?? 0
        self.init(rows: (0..<units).map { unit in columns.map { unit < $0.count ? $0[unit] : nil } })
    }

    /// Adds a unit with its ratings, given in ascending rater order.
    mutating func appendUnit(_ ratings: some Sequence<(rater: Int, value: Double)>) {
        for (rater, value) in ratings {
            precondition(rater < raterCount && (starts.last! == raterOf.count || Int(raterOf.last!) < rater), "ratings in ascending rater order")
            raterOf.append(Int32(rater))
            valueOf.append(value)
        }
        starts.append(raterOf.count)
    }

    /// A matrix from its stored form: each unit's ratings in ascending rater order.
    init(raterCount: Int, starts: [Int], raterOf: [Int32], valueOf: [Double]) {
        self.raterCount = raterCount
        self.starts = starts
        self.raterOf = raterOf
        self.valueOf = valueOf
    }

    /// The number of units (rows).
    public var unitCount: Int { starts.count - 1 }

    /// One row per unit, one column per rater (a dense copy: for small matrices and tests).
    public var rows: [[Double?]] {
        (0..<unitCount).map { unit in
            var row = [Double?](repeating: nil, count: raterCount)
            for entry in entries(ofUnit: unit) { row[Int(raterOf[entry])] = valueOf[entry] }
            return row
        }
    }

    /// The positions of one unit's ratings in `raterOf` and `valueOf`.
    func entries(ofUnit unit: Int) -> Range<Int> { starts[unit]..<starts[unit + 1] }

    /// The number of ratings of one unit.
    func ratingCount(ofUnit unit: Int) -> Int { starts[unit + 1] - starts[unit] }

    /// The rating of `unit` by `rater`, if any.
    public subscript(unit: Int, rater: Int) -> Double? {
        entries(ofUnit: unit).first { Int(raterOf[$0]) == rater }.map { valueOf[$0] }
    }

    /// The ratings present in one unit, in rater order.
    public func values(ofUnit unit: Int) -> [Double] { Array(valueOf[entries(ofUnit: unit)]) }

    /// Units rated by at least two raters: the only ones that say anything about agreement.
    public var pairableUnitCount: Int { (0..<unitCount).count { ratingCount(ofUnit: $0) >= 2 } }

    /// Raters who rated at least one pairable unit.
    public var activeRaterCount: Int {
        var active = [Bool](repeating: false, count: raterCount)
        for unit in 0..<unitCount where ratingCount(ofUnit: unit) >= 2 {
            for entry in entries(ofUnit: unit) { active[Int(raterOf[entry])] = true }
        }
        return active.count { $0 }
    }

    /// Whether every unit is rated by every rater.
    public var isComplete: Bool { (0..<unitCount).allSatisfy { ratingCount(ofUnit: $0) == raterCount } }

    /// The matrix restricted to some units (in the given order).
    public func selecting(units: some Collection<Int>) -> RatingsMatrix {
        var selected = RatingsMatrix(raterCount: raterCount)
        selected.starts.reserveCapacity(units.count + 1)
        for unit in units {
            selected.raterOf.append(contentsOf: raterOf[entries(ofUnit: unit)])
            selected.valueOf.append(contentsOf: valueOf[entries(ofUnit: unit)])
            selected.starts.append(selected.raterOf.count)
        }
        return selected
    }

    /// Renumbers the raters in place: rater `order[n]` becomes rater `n`; each unit's ratings
    /// stay in rater order (an insertion sort per unit: a handful of raters each).
    mutating func renumberRaters(as order: [Int]) {
        var column = [Int32](repeating: 0, count: order.count)
        for (new, old) in order.enumerated() { column[old] = Int32(new) }
        for index in raterOf.indices { raterOf[index] = column[Int(raterOf[index])] }
        for unit in 0..<unitCount {
            var i = starts[unit] + 1
            while i < starts[unit + 1] {
                var j = i
                while j > starts[unit] && raterOf[j - 1] > raterOf[j] {
                    raterOf.swapAt(j - 1, j)
                    valueOf.swapAt(j - 1, j)
                    j -= 1
                }
                i += 1
            }
        }
    }

    /// The matrix restricted to some raters (in the given order).
    public func selecting(raters: [Int]) -> RatingsMatrix {
        var column = [Int?](repeating: nil, count: raterCount)
        for (new, old) in raters.enumerated() { column[old] = new }
        var selected = RatingsMatrix(raterCount: raters.count)
        for unit in 0..<unitCount {
            let kept = entries(ofUnit: unit).compactMap { entry in column[Int(raterOf[entry])].map { (rater: $0, value: valueOf[entry]) } }
            selected.appendUnit(kept.sorted { $0.rater < $1.rater })
        }
        return selected
    }
}
