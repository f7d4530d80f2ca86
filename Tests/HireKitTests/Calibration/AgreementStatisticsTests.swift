import Testing
@testable import HireKit

@Suite("Agreement statistics against published examples and the krippendorff/pingouin reference")
struct AgreementStatisticsTests {
    @Test("Krippendorff's 2011 worked example: nominal .743, ordinal .815, interval .849")
    func krippendorffWorkedExample() {
        let m = ReferenceMatrices.k2011
        #expect(m.unitCount == 12 && m.raterCount == 4)
        #expect(close(KrippendorffAlpha.compute(m, metric: .nominal).alpha, 0.743))
        #expect(close(KrippendorffAlpha.compute(m, metric: .ordinal).alpha, 0.815))
        #expect(close(KrippendorffAlpha.compute(m, metric: .interval).alpha, 0.849))
        let result = KrippendorffAlpha.compute(m, metric: .interval)
        // Unit 12 has a single value, so it is not pairable: 11 units, 40 values (n = 40 in the paper).
        #expect(result.pairableUnits == 11)
        #expect(result.pairableValues == 40)
    }

    @Test("alpha on a sparse hiring panel, poor and good agreement, matches the krippendorff package",
          arguments: [
            ("panel", ReferenceMatrices.panel, [0.081, 0.625, 0.611]),
            ("poor", ReferenceMatrices.poor, [-0.155, -0.320, -0.321]),
            ("good", ReferenceMatrices.good, [0.570, 0.872, 0.853]),
          ])
    func alphaReference(name: String, matrix: RatingsMatrix, expected: [Double]) {
        for (metric, value) in zip([KrippendorffAlpha.Metric.nominal, .ordinal, .interval], expected) {
            let alpha = KrippendorffAlpha.compute(matrix, metric: metric).alpha
            #expect(close(alpha, value), "\(name) \(metric): \(alpha ?? .nan) != \(value)")
        }
    }

    @Test("alpha is undefined without pairable values or without variation, and says why")
    func alphaUndefined() {
        let single = KrippendorffAlpha.compute(RatingsMatrix(rows: [[1, nil], [nil, 3]]), metric: .interval)
        #expect(single.alpha == nil)
        #expect(single.reason == "no unit has two ratings")
        let constant = KrippendorffAlpha.compute(RatingsMatrix(rows: [[2, 2], [2, 2, 2]]), metric: .ordinal)
        #expect(constant.alpha == nil)
        #expect(constant.reason == "every rating is the same value")
        #expect(KrippendorffAlpha.compute(RatingsMatrix(rows: [[1, 1], [4, 4], [2, 2]]), metric: .interval).alpha == 1)
    }

    @Test("Shrout & Fleiss 1979: ICC(2,1) = .29 and ICC(2,4) = .62")
    func shroutFleiss() throws {
        let icc = try IntraclassCorrelation.compute(ReferenceMatrices.shroutFleiss).get()
        #expect(close(icc.single, 0.290))
        #expect(close(icc.average, 0.620))
        #expect(icc.units == 6 && icc.raters == 4 && icc.unitsDropped == 0)
    }

    @Test("ICC(2,1) and ICC(2,k) match pingouin's ICC(A,1) and ICC(A,k)")
    func iccReference() throws {
        let poor = try IntraclassCorrelation.compute(ReferenceMatrices.poor).get()
        #expect(close(poor.single, -0.448))
        #expect(close(poor.average, -12.811))
        let good = try IntraclassCorrelation.compute(ReferenceMatrices.good).get()
        #expect(close(good.single, 0.863))
        #expect(close(good.average, 0.950))
    }

    @Test("ICC uses only units every rater rated and refuses designs without two of them")
    func iccCompleteDesign() throws {
        var rows = ReferenceMatrices.shroutFleiss.rows
        rows.append([5, nil, 4, 4])
        let icc = try IntraclassCorrelation.compute(RatingsMatrix(rows: rows)).get()
        #expect(close(icc.single, 0.290))
        #expect(icc.unitsDropped == 1)
        let sparse = IntraclassCorrelation.compute(ReferenceMatrices.panel)
        #expect(sparse == .failure(.tooFewCompleteUnits(complete: 0, total: 10)))
        #expect(IntraclassCorrelation.compute(RatingsMatrix(rows: [[1], [2]])) == .failure(.tooFewRaters(1)))
        #expect(IntraclassCorrelation.compute(RatingsMatrix(rows: [[3, 3], [3, 3]])) == .failure(.noVariance))
    }

    @Test("the largest complete block of a sparse panel covers the most candidates")
    func completeBlock() throws {
        let block = try #require(ReferenceMatrices.panel.largestCompleteBlock())
        // Interviewers 0 and 3 both rated candidates 0, 1, 3, 6, 7 and 9; no other pair or trio shares six.
        #expect(block.raters == [0, 3])
        #expect(block.units == [0, 1, 3, 6, 7, 9])
        let matrix = ReferenceMatrices.panel.selecting(units: block.units).selecting(raters: block.raters)
        #expect(matrix.isComplete)
    }

    @Test("plain-language readings: Krippendorff's .667/.800 bands and Koo & Li's ICC bands")
    func readings() {
        #expect(AgreementReading.alpha(0.849) == .reliable)
        #expect(AgreementReading.alpha(0.8) == .reliable)
        #expect(AgreementReading.alpha(0.7) == .tentative)
        #expect(AgreementReading.alpha(0.667).text == "tentative conclusions only")
        #expect(AgreementReading.alpha(0.611).text == "too unreliable to decide on")
        #expect(AgreementReading.icc(0.29) == .poor)
        #expect(AgreementReading.icc(0.62) == .moderate)
        #expect(AgreementReading.icc(0.863) == .good)
        #expect(AgreementReading.icc(0.95) == .excellent)
    }
}
