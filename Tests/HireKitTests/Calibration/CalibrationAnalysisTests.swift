import Testing
@testable import HireKit

@Suite("Calibration report from scorecards")
struct CalibrationAnalysisTests {
    typealias Card = CalibrationInput.Scorecard

    /// Six candidates seen by the same three interviewers on three competencies.
    /// Ann rates close to the truth, Ben one point higher, Cat the same number across the board.
    static func panel(candidates: Int = 6) -> CalibrationInput {
        let truth: [[Double]] = [[1, 2, 2], [2, 3, 2], [3, 3, 4], [2, 1, 2], [4, 3, 3], [1, 1, 2]]
        var cards: [Card] = []
        for c in 0..<candidates {
            let t = truth[c]
            cards.append(Card(candidateId: Int64(c + 1), raterId: 1, ratings: ["a": t[0], "b": t[1], "c": t[2]], recommendsHire: t[0] >= 3))
            cards.append(Card(candidateId: Int64(c + 1), raterId: 2, ratings: ["a": min(4, t[0] + 1), "b": min(4, t[1] + 1), "c": min(4, t[2] + 1)], recommendsHire: true))
            let flat = t[0]
            cards.append(Card(candidateId: Int64(c + 1), raterId: 3, ratings: ["a": flat, "b": flat, "c": flat], recommendsHire: nil))
        }
        return CalibrationInput(
            scorecards: cards, raterNames: [1: "Ann", 2: "Ben", 3: "Cat"], decisions: [1: false, 3: true, 5: true, 6: false],
            competencies: ["a", "b", "c"])
    }

    @Test("agreement per competency and overall equals the statistics on the corresponding matrices")
    func agreement() throws {
        let report = CalibrationAnalysis.report(Self.panel())
        #expect(report.competencies.map(\.scope) == ["a", "b", "c"])
        let a = report.competencies[0]
        #expect(a.candidates == 6 && a.raters == 3 && !a.tooLittleData)
        let truth: [Double] = [1, 2, 3, 2, 4, 1]
        let matrixA = RatingsMatrix(rows: truth.map { [$0, min(4, $0 + 1), $0] })
        #expect(a.alphaInterval == KrippendorffAlpha.compute(matrixA, metric: .interval).alpha)
        #expect(a.alphaOrdinal == KrippendorffAlpha.compute(matrixA, metric: .ordinal).alpha)
        let icc = try IntraclassCorrelation.compute(matrixA).get()
        #expect(a.iccSingle == icc.single && a.iccAverage == icc.average)
        #expect(a.iccCandidates == 6 && a.iccRaters == 3)
        #expect(a.alphaReading == AgreementReading.alpha(a.alphaInterval!))
        #expect(report.overall.scope == "overall" && report.overall.candidates == 6 && report.overall.iccCandidates == 18)
    }

    @Test("fewer than five candidates with two or more interviewers is too little data, with no figures")
    func tooLittleData() {
        let report = CalibrationAnalysis.report(Self.panel(candidates: 4))
        #expect(report.overall.tooLittleData)
        #expect(report.overall.candidates == 4)
        #expect(report.overall.alphaInterval == nil && report.overall.iccSingle == nil)
        #expect(report.competencies.allSatisfy { $0.tooLittleData && $0.alphaOrdinal == nil })
        // A candidate seen by one interviewer only does not count.
        var input = Self.panel(candidates: 4)
        input.scorecards.append(Card(candidateId: 9, raterId: 1, ratings: ["a": 2], recommendsHire: nil))
        #expect(CalibrationAnalysis.report(input).overall.candidates == 4)
    }

    @Test("the lenient interviewer, the halo and agreement with decisions are found")
    func raters() throws {
        let report = CalibrationAnalysis.report(Self.panel())
        #expect(report.raters.map(\.name) == ["Ann", "Ben", "Cat"])
        let ann = report.raters[0], ben = report.raters[1], cat = report.raters[2]
        #expect(ben.leniency.verdict == .lenient)
        #expect(ben.leniency.comparisons == 18)
        #expect(ann.leniency.verdict != .lenient)
        #expect(cat.halo.flagged && cat.halo.flat == 6)
        #expect(!ann.halo.flagged && !ben.halo.flagged)
        // Ann recommends hire when discovery >= 3: candidates 3 and 5 (hired) yes, 1 and 6 (rejected) no: 4 of 4.
        #expect(ann.decided == 4 && ann.agreedWithDecision == 4 && ann.decisionAgreement == 1)
        // Ben always says yes: right on the two hires only.
        #expect(ben.decided == 4 && ben.agreedWithDecision == 2)
        // Cat made no recommendation.
        #expect(cat.decided == 0 && cat.decisionAgreement == nil)
    }

    @Test("without a shared panel the ICC says why; two rounds by one interviewer count once")
    func incompleteDesign() {
        var cards: [Card] = []
        // Eight candidates, each seen by a different pair of interviewers out of eight.
        for c in 0..<8 {
            cards.append(Card(candidateId: Int64(c), raterId: Int64(c), ratings: ["a": Double(c % 4 + 1)], recommendsHire: nil))
            cards.append(Card(candidateId: Int64(c), raterId: Int64((c + 1) % 8), ratings: ["a": Double((c + 1) % 4 + 1)], recommendsHire: nil))
        }
        // Interviewer 0 rates candidate 0 again in another round: 1 and 3 average to 2.
        cards.append(Card(candidateId: 0, raterId: 0, ratings: ["a": 3], recommendsHire: nil))
        let report = CalibrationAnalysis.report(CalibrationInput(scorecards: cards, raterNames: [:], decisions: [:], competencies: ["a"]))
        let a = report.competencies[0]
        #expect(a.candidates == 8 && a.alphaInterval != nil)
        #expect(a.iccSingle == nil)
        #expect(a.iccUnavailable?.contains("no complete design") == true)
        #expect(report.raters.first { $0.id == 0 }?.scorecards == 3)
        #expect(report.raters.first { $0.id == 0 }?.name == "person 0")
    }
}
