import Testing
@testable import HireKit

@Suite("Milestone dependency cycles")
struct MilestoneCycleTests {
    /// A profile whose milestones form one `after` chain: m0 after m1 after ... after m(n-1),
    /// the last after m0 when `closed`.
    private func chain(_ count: Int, closed: Bool) -> RoleProfile {
        let milestones = (0..<count).map { step in
            let next = step + 1 < count ? ["m\(step + 1)"] : (closed ? ["m0"] : [])
            return Milestone(id: "m\(step)", title: "Step \(step)", owner: .newHire, dueDay: 1, after: next)
        }
        return RoleProfile(
            id: "r", title: "R", competencies: [Competency(id: "c", name: "C", kind: .skill)], interviewPlan: [],
            onboarding: OnboardingPlan(milestones: milestones))
    }

    private func cycles(_ profile: RoleProfile) -> [Diagnostic] {
        RoleProfileValidator.validate(profile, sources: RoleProfileSourceMap(), file: "t.yaml")
            .filter { $0.message.hasPrefix("milestone dependency cycle") }
    }

    @Test("a cycle is reported once, naming its members in order")
    func namesMembers() {
        let profile = RoleProfile(
            id: "r", title: "R", competencies: [], interviewPlan: [],
            onboarding: OnboardingPlan(milestones: [
                Milestone(id: "a", title: "A", owner: .hr, dueDay: 1, after: ["b", "b"]),
                Milestone(id: "b", title: "B", owner: .hr, dueDay: 1, after: ["c"]),
                Milestone(id: "c", title: "C", owner: .hr, dueDay: 1, after: ["a"]),
                Milestone(id: "d", title: "D", owner: .hr, dueDay: 1, after: ["d"]),
            ]))
        #expect(cycles(profile).map(\.message) == ["milestone dependency cycle: a -> b -> c -> a", "milestone dependency cycle: d -> d"])
    }

    @Test("a 100,000-step after chain is checked without deep recursion; its closing cycle is reported, abridged")
    func longChain() {
        #expect(cycles(chain(100_000, closed: false)).isEmpty)
        let found = cycles(chain(100_000, closed: true))
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("milestone dependency cycle: m0 -> m1 -> ") == true)
        #expect(found.first?.message.hasSuffix("m99999 -> m0 (100000 milestones)") == true)
    }
}
