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

    @Test("fairness groups are compared case- and whitespace-insensitively, named by the spelling used most")
    func fairnessSpellings() throws {
        let folder = try TemporaryFolder()
        let ws = try FairnessCommandTests.workspace(folder)
        for (candidate, value) in [("1", "Woman"), ("2", "WOMAN "), ("7", " Man")] {
            let set = try HireBinary.run(["candidate", "set-group", candidate, "--dimension", "gender", "--value", value] + ws)
            #expect(set.status == 0, "\(set.stderr)")
        }
        let report = try HireBinary.run(["fairness", "--role", "test-role", "--stage", "screening"] + ws)
        #expect(report.stdout.contains("  man    6        5       83.3%  1.00    ref"), "\(report.stdout)")
        #expect(report.stdout.contains("  woman  6        2       33.3%  0.40    FLAG  0.242"), "\(report.stdout)")
        #expect(!report.stdout.contains("WOMAN") && !report.stdout.contains("Woman"))
    }

    @Test("amending a rating whose evidence was written for the old level needs new evidence or --keep-evidence; history shows both")
    func amendEvidence() throws {
        let s = try Shipped()
        try s.ok(["people", "add", "Ida One", "--email", "ida@example.com"])
        try s.ok(["candidate", "add", "--name", "Ann Able", "--email", "ann@example.com", "--role", "account-executive"])
        try s.ok(["interview", "schedule", "1", "--round", "phone-screen", "--interviewer", "Ida One"])
        try s.ok(["scorecard", "submit", "--candidate", "1", "--round", "phone-screen", "--interviewer", "Ida One",
                  "--rate", "ownership=3", "--rate", "grit=3", "--evidence", "grit=kept calling back", "--rate", "coachability=3", "--recommend", "yes"])
        try s.fails(["scorecard", "amend", "1", "--rate", "grit=2", "--reason", "re-listened"],
                    saying: "the evidence of grit (3 -> 2) was written for the old rating; give new evidence or keep it (--evidence COMPETENCY=\"...\", or --keep-evidence)")
        // Evidence of ratings whose level stays, and new evidence given with the new level, need nothing more.
        try s.ok(["scorecard", "amend", "1", "--rate", "ownership=2", "--reason", "re-listened"])
        try s.ok(["scorecard", "amend", "2", "--rate", "grit=2", "--evidence", "grit=gave up after one call", "--reason", "re-listened"])
        try s.ok(["scorecard", "amend", "3", "--rate", "grit=3", "--keep-evidence", "--reason", "second opinion"])
        let history = try s.ok(["scorecard", "history", "1"]).stdout
        #expect(history.contains("kept calling back") && history.contains("gave up after one call"), "\(history)")
    }
}
