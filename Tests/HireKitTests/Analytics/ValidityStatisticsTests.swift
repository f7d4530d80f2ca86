import Foundation
import Testing
@testable import HireKit

@Suite("Validity statistics: Pearson and Spearman with intervals match scipy; Thorndike Case II by hand")
struct ValidityStatisticsTests {
    struct Case: Decodable {
        var name: String
        var x: [Double]
        var y: [Double]
        var pearson: Double
        var pearsonLow: Double
        var pearsonHigh: Double
        var spearman: Double
        var spearmanLow: Double
        var spearmanHigh: Double
    }

    struct Reference: Decodable {
        var scipy: String
        var cases: [Case]
    }

    /// The cases of `Tests/Fixtures/validity/expected.json`, written by `reference.py` with scipy.
    static let reference: Reference = {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/validity/expected.json")
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }()

    func rounded(_ value: Double?) -> Double? { value.map { ($0 * 1000).rounded() / 1000 } }

    @Test("Pearson r and its Fisher z interval equal scipy's pearsonr(...).confidence_interval() to 3 decimals", arguments: reference.cases.map(\.name))
    func pearson(name: String) throws {
        let c = try #require(Self.reference.cases.first { $0.name == name })
        let estimate = try #require(Correlation.pearsonEstimate(c.x, c.y))
        #expect(rounded(estimate.value) == rounded(c.pearson))
        #expect(rounded(estimate.low) == rounded(c.pearsonLow))
        #expect(rounded(estimate.high) == rounded(c.pearsonHigh))
    }

    @Test("Spearman rho equals scipy's spearmanr (ties at mean ranks); its interval uses SE sqrt(1.06/(n-3))", arguments: reference.cases.map(\.name))
    func spearman(name: String) throws {
        let c = try #require(Self.reference.cases.first { $0.name == name })
        let estimate = try #require(Correlation.spearmanEstimate(c.x, c.y))
        #expect(rounded(estimate.value) == rounded(c.spearman))
        #expect(rounded(estimate.low) == rounded(c.spearmanLow))
        #expect(rounded(estimate.high) == rounded(c.spearmanHigh))
    }

    @Test("the reference file holds the five fixtures it was generated with")
    func referenceFile() {
        #expect(Self.reference.cases.count == 5)
        #expect(!Self.reference.scipy.isEmpty)
    }

    @Test("Case II by hand: r = 0.30 among hires, SD 0.80 among all interviewed, 0.50 among hires -> 0.449")
    func caseTwo() throws {
        // u = 0.80 / 0.50 = 1.6; R = 0.30 * 1.6 / sqrt(1 - 0.09 + 0.09 * 2.56) = 0.48 / sqrt(1.1404) = 0.48 / 1.06790 = 0.44948
        let corrected = try #require(Correlation.correctedForRangeRestriction(0.30, unrestrictedSD: 0.80, restrictedSD: 0.50))
        #expect(rounded(corrected) == 0.449)
        // No restriction (u = 1) changes nothing; a negative r stays negative; no spread among hires gives nothing.
        #expect(Correlation.correctedForRangeRestriction(0.3, unrestrictedSD: 0.5, restrictedSD: 0.5) == 0.3)
        #expect(rounded(Correlation.correctedForRangeRestriction(-0.30, unrestrictedSD: 0.80, restrictedSD: 0.50)) == -0.449)
        #expect(Correlation.correctedForRangeRestriction(0.3, unrestrictedSD: 0.8, restrictedSD: 0) == nil)
    }

    @Test("ranks share ties; constant variables and fewer than 3 pairs give no correlation; n = 3 has no interval")
    func edges() {
        #expect(Correlation.ranks([3, 1, 3, 2]) == [3.5, 1, 3.5, 2])
        #expect(Correlation.pearson([1, 1, 1], [1, 2, 3]) == nil)
        #expect(Correlation.pearson([1, 2], [1, 2]) == nil)
        let three = Correlation.pearsonEstimate([1, 2, 3], [1, 3, 2])
        #expect(three?.low == nil && three?.high == nil)
        #expect(rounded(Correlation.standardDeviation([1, 2, 3, 4])) == 1.291)
        #expect(Correlation.twoDecimals(-0.001) == "0.00" && Correlation.twoDecimals(-0.456) == "-0.46")
    }
}
