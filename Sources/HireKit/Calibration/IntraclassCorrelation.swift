/// Intraclass correlations for a complete design: every unit rated by the same raters.
///
/// Two-way random effects, absolute agreement (Shrout & Fleiss 1979, cases 2 and
/// McGraw & Wong 1996 "ICC(A,1)"/"ICC(A,k)"): raters are a sample of possible raters,
/// and a rater who is systematically higher than the others counts as disagreement.
public enum IntraclassCorrelation {
    /// ICC(2,1) and ICC(2,k) with the data they rest on.
    public struct Result: Sendable, Hashable, Codable {
        /// The reliability of a single rater's rating: ICC(2,1).
        public var single: Double
        /// The reliability of the mean of the `raters` ratings: ICC(2,k).
        public var average: Double
        /// Units used (those rated by every rater).
        public var units: Int
        /// Raters (k).
        public var raters: Int
        /// Units left out because a rater's rating was missing.
        public var unitsDropped: Int
    }

    /// Why an ICC could not be computed.
    public enum Unavailable: Error, Sendable, Hashable, Codable, CustomStringConvertible {
        /// Fewer than two raters.
        case tooFewRaters(Int)
        /// Fewer than two units with every rater present.
        case tooFewCompleteUnits(complete: Int, total: Int)
        /// Ratings that do not vary at all, so the ratio is 0/0.
        case noVariance

        public var description: String {
            switch self {
            case .tooFewRaters(let n): "needs at least two raters, has \(n)"
            case .tooFewCompleteUnits(let complete, let total):
                "needs at least two units rated by every rater, has \(complete) of \(total)"
            case .noVariance: "the ratings do not vary"
            }
        }
    }

    /// ICC(2,1) and ICC(2,k) over the units rated by every rater of `matrix`.
    ///
    /// Units with a missing rating are dropped (and counted); the design must keep at
    /// least two units and two raters.
    public static func compute(_ matrix: RatingsMatrix) -> Swift.Result<Result, Unavailable> {
        compute(matrix, units: 0..<matrix.unitCount, raters: Array(0..<matrix.raterCount))
    }

    /// The ICCs of the block of `matrix` made of `units` and `raters` (ascending), read in
    /// place: the block of "overall" can hold most of a workspace's ratings.
    static func compute(_ matrix: RatingsMatrix, units: some Collection<Int>, raters: [Int]) -> Swift.Result<Result, Unavailable> {
        let k = raters.count
        guard k >= 2 else { return .failure(.tooFewRaters(k)) }
        var column = [Int?](repeating: nil, count: matrix.raterCount)
        for (position, rater) in raters.enumerated() { column[rater] = position }
        var row = [Double](repeating: 0, count: k)
        /// Calls `body` with each unit rated by every one of `raters`, its ratings in their order.
        func forEachComplete(_ body: ([Double]) -> Void) {
            for unit in units {
                var found = 0
                for entry in matrix.entries(ofUnit: unit) {
                    if let position = column[Int(matrix.raterOf[entry])] {
                        row[position] = matrix.valueOf[entry]
                        found += 1
                    }
                }
                if found == k { body(row) }
            }
        }
        // Sums in row-major order, as a dense matrix of the complete units would give them.
        var n = 0
        var sum = 0.0
        var columnSums = [Double](repeating: 0, count: k)
        forEachComplete { values in
            n += 1
            for j in 0..<k {
                sum += values[j]
                columnSums[j] += values[j]
            }
        }
        guard n >= 2 else { return .failure(.tooFewCompleteUnits(complete: n, total: units.count)) }
        let nd = Double(n)
        let kd = Double(k)
        let grand = sum / (nd * kd)
        let columnMeans = columnSums.map { $0 / nd }
        var total = 0.0
        var betweenUnits = 0.0
        forEachComplete { values in
            var rowSum = 0.0
            for value in values {
                total += (value - grand) * (value - grand)
                rowSum += value
            }
            let mean = rowSum / kd
            betweenUnits += (mean - grand) * (mean - grand)
        }
        betweenUnits *= kd
        let betweenRaters = nd * columnMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let residual = max(0, total - betweenUnits - betweenRaters)
        let msr = betweenUnits / (nd - 1)
        let msc = betweenRaters / (kd - 1)
        let mse = residual / ((nd - 1) * (kd - 1))
        let singleDenominator = msr + (kd - 1) * mse + kd * (msc - mse) / nd
        let averageDenominator = msr + (msc - mse) / nd
        guard total > 0, singleDenominator != 0, averageDenominator != 0 else { return .failure(.noVariance) }
        return .success(
            Result(
                single: (msr - mse) / singleDenominator, average: (msr - mse) / averageDenominator, units: n, raters: k,
                unitsDropped: units.count - n))
    }
}
