import Foundation
import Testing
@testable import HireKit

@Suite("Rater leniency, halo, Student t and Fisher's exact test")
struct RaterTests {
    @Test("Student t critical values match scipy.stats.t.ppf(0.975, df)",
          arguments: [(1.0, 12.706205), (2, 4.302653), (3, 3.182446), (5, 2.570582), (10, 2.228139), (29, 2.045230), (100, 1.983972)])
    func studentT(df: Double, expected: Double) {
        #expect(abs(StudentT.critical(degreesOfFreedom: df) - expected) < 1e-5)
    }

    @Test("Student t distribution function matches scipy.stats.t.cdf(-1.5, 7)")
    func studentTCDF() {
        #expect(close(StudentT.cdf(-1.5, degreesOfFreedom: 7), 0.088649, places: 6))
        #expect(StudentT.cdf(0, degreesOfFreedom: 3) == 0.5)
    }

    @Test("Fisher's exact two-sided p-values match scipy.stats.fisher_exact",
          arguments: [
            ([3, 1, 1, 3], 0.485714), ([8, 2, 1, 5], 0.034965), ([1, 9, 11, 3], 0.002759), ([10, 0, 0, 10], 0.000011),
            ([0, 5, 5, 0], 0.007937), ([2, 7, 8, 2], 0.023014), ([12, 5, 20, 3], 0.249916), ([4, 16, 9, 11], 0.175996),
            ([0, 0, 3, 4], 1.0), ([45, 55, 60, 40], 0.047165),
          ])
    func fisher(table: [Int], expected: Double) {
        let p = FisherExactTest.twoSidedPValue(table[0], table[1], table[2], table[3])
        #expect(close(p, expected, places: 6), "\(table): \(p)")
    }

    @Test("leniency on the reference panel matches the reference script's differences and t intervals")
    func leniencyReference() {
        let results = RaterLeniency.assess(ReferenceMatrices.panel)
        let expected: [(Int, Double, Double, Double)] = [
            (7, -0.167, -0.629, 0.296), (7, 0.024, -0.467, 0.515), (7, -0.238, -0.897, 0.421), (7, 0.190, -0.736, 1.117),
            (4, 0.333, -1.452, 2.119),
        ]
        for (result, (n, mean, lower, upper)) in zip(results, expected) {
            #expect(result.comparisons == n)
            #expect(close(result.meanDifference, mean))
            #expect(close(result.lower, lower))
            #expect(close(result.upper, upper))
            #expect(result.verdict == .inLine)
        }
    }

    @Test("a rater one point above an otherwise consistent panel is lenient; one below is severe")
    func leniencyConstructed() {
        // Eight candidates; raters 0 and 1 agree, rater 2 gives one more, rater 3 one less (give or take).
        let truth: [Double] = [1, 2, 3, 2, 1, 2, 3, 2]
        let rows: [[Double?]] = truth.indices.map { i in
            [truth[i], truth[i], truth[i] + (i == 3 ? 0 : 1), truth[i] - (i == 5 ? 0 : 1)]
        }
        let results = RaterLeniency.assess(RatingsMatrix(rows: rows))
        #expect(results[2].verdict == .lenient)
        #expect(results[3].verdict == .severe)
        #expect(results[0].verdict == .inLine)
        #expect(results[1].verdict == .inLine)
        #expect(results[2].lower! > 0.5)
        #expect(results[3].upper! < -0.5)
        // Identical ratings throughout: no spread, the interval collapses onto zero.
        let same = RaterLeniency.assess(RatingsMatrix(rows: [[2, 2], [3, 3], [1, 1]]))
        #expect(same.allSatisfy { $0.meanDifference == 0 && $0.verdict == .inLine })
        // A single comparison gives no interval.
        let one = RaterLeniency.assess(RatingsMatrix(rows: [[2, 4], [3, nil]]))
        #expect(one[0].verdict == .tooFewComparisons && one[0].comparisons == 1 && one[0].meanDifference == -2)
        #expect(one[0].lower == nil)
    }

    @Test("halo: a rater who gives the same number across the board on most scorecards is flagged")
    func halo() {
        let flat = HaloAssessment.assess(scorecards: [[3, 3, 3], [2, 2, 2, 2], [4, 4, 4], [3, 2, 4]])
        #expect(flat.scorecards == 4 && flat.flat == 3 && flat.flagged)
        #expect(close(flat.share, 0.75))
        let varied = HaloAssessment.assess(scorecards: [[3, 1, 4], [2, 3, 2], [4, 4, 4], [1, 2, 3]])
        #expect(varied.flat == 1 && !varied.flagged)
        // One odd rating out among eight is not flat (sd 0.33 > 0.25).
        #expect(!HaloAssessment.assess(scorecards: Array(repeating: [3, 3, 3, 3, 3, 3, 3, 4], count: 3)).flagged)
        // Too few ratings per scorecard, or too few scorecards, are not judged.
        let short = HaloAssessment.assess(scorecards: [[3, 3], [2, 2], [4, 4]])
        #expect(short.scorecards == 0 && short.share == nil && !short.flagged)
        let few = HaloAssessment.assess(scorecards: [[3, 3, 3], [2, 2, 2]])
        #expect(few.share == 1 && !few.flagged)
    }
}
