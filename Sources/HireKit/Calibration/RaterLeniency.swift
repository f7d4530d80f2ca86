import Foundation

/// How much more generous or severe one rater is than the rest of the panel.
///
/// For every unit (a candidate's competency) a rater rated alongside at least one other
/// rater, the difference between their rating and the mean of the others' ratings of
/// that unit. A positive mean difference is leniency, a negative one severity.
public struct RaterLeniency: Sendable, Hashable, Codable {
    /// Which way a rater leans, if the evidence says so.
    public enum Verdict: String, Sendable, Hashable, Codable {
        /// The whole confidence interval lies above +threshold.
        case lenient
        /// The whole confidence interval lies below -threshold.
        case severe
        /// The interval reaches within the threshold: no clear lean.
        case inLine = "in-line"
        /// Fewer than two comparisons: no interval.
        case tooFewComparisons = "too-few-comparisons"
    }

    /// The rater's column in the matrix.
    public var rater: Int
    /// The number of units compared.
    public var comparisons: Int
    /// The mean of (own rating - mean of the others' ratings), in scale points.
    public var meanDifference: Double?
    /// The standard deviation of those differences.
    public var standardDeviation: Double?
    /// The lower end of the confidence interval of the mean difference.
    public var lower: Double?
    /// The upper end of the confidence interval of the mean difference.
    public var upper: Double?
    /// The verdict against the threshold.
    public var verdict: Verdict

    /// Leniency of every rater of `matrix`.
    ///
    /// - Parameters:
    ///   - confidence: the level of the t-based interval (default 95%).
    ///   - threshold: how many scale points the interval must lie beyond to flag (default 0.5).
    public static func assess(_ matrix: RatingsMatrix, confidence: Double = 0.95, threshold: Double = 0.5) -> [RaterLeniency] {
        var differences = [[Double]](repeating: [], count: matrix.raterCount)
        for row in matrix.rows {
            let present = row.indices.filter { row[$0] != nil }
            guard present.count >= 2 else { continue }
            let sum = present.reduce(0) { $0 + row[$1]! }
            for rater in present {
                let others = (sum - row[rater]!) / Double(present.count - 1)
                differences[rater].append(row[rater]! - others)
            }
        }
        return differences.enumerated().map { rater, values in
            summarize(rater: rater, differences: values, confidence: confidence, threshold: threshold)
        }
    }

    static func summarize(rater: Int, differences values: [Double], confidence: Double, threshold: Double) -> RaterLeniency {
        let n = values.count
        guard n >= 1 else {
            return RaterLeniency(rater: rater, comparisons: 0, verdict: .tooFewComparisons)
        }
        let mean = values.reduce(0, +) / Double(n)
        guard n >= 2 else {
            return RaterLeniency(rater: rater, comparisons: n, meanDifference: mean, verdict: .tooFewComparisons)
        }
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        let sd = variance.squareRoot()
        let half = StudentT.critical(confidence: confidence, degreesOfFreedom: Double(n - 1)) * sd / Double(n).squareRoot()
        let (lower, upper) = (mean - half, mean + half)
        let verdict: Verdict = lower > threshold ? .lenient : upper < -threshold ? .severe : .inLine
        return RaterLeniency(
            rater: rater, comparisons: n, meanDifference: mean, standardDeviation: sd, lower: lower, upper: upper, verdict: verdict)
    }
}
