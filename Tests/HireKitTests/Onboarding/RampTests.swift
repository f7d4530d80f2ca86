import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Onboarding ramps: plans, status, mentors, check-ins")
struct RampTests {
    let workspace: Workspace
    let manager: Person
    let candidate: Candidate

    init() throws {
        workspace = try Fixtures.workspaceWithRole()
        manager = try workspace.people.add(name: "Maria Manager", email: "maria@example.com", title: "Sales Manager", actor: "t")
        candidate = try workspace.candidates.add(NewCandidate(name: "Nina Newhire", email: "nina@example.com", role: "test-role"), actor: "t")
    }

    func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @discardableResult
    func hire(start: String = "2026-03-02", means: [String: Double] = ["discovery": 3.2, "product": 2.0, "grit": 3.5], businessDays: Bool? = nil)
        throws -> NewHire
    {
        try workspace.writer.write { db in
            try Workspace.startRamp(
                db, candidate: candidate,
                request: HireRequest(hiredOn: date("2026-02-20"), start: date(start), managerId: manager.id!, businessDays: businessDays, competencyMeans: means),
                actor: "t")
        }
    }

    @Test("hiring instantiates the role's milestones with due dates, owners, dependencies and priority")
    func instantiatesPlan() throws {
        try hire()
        let plan = try workspace.onboarding.plan(try workspace.candidateID("nina@example.com"))
        // discovery 3.2 is within one point of its must-have 3; product 2.0 is below the midpoint 2.5.
        #expect(plan.focusAreas == ["product", "discovery"])
        #expect(plan.milestones.map(\.milestoneId) == ["paperwork", "shadow"])
        #expect(plan.milestones.map(\.dueDate) == [date("2026-03-03"), date("2026-03-12")])
        #expect(plan.milestones[0].owner == .hr)
        #expect(plan.milestones[1].after == ["paperwork"])
        #expect(plan.milestones[1].priority)
        #expect(!plan.milestones[0].priority)
    }

    @Test("business days on the command override the profile")
    func businessDaysPlan() throws {
        try hire(start: "2026-03-06", businessDays: true)  // a Friday
        let plan = try workspace.onboarding.plan(try workspace.candidateID("nina@example.com"))
        #expect(plan.milestones.map(\.dueDate) == [date("2026-03-09"), date("2026-03-20")])
    }

