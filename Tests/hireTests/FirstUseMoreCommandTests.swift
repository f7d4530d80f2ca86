import Foundation
import HireTestSupport
import Testing

/// The issue "First use without a dead end", later items: dates of milestones, fairness
/// groups, evidence on amendment, spreadsheets and wording.
@Suite("first use without a dead end, continued")
struct FirstUseMoreCommandTests {
    typealias Shipped = FirstUseCommandTests.Shipped

    /// A workspace with Ann Able hired to start on 2026-03-09, managed by Maria Lopez.
    static func hired() throws -> Shipped {
        let s = try Shipped()
        try s.ok(["people", "add", "Maria Lopez", "--email", "maria@example.com"])
        try s.ok(["candidate", "add", "--name", "Ann Able", "--email", "ann@example.com", "--role", "account-executive"])
        try s.ok(["candidate", "move", "1", "interviewing", "--reason", "screened"])
        try s.ok(["decide", "1", "hire", "--start", "2026-03-09", "--manager", "Maria Lopez", "--override", "test", "--today", "2026-03-04"])
        return s
    }

    @Test("ramp waive takes --on like complete; neither may be dated before the start or after today")
    func milestoneDates() throws {
        let s = try Self.hired()
        try s.fails(["ramp", "waive", "1", "hr-policies", "--reason", "rehire", "--on", "2026-03-01", "--today", "2026-03-20"],
                    saying: "the waiver date 2026-03-01 is before the start date 2026-03-09")
        try s.fails(["ramp", "waive", "1", "hr-policies", "--reason", "rehire", "--on", "2026-03-21", "--today", "2026-03-20"],
                    saying: "the waiver date 2026-03-21 is after today (2026-03-20)")
        try s.fails(["ramp", "complete", "1", "hr-paperwork", "--on", "2026-03-21", "--today", "2026-03-20"],
                    saying: "the completion date 2026-03-21 is after today (2026-03-20)")
        try s.fails(["ramp", "complete", "1", "hr-paperwork", "--on", "2026-03-08", "--today", "2026-03-20"],
                    saying: "the completion date 2026-03-08 is before the start date 2026-03-09")
        try s.ok(["ramp", "waive", "1", "hr-policies", "--reason", "rehire", "--on", "2026-03-10", "--today", "2026-03-20"])
        try s.ok(["ramp", "complete", "1", "hr-paperwork", "--on", "2026-03-20", "--today", "2026-03-20"])
        #expect(try s.sqlite("SELECT completedOn FROM rampMilestone WHERE milestoneId = 'hr-policies'") == "2026-03-10")
        // Without --today, today is the real day: a date in the far future is refused.
        try s.fails(["ramp", "waive", "1", "company-onboarding", "--reason", "x", "--on", "2199-01-01"], saying: "is after today")
    }
}
