import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Dates: plausible years, late starts, and readers that survive a bad stored date")
struct FarFutureDateTests {
    @Test("a date a person gives lies between 1900 and 2200; stored dates keep the plain YYYY-MM-DD parse")
    func plausibleYears() {
        #expect(CalendarDate(given: "1900-01-01") != nil)
        #expect(CalendarDate(given: "2200-12-31") != nil)
        #expect(CalendarDate(given: "1899-12-31") == nil)
        #expect(CalendarDate(given: "2201-01-01") == nil)
        #expect(CalendarDate(given: "9999-12-25") == nil)
        #expect(CalendarDate("9999-12-25") != nil)
        #expect(!Workspace.isCalendarDay("9999-12-25"))
        #expect(CalendarDate("2024-02-29")!.adding(years: 2) == CalendarDate("2026-02-28"))
    }

    func hireable(_ workspace: Workspace, _ email: String) throws -> Candidate {
        let candidate = try workspace.candidates.add(NewCandidate(name: "Late \(email)", email: email, role: "test-role"), actor: "t")
        try workspace.candidates.move(try workspace.candidateID(email), to: .interviewing, reason: "r", actor: "t")
        return candidate
    }

    @Test("a start more than two years after the decision needs a reason, which is kept with the decision")
    func lateStart() throws {
        let workspace = try Fixtures.workspaceWithRole()
        try workspace.people.add(name: "Maria Manager", email: "maria@example.com", title: "Sales Manager", actor: "t")
        try hireable(workspace, "late@example.com")
        let at = try #require(ISO8601DateFormatter().date(from: "2026-03-01T12:00:00Z"))
        var request = DecisionRequest(candidate: try workspace.candidateID("late@example.com"), kind: .hire, override: "test", startDate: CalendarDate("2028-03-02"), manager: try workspace.personID("Maria Manager"), at: at)
        #expect(throws: LateStartRefusal.self) { try workspace.decisions.decide(request, actor: "t") }
        #expect(try workspace.decisions.list(candidate: try workspace.candidateID("late@example.com")).isEmpty)
        request.lateStartReason = "relocation and visa"
        let decision = try workspace.decisions.decide(request, actor: "t")
        #expect(decision.lateStartReason == "relocation and visa")
        #expect(try workspace.decisions.list(candidate: try workspace.candidateID("late@example.com")).last?.lateStartReason == "relocation and visa")
        #expect(!LateStartRefusal(start: CalendarDate("2028-03-02")!, decidedOn: CalendarDate("2026-03-01")!, latest: CalendarDate("2028-03-01")!).description.contains("--"))
    }

    @Test("a stored due date that is not a date leaves that hire out of the ramp dashboard, reported, and shows the rest")
    func badStoredDate() throws {
        let workspace = try Fixtures.workspaceWithRole()
        try workspace.people.add(name: "Maria Manager", email: "maria@example.com", title: "Sales Manager", actor: "t")
        for email in ["bad@example.com", "good@example.com"] {
            try hireable(workspace, email)
            try workspace.decisions.decide(DecisionRequest(candidate: try workspace.candidateID(email), kind: .hire, override: "test", startDate: CalendarDate.today().adding(days: 1), manager: try workspace.personID("Maria Manager")), actor: "t")
        }
        // What an older Hire stored for `--start 9999-12-25`.
        try workspace.writer.write { db in
            try db.execute(sql: "UPDATE rampMilestone SET dueDate = '10000-01-03' WHERE newHireId = (SELECT id FROM newHire WHERE candidateId = 1)")
        }
        let report = try workspace.reports.ramp(today: CalendarDate.today().adding(days: 5))
        #expect(report.hires.map(\.timeline.summary.name) == ["Late good@example.com"])
        #expect(report.unreadable.count == 1)
        #expect(report.unreadable.first?.hasPrefix("new hire 1 (candidate 1) left out: a value stored in the workspace cannot be read (column rampMilestone.dueDate)") == true)
        #expect(report.unreadable.first?.contains("10000") == false)
        #expect(report.unreadable.first?.contains("bad@example") == false)
    }

