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
        // Two passes over the differences, computed in place (there is one per rating): their
        // sums first, then the squared deviations from each rater's mean.
        func forEachDifference(_ body: (Int, Double) -> Void) {
            for unit in 0..<matrix.unitCount where matrix.ratingCount(ofUnit: unit) >= 2 {
                let entries = matrix.entries(ofUnit: unit)
                let sum = entries.reduce(0) { $0 + matrix.valueOf[$1] }
                for entry in entries {
                    let own = matrix.valueOf[entry]
                    body(Int(matrix.raterOf[entry]), own - (sum - own) / Double(entries.count - 1))
                }
            }
        }
        var counts = [Int](repeating: 0, count: matrix.raterCount)
        var sums = [Double](repeating: 0, count: matrix.raterCount)
        forEachDifference { rater, difference in
            counts[rater] += 1
            sums[rater] += difference
        }
        let means = matrix.raterCount == 0 ? [] : (0..<matrix.raterCount).map { sums[$0] / Double(max(counts[$0], 1)) }
        var squares = [Double](repeating: 0, count: matrix.raterCount)
        forEachDifference { rater, difference in squares[rater] += (difference - means[rater]) * (difference - means[rater]) }
        return (0..<matrix.raterCount).map { rater in
            summarize(rater: rater, comparisons: counts[rater], mean: means[rater], squaredDeviations: squares[rater], confidence: confidence, threshold: threshold)
        }
    }

    static func summarize(
        rater: Int, comparisons n: Int, mean: Double, squaredDeviations: Double, confidence: Double, threshold: Double
    ) -> RaterLeniency {
        guard n >= 1 else {
            return RaterLeniency(rater: rater, comparisons: 0, verdict: .tooFewComparisons)
        }
        guard n >= 2 else {
            return RaterLeniency(rater: rater, comparisons: n, meanDifference: mean, verdict: .tooFewComparisons)
        }
        let variance = squaredDeviations / Double(n - 1)
        let sd = variance.squareRoot()
        let half = StudentT.critical(confidence: confidence, degreesOfFreedom: Double(n - 1)) * sd / Double(n).squareRoot()
        let (lower, upper) = (mean - half, mean + half)
        let verdict: Verdict = lower > threshold ? .lenient : upper < -threshold ? .severe : .inLine
        return RaterLeniency(
            rater: rater, comparisons: n, meanDifference: mean, standardDeviation: sd, lower: lower, upper: upper, verdict: verdict)
    }
}
