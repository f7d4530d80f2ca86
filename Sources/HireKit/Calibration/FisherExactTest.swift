import Foundation

/// Fisher's exact test for a 2x2 table: is the proportion in one row different from the
/// other, without the large-sample approximations of a chi-square test.
public enum FisherExactTest {
    /// The two-sided p-value of the table
    ///
    ///     a  b
    ///     c  d
    ///
    /// The sum of the hypergeometric probabilities of every table with the same margins
    /// that is no more likely than the observed one (the convention of R and SciPy).
    /// Counts must be non-negative.
    public static func twoSidedPValue(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Double {
        precondition(a >= 0 && b >= 0 && c >= 0 && d >= 0, "counts must be non-negative")
        let row1 = a + b
        let row2 = c + d
        let column1 = a + c
        let n = row1 + row2
        if n == 0 { return 1 }
        let low = max(0, column1 - row2)
        let high = min(row1, column1)
        let observed = logProbability(a, row1: row1, row2: row2, column1: column1)
        let tolerance = 1e-7
        var p = 0.0
        for x in low...high {
            let logP = logProbability(x, row1: row1, row2: row2, column1: column1)
            if logP <= observed + tolerance { p += exp(logP) }
        }
        return min(1, p)
    }

    /// log P(top-left cell = x) under the hypergeometric distribution with these margins.
    static func logProbability(_ x: Int, row1: Int, row2: Int, column1: Int) -> Double {
        logChoose(row1, x) + logChoose(row2, column1 - x) - logChoose(row1 + row2, column1)
    }

    static func logChoose(_ n: Int, _ k: Int) -> Double {
        logFactorial(n) - logFactorial(k) - logFactorial(n - k)
    }

    static func logFactorial(_ n: Int) -> Double { lgamma(Double(n) + 1) }
}
