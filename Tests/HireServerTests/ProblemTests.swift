import HireKit
import Testing
@testable import HireServer

@Suite("Problem details: remedies as stable codes")
struct ProblemTests {
    @Test("a remedy is its case in snake case with the field to supply, never the values it carries")
    func remedyCodes() {
        #expect(Problem.remedyCode(.addOpening("AE-2099")) == "add_opening")
        #expect(Problem.remedyCode(.amendScorecard(28)) == "amend_scorecard")
        #expect(Problem.remedyCode(.supply(.reason)) == "supply_reason")
        #expect(Problem.remedyCode(.supply(.overrideReason)) == "supply_override_reason")
        #expect(Problem.remedyCode(.createWorkspace) == "create_workspace")
    }
}