    @Test("ramp status, show and plan leave out what cannot be read, naming hire, row and column, and show the rest")
    func readersSurviveBadDates() throws {
        let workspace = try Fixtures.workspaceWithRole()
        try workspace.people.add(name: "Maria Manager", email: "maria@example.com", title: "Sales Manager", actor: "t")
        let start = CalendarDate.today().adding(days: 1)
        for email in ["milestone@example.com", "start@example.com", "good@example.com", "checkin@example.com"] {
            try hireable(workspace, email)
            try workspace.decisions.decide(DecisionRequest(candidate: try workspace.candidateID(email), kind: .hire, override: "test", startDate: start, manager: try workspace.personID("Maria Manager")), actor: "t")
        }
        try workspace.onboarding.checkIn(try workspace.candidateID("checkin@example.com"), NewCheckIn(on: start, notes: "first", observations: [:]), today: start.adding(days: 7), actor: "t")
        try workspace.onboarding.checkIn(try workspace.candidateID("checkin@example.com"), NewCheckIn(on: start.adding(days: 7), notes: "second", observations: [:]), today: start.adding(days: 7), actor: "t")
        try workspace.writer.write { db in
            try db.execute(sql: "UPDATE rampMilestone SET dueDate = '10000-01-03' WHERE newHireId = 1 AND milestoneId = 'shadow'")
            try db.execute(sql: "UPDATE newHire SET startDate = 'soon' WHERE id = 2")
            try db.execute(sql: "UPDATE checkIn SET \"on\" = '2026-13-45' WHERE notes = 'second'")
        }
        let today = start.adding(days: 3)
        let status = try workspace.onboarding.statusRows(today: today)
        #expect(status.hires.map(\.candidateId) == [3, 4])
        #expect(status.unreadable.map(\.description) == [
            "new hire 1 (candidate 1) left out: a value stored in the workspace cannot be read (column rampMilestone.dueDate)",
            "new hire 2 (candidate 2) left out: a value stored in the workspace cannot be read (column newHire.startDate)",
        ])
        #expect(try workspace.onboarding.status(today: today).count == 2)

        let timeline = try workspace.onboarding.timeline(try workspace.candidateID("milestone@example.com"), today: today)
        #expect(timeline.entries.map(\.milestone.milestoneId) == ["paperwork"])
        let milestoneRow = try #require(timeline.unreadable.first?.rowId)
        #expect(timeline.unreadable.map(\.description) == [
            "milestone row \(milestoneRow) of new hire 1 (candidate 1) left out: a value stored in the workspace cannot be read (column rampMilestone.dueDate)"
        ])
        let plan = try workspace.onboarding.plan(try workspace.candidateID("milestone@example.com"))
        #expect(plan.milestones.map(\.milestoneId) == ["paperwork"] && plan.unreadable.count == 1)
        // The JSON a front end prints is unchanged: the left-out records are reported apart.
        let json = String(decoding: try JSONEncoder().encode(plan), as: UTF8.self)
        #expect(!json.contains("unreadable") && !json.contains("10000"))

        let checkIns = try workspace.onboarding.timeline(try workspace.candidateID("checkin@example.com"), today: today)
        #expect(checkIns.checkIns.map(\.checkIn.notes) == ["first"])
        #expect(checkIns.unreadable.map(\.kind) == [.checkIn] && checkIns.unreadable[0].column == "checkIn.on")

        // Without its start date there is no plan to show: an error naming the hire and the column, never the value.
        do {
            _ = try workspace.onboarding.timeline(try workspace.candidateID("start@example.com"), today: today)
            Issue.record("expected an error")
        } catch let error as HireError {
            #expect(error.kind == .workspace)
            #expect(error.message.hasPrefix("new hire 2 (candidate 2): a value stored in the workspace cannot be read (column newHire.startDate)"), "\(error.message)")
            #expect(!error.message.contains("soon"))
        }
        let report = try workspace.reports.ramp(today: today)
        #expect(report.hires.count == 2 && report.unreadable.count == 3, "\(report.unreadable)")
    }
}
