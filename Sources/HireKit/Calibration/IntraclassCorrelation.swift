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
        let k = matrix.raterCount
        guard k >= 2 else { return .failure(.tooFewRaters(k)) }
        let complete = matrix.rows.compactMap { row -> [Double]? in
            row.allSatisfy { $0 != nil } ? row.map { $0! } : nil
        }
        let n = complete.count
        guard n >= 2 else { return .failure(.tooFewCompleteUnits(complete: n, total: matrix.unitCount)) }
        let nd = Double(n)
        let kd = Double(k)
        let grand = complete.joined().reduce(0, +) / (nd * kd)
        let rowMeans = complete.map { $0.reduce(0, +) / kd }
        let columnMeans = (0..<k).map { j in complete.reduce(0) { $0 + $1[j] } / nd }
        let total = complete.joined().reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let betweenUnits = kd * rowMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
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
                unitsDropped: matrix.unitCount - n))
    }
}