    @Test("hiring the same person twice and a start before the decision are refused")
    func refusals() throws {
        try hire()
        #expect(throws: HireError.self) { try hire() }
        let other = try workspace.candidates.add(NewCandidate(name: "Olga Other", email: "olga@example.com", role: "test-role"), actor: "t")
        #expect(throws: HireError.self) {
            try workspace.writer.write { db in
                try Workspace.startRamp(
                    db, candidate: other, request: HireRequest(hiredOn: date("2026-02-20"), start: date("2026-02-19"), managerId: manager.id!), actor: "t")
            }
        }
        #expect(try workspace.writer.read { db in try NewHire.fetchCount(db) } == 1)
    }

    @Test("status rules on a fixed day: overdue, at risk by date, at risk when blocked, done, waived")
    func statusRules() throws {
        let paperwork = RampMilestone(
            newHireId: 1, milestoneId: "a", title: "A", owner: .hr, dueDate: date("2026-03-03"), competencies: [], after: [], priority: false, state: .open)
        var later = paperwork
        later.milestoneId = "b"
        later.dueDate = date("2026-04-30")
        later.after = ["a"]
        let states = MilestoneStatus.prerequisites([paperwork, later])
        #expect(MilestoneStatus.of(paperwork, today: date("2026-03-04"), states: states) == .overdue)
        #expect(MilestoneStatus.of(paperwork, today: date("2026-03-03"), states: states) == .atRisk)
        #expect(MilestoneStatus.of(paperwork, today: date("2026-02-24"), states: states) == .atRisk)
        #expect(MilestoneStatus.of(paperwork, today: date("2026-02-23"), states: states) == .open)
        // b comes after a: sequenced but not at risk while a is not yet due; blocked once a is overdue.
        #expect(MilestoneStatus.of(later, today: date("2026-03-01"), states: states) == .open)
        #expect(MilestoneStatus.of(later, today: date("2026-03-04"), states: states) == .atRisk)
        var finished = paperwork
        finished.state = .done
        #expect(MilestoneStatus.of(later, today: date("2026-03-04"), states: MilestoneStatus.prerequisites([finished, later])) == .open)
        var done = paperwork
        done.state = .done
        #expect(MilestoneStatus.of(done, today: date("2026-12-01"), states: states) == .done)
        done.state = .waived
        #expect(MilestoneStatus.of(done, today: date("2026-12-01"), states: states) == .waived)
    }

    @Test("completing respects dependencies unless forced; ramped when all are finished")
    func completion() throws {
        try hire()
        #expect(throws: HireError.self) {
            try workspace.onboarding.complete(try workspace.candidateID("nina@example.com"), milestone: "shadow", on: date("2026-03-05"), note: nil, forceReason: nil, actor: "t")
        }
        try workspace.onboarding.complete(try workspace.candidateID("nina@example.com"), milestone: "paperwork", on: date("2026-03-02"), note: "signed", forceReason: nil, actor: "t")
        #expect(throws: HireError.self) {
            try workspace.onboarding.complete(try workspace.candidateID("nina@example.com"), milestone: "paperwork", on: date("2026-03-02"), note: nil, forceReason: nil, actor: "t")
        }
        var status = try workspace.onboarding.status(today: date("2026-03-13"))
        #expect(status.count == 1)
        #expect(status[0].overdue == 1)
        #expect(status[0].percentDone == 50)
        #expect(status[0].nextDue?.milestone == "shadow")
        try workspace.onboarding.complete(try workspace.candidateID("nina@example.com"), milestone: "shadow", on: date("2026-03-14"), note: nil, forceReason: nil, actor: "t")
        status = try workspace.onboarding.status(today: date("2026-03-15"))
        #expect(status.isEmpty)
        let all = try workspace.onboarding.status(today: date("2026-03-15"), includeRamped: true)
        #expect(all.first?.rampedOn == date("2026-03-14"))
        let stats = try workspace.onboarding.timeToRamp()
        #expect(stats.contains(TimeToRamp(dimension: "role", key: "test-role", ramped: 1, averageDays: 12)))
    }

    @Test("forcing past a dependency keeps the reason; a waived milestone cannot be completed")
    func forceAndWaive() throws {
        try hire()
        let forced = try workspace.onboarding.complete(
            try workspace.candidateID("nina@example.com"), milestone: "shadow", on: date("2026-03-05"), note: nil, forceReason: "shadowed at the kickoff", actor: "t")
        #expect(forced.reason == "forced: shadowed at the kickoff")
        try workspace.onboarding.waive(try workspace.candidateID("nina@example.com"), milestone: "paperwork", reason: "rehire", on: date("2026-03-05"), actor: "t")
        #expect(throws: HireError.self) {
            try workspace.onboarding.complete(try workspace.candidateID("nina@example.com"), milestone: "paperwork", on: date("2026-03-05"), note: nil, forceReason: nil, actor: "t")
        }
        #expect(throws: HireError.self) { try workspace.onboarding.waive(try workspace.candidateID("nina@example.com"), milestone: "nope", reason: "x", on: date("2026-03-05"), actor: "t") }
    }

    @Test("mentors are ranked by coverage of the focus areas, never the manager, and capacity is enforced")
    func mentorRanking() throws {
        try hire()
        let ann = try workspace.people.add(name: "Ann Mentor", email: "ann@example.com", title: nil, actor: "t")
        let bob = try workspace.people.add(name: "Bob Mentor", email: "bob@example.com", title: nil, actor: "t")
        try workspace.mentors.add(try workspace.personID("ann@example.com"), strengths: ["product=4", "discovery=3"], capacity: 1, actor: "t")
        try workspace.mentors.add(try workspace.personID("bob@example.com"), strengths: ["product"], capacity: 2, actor: "t")
        try workspace.mentors.add(try workspace.personID("maria@example.com"), strengths: ["product=4", "discovery=4"], capacity: 3, actor: "t")
        let suggestions = try workspace.mentors.suggest(try workspace.candidateID("nina@example.com"))
        // Ann: product 4/4 -> 1.0, discovery 3/4 -> 0.667; mean 83.3. Bob: product unrated -> 1.0, discovery missing; 50.
        #expect(suggestions.map(\.personId) == [ann.id!, bob.id!])
        #expect(suggestions[0].score == 83.3)
        #expect(suggestions[1].misses == ["discovery"])
        #expect(!suggestions.contains { $0.personId == manager.id })

        try workspace.mentors.assign(try workspace.candidateID("nina@example.com"), mentor: try workspace.personID("Ann Mentor"), reason: "best cover", forceReason: nil, today: date("2026-03-02"), actor: "t")
        let second = try workspace.candidates.add(NewCandidate(name: "Sam Second", email: "sam@example.com", role: "test-role"), actor: "t")
        try workspace.writer.write { db in
            try Workspace.startRamp(db, candidate: second, request: HireRequest(hiredOn: date("2026-02-20"), start: date("2026-03-02"), managerId: manager.id!), actor: "t")
        }
        #expect(throws: HireError.self) {
            try workspace.mentors.assign(try workspace.candidateID("sam@example.com"), mentor: try workspace.personID("ann@example.com"), reason: nil, forceReason: nil, today: date("2026-03-02"), actor: "t")
        }
        let forced = try workspace.mentors.assign(try workspace.candidateID("sam@example.com"), mentor: try workspace.personID("ann@example.com"), reason: nil, forceReason: "only expert", today: date("2026-03-02"), actor: "t")
        #expect(forced.forced)
        #expect(try workspace.mentors.suggest(try workspace.candidateID("sam@example.com")).map(\.personId) == [bob.id!])
    }

    @Test("reassigning a mentor moves open mentor milestones and keeps the history")
    func reassignment() throws {
        try hire()
        try workspace.people.add(name: "Ann Mentor", email: "ann@example.com", title: nil, actor: "t")
        let bob = try workspace.people.add(name: "Bob Mentor", email: "bob@example.com", title: nil, actor: "t")
        try workspace.mentors.add(try workspace.personID("ann@example.com"), strengths: ["product"], capacity: 2, actor: "t")
        try workspace.mentors.add(try workspace.personID("bob@example.com"), strengths: ["discovery"], capacity: 2, actor: "t")
        try workspace.mentors.assign(try workspace.candidateID("nina@example.com"), mentor: try workspace.personID("ann@example.com"), reason: nil, forceReason: nil, today: date("2026-03-02"), actor: "t")
        try workspace.mentors.assign(try workspace.candidateID("nina@example.com"), mentor: try workspace.personID("bob@example.com"), reason: "Ann on leave", forceReason: nil, today: date("2026-03-09"), actor: "t")
        let plan = try workspace.onboarding.plan(try workspace.candidateID("nina@example.com"))
        #expect(plan.milestones.first { $0.owner == .mentor }?.ownerPersonId == bob.id)
        let history = try workspace.mentors.history(try workspace.candidateID("nina@example.com"))
        #expect(history.count == 2)
        #expect(history[0].endedOn == date("2026-03-09"))
        #expect(history[1].reason == "Ann on leave")
    }

    @Test("a mentor who is the new hire is refused")
    func selfMentoring() throws {
        try hire()
        // The hire made a person of Nina (found by her email), who could be added as a mentor.
        try workspace.mentors.add(try workspace.personID("nina@example.com"), strengths: ["grit"], capacity: 1, actor: "t")
        #expect(throws: HireError.self) {
            try workspace.mentors.assign(try workspace.candidateID("nina@example.com"), mentor: try workspace.personID("NINA@example.com"), reason: nil, forceReason: nil, today: date("2026-03-02"), actor: "t")
        }
        #expect(try workspace.mentors.suggest(try workspace.candidateID("nina@example.com")).isEmpty)
    }

    @Test("check-ins build trajectories through day 30/60/90 and refuse off-scale observations")
    func trajectories() throws {
        try hire()
        try workspace.onboarding.checkIn(try workspace.candidateID("nina@example.com"), NewCheckIn(on: date("2026-03-30"), notes: "first 1:1", observations: ["product": 2, "discovery": 3]), actor: "t")
        try workspace.onboarding.checkIn(try workspace.candidateID("nina@example.com"), NewCheckIn(on: date("2026-04-28"), observations: ["product": 3], forecast: "two deals"), actor: "t")
        try workspace.onboarding.checkIn(try workspace.candidateID("nina@example.com"), NewCheckIn(on: date("2026-05-30"), observations: ["product": 4]), actor: "t")
        #expect(throws: HireError.self) {
            try workspace.onboarding.checkIn(try workspace.candidateID("nina@example.com"), NewCheckIn(on: date("2026-04-01"), observations: ["product": 7]), actor: "t")
        }
        #expect(throws: HireError.self) {
            try workspace.onboarding.checkIn(try workspace.candidateID("nina@example.com"), NewCheckIn(on: date("2026-04-01"), observations: ["charm": 3]), actor: "t")
        }
        #expect(throws: HireError.self) { try workspace.onboarding.checkIn(try workspace.candidateID("nina@example.com"), NewCheckIn(on: date("2026-01-01")), actor: "t") }
        let timeline = try workspace.onboarding.timeline(try workspace.candidateID("nina@example.com"), today: date("2026-06-01"))
        #expect(timeline.checkIns.count == 3)
        let product = try #require(timeline.trajectories.first { $0.competency == "product" })
        #expect(product.day30 == 2)
        #expect(product.day60 == 3)
        #expect(product.day90 == 4)
        #expect(timeline.checkIns[1].checkIn.forecast == "two deals")
    }

    @Test("focus areas: below the midpoint or within one point of a must-have, weakest first")
    func focusAreas() throws {
        let profile = try Fixtures.minimalProfile()
        #expect(RampPlanner.focusAreas(profile: profile, means: ["discovery": 4, "product": 2.5, "grit": 1]) == ["grit"])
        #expect(RampPlanner.focusAreas(profile: profile, means: ["discovery": 3.9, "product": 2.4]) == ["product", "discovery"])
        #expect(RampPlanner.focusAreas(profile: profile, means: [:]).isEmpty)
    }

    @Test("an unknown new hire or milestone changes nothing")
    func unknowns() throws {
        #expect(throws: HireError.self) { try workspace.onboarding.plan(try workspace.candidateID("nina@example.com")) }
        try hire()
        let before = try workspace.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM auditEvent") }
        #expect(throws: HireError.self) {
            try workspace.onboarding.complete(try workspace.candidateID("nina@example.com"), milestone: "shaddow", on: date("2026-03-05"), note: nil, forceReason: nil, actor: "t")
        }
        #expect(throws: HireError.self) {
            try workspace.onboarding.complete(try workspace.candidateID("nobody@example.com"), milestone: "shadow", on: date("2026-03-05"), note: nil, forceReason: nil, actor: "t")
        }
        let after = try workspace.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM auditEvent") }
        #expect(before == after)
    }
}
