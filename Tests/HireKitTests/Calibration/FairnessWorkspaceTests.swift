import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Group data and the fairness report in a workspace")
struct FairnessWorkspaceTests {
    /// A workspace with `women` and `men` candidates of test-role; the first `womenScreened`
    /// women and `menScreened` men moved to screening.
    static func workspace(women: Int, men: Int, womenScreened: Int, menScreened: Int) throws -> Workspace {
        let workspace = try Fixtures.workspaceWithRole()
        for i in 0..<(women + men) {
            let candidate = try workspace.candidates.add(NewCandidate(name: "P\(i)", email: "p\(i)@example.org", role: "test-role"), actor: "hr")
            let woman = i < women
            _ = try workspace.fairness.setGroup(CandidateID(candidate.id!), dimension: "gender", value: woman ? "woman" : "man", actor: "hr")
            if (woman && i < womenScreened) || (!woman && i - women < menScreened) {
                try workspace.candidates.move(CandidateID(candidate.id!), to: .screening, reason: "ok", actor: "hr")
            }
        }
        return workspace
    }

    @Test("group data lives in its own table, is audited without its value, and normalises its inputs")
    func storage() throws {
        let workspace = try Fixtures.workspaceWithRole()
        let candidate = try workspace.candidates.add(NewCandidate(name: "Ann", email: "ann@example.org", role: "test-role"), actor: "hr")
        _ = try workspace.fairness.setGroup(try workspace.candidateID("ann@example.org"), dimension: " Gender ", value: "  non-binary   person ", actor: "hr")
        _ = try workspace.fairness.setGroup(CandidateID(candidate.id!), dimension: "gender", value: "woman", actor: "hr")
        let groups = try workspace.writer.read { try CandidateGroup.fetchAll($0) }
        #expect(groups.map(\.value) == ["woman"])
        #expect(groups.first?.dimension == "gender")
        let events = try workspace.candidates.detail(CandidateID(candidate.id!)).events.filter { $0.action.hasPrefix("candidate.group") }
        #expect(events.map(\.detail) == ["dimension gender", "dimension gender"])
        #expect(!events.contains { ($0.detail ?? "").contains("woman") })
        let columns = try workspace.writer.read { try $0.columns(in: "candidate").map(\.name) }
        #expect(!columns.contains("gender") && !columns.contains("group"))
        _ = try workspace.fairness.setGroup(CandidateID(candidate.id!), dimension: "gender", value: nil, actor: "hr")
        #expect(try workspace.writer.read { try CandidateGroup.fetchCount($0) } == 0)
    }

    @Test("bad input is refused and changes nothing")
    func badInput() throws {
        let workspace = try Fixtures.workspaceWithRole()
        try workspace.candidates.add(NewCandidate(name: "Ann", email: "ann@example.org", role: "test-role"), actor: "hr")
        let before = try workspace.writer.read { try AuditEvent.fetchCount($0) }
        #expect(throws: HireError.self) { try workspace.fairness.setGroup(2, dimension: "gender", value: "x", actor: "hr") }
        #expect(throws: HireError.self) { try workspace.fairness.setGroup(1, dimension: "gen der", value: "x", actor: "hr") }
        #expect(throws: HireError.self) { try workspace.fairness.setGroup(1, dimension: "gender", value: "   ", actor: "hr") }
        #expect(throws: HireError.self) { try workspace.fairness.setGroup(1, dimension: "gender", value: nil, actor: "hr") }
        #expect(try workspace.writer.read { try AuditEvent.fetchCount($0) } == before)
        #expect(try workspace.writer.read { try CandidateGroup.fetchCount($0) } == 0)
        #expect(throws: HireError.self) { try workspace.fairness.report(stage: .applied, as: "test") }
        #expect(throws: HireError.self) { try workspace.fairness.report(stage: .rejected, as: "test") }
        #expect(throws: HireError.self) { try workspace.fairness.report(role: "nope", as: "test") }
        #expect(throws: HireError.self) { try workspace.fairness.report(dimension: "age", as: "test") }
    }

    @Test("group data is erased with the candidate: deleted rows cascade, the erased flag clears it")
    func erasure() throws {
        let workspace = try Self.workspace(women: 2, men: 1, womenScreened: 0, menScreened: 0)
        try workspace.writer.write { db in
            try db.execute(sql: "UPDATE candidate SET erased = 1 WHERE id = 1")
            try db.execute(sql: "DELETE FROM candidate WHERE id = 2")
        }
        let remaining = try workspace.writer.read { try CandidateGroup.fetchAll($0) }
        #expect(remaining.map(\.candidateId) == [3])
        #expect(throws: HireError.self) { try workspace.fairness.setGroup(1, dimension: "gender", value: "woman", actor: "hr") }
    }

    @Test("the report: 2 of 6 women and 5 of 6 men screened give ratio 0.40, flagged, Fisher p = 0.242")
    func report() throws {
        let workspace = try Self.workspace(women: 6, men: 6, womenScreened: 2, menScreened: 5)
        let other = try workspace.candidates.add(NewCandidate(name: "Q", email: "q@example.org", role: "test-role"), actor: "hr")
        _ = try workspace.fairness.setGroup(CandidateID(other.id!), dimension: "gender", value: "another", actor: "hr")
        try workspace.candidates.add(NewCandidate(name: "R", email: "r@example.org", role: "test-role"), actor: "hr")
        let report = try workspace.fairness.report(role: "test-role", stage: .screening, as: "test")
        #expect(report.dimensions.map(\.dimension) == ["gender"])
        let step = try #require(report.dimensions.first?.steps.first)
        #expect(step.from == .applied && step.to == .screening)
        #expect(step.unstated == 1)
        #expect(step.groups.map(\.group) == ["another", "man", "woman"])
        #expect(step.groups[0].tooSmall)
        #expect(step.groups[1].isReference)
        let women = step.groups[2]
        #expect(close(women.impactRatio, 0.4))
        #expect(women.belowFourFifths == true)
        // scipy.stats.fisher_exact([[2, 4], [5, 1]]) = 0.242424
        #expect(close(women.fisherPValue, 0.242424, places: 6))
        let all = try workspace.fairness.report(as: "test")
        #expect(all.dimensions.first?.steps.count == 4)
        let lenient = try workspace.fairness.report(stage: .screening, rules: .init(minimumGroupSize: 7), as: "test")
        #expect(lenient.dimensions.first?.steps.first?.groups.allSatisfy(\.tooSmall) == true)
    }
}
