import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("What everyone owes: scorecards, milestones, check-ins; workspace settings")
struct OwedTests {
    let workspace: Workspace
    let manager: Person
    let interviewer: Person
    let hr: Person
    let candidate: Candidate

    init() throws {
        workspace = try Fixtures.workspaceWithRole()
        try workspace.settings.setTimeZone("UTC", actor: "t")
        manager = try workspace.people.add(name: "Maria Manager", email: "maria@example.com", title: nil, actor: "t")
        interviewer = try workspace.people.add(name: "Ivan Interviewer", email: "ivan@example.com", title: nil, actor: "t")
        hr = try workspace.people.add(name: "Hana HR", email: "hana@example.com", title: nil, actor: "t")
        candidate = try workspace.candidates.add(NewCandidate(name: "Nina Newhire", email: "nina@example.com", role: "test-role"), actor: "t")
    }

    func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    func hire(start: String) throws {
        _ = try workspace.writer.write { db in
            try Workspace.startRamp(
                db, candidate: candidate,
                request: HireRequest(hiredOn: date("2026-02-20"), start: date(start), managerId: manager.id!), actor: "t")
        }
    }

    @Test("a scorecard is owed once its interview has taken place, overdue after scorecard_due_hours")
    func scorecards() throws {
        let at = date("2026-03-02").start(in: TimeZone(identifier: "UTC")!).addingTimeInterval(10 * 3600)
        try workspace.interviews.schedule(candidate: 1, round: "screen", interviewer: try workspace.personID("ivan@example.com"), at: at, actor: "t")
        #expect(try workspace.owed.list(as: "t", now: at.addingTimeInterval(-60)).isEmpty)  // not yet held
        let soon = try workspace.owed.list(as: "t", now: at.addingTimeInterval(5 * 3600))
        #expect(soon.map(\.status) == [.due])
        #expect(soon.first?.hoursSinceInterview == 5 && soon.first?.hoursOverdue == -19)
        #expect(soon.first?.personName == "Ivan Interviewer" && soon.first?.kind == .scorecard)
        try workspace.settings.set(.scorecardDueHours, to: "4", actor: "t")
        let late = try workspace.owed.list(today: date("2026-03-02"), as: "t")
        #expect(late.first?.status == .overdue && late.first?.hoursOverdue == 10, "\(late)")
        #expect(throws: HireError.self) { try workspace.settings.set(.scorecardDueHours, to: "0", actor: "t") }
        #expect(throws: HireError.self) { try workspace.settings.set(.scorecardDueHours, to: "721", actor: "t") }
    }

    @Test("milestones go to their owner (HR to hr_contact), check-ins to the manager, most overdue first")
    func ramps() throws {
        try hire(start: "2026-03-02")
        // paperwork (hr) due day 1 = 03-03; shadow (mentor, none assigned) due 03-12, after paperwork.
        var items = try workspace.owed.list(today: date("2026-04-05"), as: "t")
        #expect(items.contains { $0.kind == .milestone && $0.subject == "paperwork" && $0.personId == nil && $0.status == .overdue })
        #expect(items.contains { $0.kind == .checkIn && $0.personId == manager.id && $0.subject == "check-in-1" && $0.dueDate == date("2026-04-01") })
        try workspace.settings.set(.hrContact, to: "Hana HR", actor: "t")
        #expect(try workspace.settings.get(.hrContact).value == "\(hr.id!)")
        items = try workspace.owed.list(today: date("2026-04-05"), person: try workspace.personID("hana@example.com"), as: "t")
        #expect(items.map(\.subject) == ["paperwork"])
        // Two check-ins due by day 60; one held leaves the second.
        items = try workspace.owed.list(today: date("2026-05-02"), person: try workspace.personID("Maria Manager"), as: "t")
        #expect(items.map(\.subject) == ["check-in-1", "check-in-2"])
        try workspace.onboarding.checkIn(1, NewCheckIn(on: date("2026-04-03")), actor: "t")
        items = try workspace.owed.list(today: date("2026-05-02"), person: try workspace.personID("Maria Manager"), as: "t")
        #expect(items.map(\.subject) == ["check-in-2"])
        // Nobody last; per person, most overdue first.
        let all = try workspace.owed.list(today: date("2026-05-02"), as: "t")
        #expect(all.last?.personId == nil)
        #expect(all.first?.personName == "Hana HR")
    }

    @Test("someone who may not chase others sees only what they owe; only admins change settings")
    func access() throws {
        let at = date("2026-03-02").start(in: TimeZone(identifier: "UTC")!)
        try workspace.interviews.schedule(candidate: 1, round: "screen", interviewer: try workspace.personID("ivan@example.com"), at: at, actor: "t")
        let ivan = try workspace.access.actor(named: "Ivan Interviewer")
        #expect(try workspace.owed.list(today: date("2026-03-03"), as: ivan).map(\.personId) == [interviewer.id])
        #expect(throws: HireError.self) { try workspace.owed.list(today: date("2026-03-03"), person: try workspace.personID("Maria Manager"), as: ivan) }
        #expect(throws: HireError.self) { try workspace.settings.set(.scorecardDueHours, to: "8", actor: ivan) }
        #expect(try workspace.audit.events(as: "t").contains { $0.action == AuditAction.workspaceSetting.rawValue } == false)
        try workspace.settings.set(.scorecardDueHours, to: "8", actor: "t")
        #expect(try workspace.audit.events(as: "t").contains { $0.action == AuditAction.workspaceSetting.rawValue })
    }
}
