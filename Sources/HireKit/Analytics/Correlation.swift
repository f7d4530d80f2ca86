import Foundation

/// Correlation of paired observations, with 95% confidence intervals, and the correction of a
/// correlation for range restriction. Pure functions, checked against scipy in the tests.
public enum Correlation {
    /// The 97.5th percentile of the standard normal distribution (two-sided 95%).
    static let z975 = 1.959963984540054

    /// A correlation coefficient with its 95% confidence interval (`nil` bounds when n < 4).
    public struct Estimate: Sendable, Hashable, Codable {
        public var value: Double
        public var low: Double?
        public var high: Double?
    }

    /// Pearson's r, `nil` when fewer than 3 pairs or either variable is constant.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        precondition(x.count == y.count)
        let n = Double(x.count)
        guard x.count >= 3 else { return nil }
        let mx = x.reduce(0, +) / n
        let my = y.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for i in x.indices {
            let dx = x[i] - mx
            let dy = y[i] - my
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        return max(-1, min(1, sxy / (sxx * syy).squareRoot()))
    }

    /// Pearson's r with the Fisher z interval: tanh(atanh(r) ± 1.96 / sqrt(n − 3)), as
    /// scipy's `pearsonr(x, y).confidence_interval()`.
    public static func pearsonEstimate(_ x: [Double], _ y: [Double]) -> Estimate? {
        pearson(x, y).map { r in interval(r, n: x.count, variance: 1) }
    }

    /// Spearman's rho (Pearson's r of the ranks, ties given their mean rank, as scipy's
    /// `spearmanr`), with the Fisher z interval using the standard error sqrt(1.06 / (n − 3))
    /// of Fieller, Hartley and Pearson (1957), "Tests for rank correlation coefficients. I",
    /// Biometrika 44, 470–481.
    public static func spearmanEstimate(_ x: [Double], _ y: [Double]) -> Estimate? {
        pearson(ranks(x), ranks(y)).map { rho in interval(rho, n: x.count, variance: 1.06) }
    }

    /// The Fisher z interval of a coefficient: tanh(atanh(r) ± 1.96 · sqrt(variance / (n − 3))).
    static func interval(_ r: Double, n: Int, variance: Double) -> Estimate {
        guard n > 3 else { return Estimate(value: r, low: nil, high: nil) }
        let z = atanh(r)
        let se = (variance / Double(n - 3)).squareRoot()
        return Estimate(value: r, low: tanh(z - z975 * se), high: tanh(z + z975 * se))
    }

    /// Ranks from 1, ties sharing the mean of the ranks they span.
    public static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var result = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end) / 2 + 1
            for k in start...end { result[order[k]] = rank }
            start = end + 1
        }
        return result
    }

    /// A coefficient to two decimals, without a minus sign on zero ("-0.00" reads as a finding).
    public static func twoDecimals(_ value: Double) -> String {
        let text = String(format: "%.2f", value)
        return text == "-0.00" ? "0.00" : text
    }

    /// The sample standard deviation (n − 1), `nil` below two values.
    public static func standardDeviation(_ values: [Double]) -> Double? {
        guard values.count >= 2 else { return nil }
        let mean = values.reduce(0, +) / Double(values.count)
        return (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)).squareRoot()
    }

    /// A correlation observed among hires, corrected for direct range restriction on the
    /// predictor: Thorndike's Case II,
    ///
    ///     R = r·u / sqrt(1 − r² + r²·u²),   u = S / s,
    ///
    /// where r is the correlation among hires, S the predictor's standard deviation among everyone
    /// interviewed (the unrestricted group) and s its standard deviation among hires (the
    /// restricted group). Reference: R. L. Thorndike (1949), *Personnel Selection: Test and
    /// Measurement Techniques*, Wiley, pp. 173–174 (after K. Pearson, 1903); see also J. E. Hunter,
    /// F. L. Schmidt and H. Le (2006), "Implications of direct and indirect range restriction for
    /// meta-analysis methods and findings", *Journal of Applied Psychology* 91(3), 594–612, eq. 1.
    /// `nil` when s is zero.
    public static func correctedForRangeRestriction(_ r: Double, unrestrictedSD: Double, restrictedSD: Double) -> Double? {
        guard restrictedSD > 0, unrestrictedSD >= 0 else { return nil }
        let u = unrestrictedSD / restrictedSD
        return r * u / (1 - r * r + r * r * u * u).squareRoot()
    }
}
