import Testing
@testable import HireKit

@Suite("Adverse impact: selection rates, impact ratios, four-fifths rule, Fisher p-values")
struct FairnessTests {
    @Test("48 of 80 against 12 of 40: ratio 0.5, below four fifths, Fisher p = 0.003409")
    func impactRatio() throws {
        let results = AdverseImpact.analyze([
            .init(group: "man", considered: 80, selected: 48), .init(group: "woman", considered: 40, selected: 12),
        ])
        let man = try #require(results.first { $0.group == "man" })
        let woman = try #require(results.first { $0.group == "woman" })
        #expect(man.isReference && man.impactRatio == 1 && man.fisherPValue == nil && man.belowFourFifths == false)
        #expect(close(woman.selectionRate, 0.300))
        #expect(close(woman.impactRatio, 0.500))
        #expect(woman.belowFourFifths == true)
        #expect(close(woman.fisherPValue, 0.003409, places: 6))
    }

    @Test("groups under the minimum size are too small and take no part; a ratio of exactly 0.8 is not flagged")
    func smallGroups() throws {
        let results = AdverseImpact.analyze(
            [
                .init(group: "a", considered: 10, selected: 5), .init(group: "b", considered: 10, selected: 4),
                .init(group: "c", considered: 3, selected: 3),
            ], rules: .init(minimumGroupSize: 5))
        #expect(results.map(\.group) == ["a", "b", "c"])
        #expect(results[0].isReference)
        #expect(close(results[1].impactRatio, 0.8))
        #expect(results[1].belowFourFifths == false)
        // Fisher of [[4, 6], [5, 5]] (scipy: 1.0).
        #expect(close(results[1].fisherPValue, 1.0))
        #expect(results[2].tooSmall && results[2].selectionRate == nil && results[2].impactRatio == nil)
        // No one selected anywhere: rates of zero, no ratio.
        let none = AdverseImpact.analyze([.init(group: "a", considered: 6, selected: 0), .init(group: "b", considered: 7, selected: 0)])
        #expect(none.allSatisfy { $0.selectionRate == 0 && $0.impactRatio == nil && $0.belowFourFifths == nil })
    }

    @Test("a later stage counts as having passed the earlier ones; unstated groups are counted apart")
    func steps() {
        #expect(SelectionStep.all.map(\.description) == ["applied -> screening", "screening -> interviewing", "interviewing -> offer", "offer -> hired"])
        #expect(SelectionStep.reached(.screening, given: [.applied, .interviewing, .rejected]))
        #expect(!SelectionStep.reached(.offer, given: [.applied, .interviewing, .rejected]))
        let candidates: [(group: String?, stages: Set<Stage>)] = [
            ("x", [.applied, .screening, .interviewing]), ("x", [.applied, .interviewing, .hired]), ("x", [.applied, .rejected]),
            ("y", [.applied, .screening, .rejected]), (nil, [.applied, .screening]),
        ]
        let screening = SelectionStep(from: .applied, to: .screening).outcomes(of: candidates)
        #expect(screening.outcomes == [.init(group: "x", considered: 3, selected: 2), .init(group: "y", considered: 1, selected: 1)])
        #expect(screening.unstated == 1)
        let interview = SelectionStep(from: .screening, to: .interviewing).outcomes(of: candidates)
        #expect(interview.outcomes == [.init(group: "x", considered: 2, selected: 2), .init(group: "y", considered: 1, selected: 0)])
        // The aggregate form (group, furthest pipeline stage, count) gives the same outcomes.
        let counts: [(group: String?, furthest: Int, count: Int)] = [("x", 2, 1), ("x", 4, 1), ("x", 0, 1), ("y", 1, 1), (nil, 1, 1)]
        for step in SelectionStep.all {
            let aggregate = step.outcomes(counts: counts)
            let direct = step.outcomes(of: candidates)
            #expect(aggregate.outcomes == direct.outcomes && aggregate.unstated == direct.unstated, "\(step)")
        }
    }
}
