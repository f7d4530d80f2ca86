import Foundation
import HireTestSupport
import Testing

/// The issue "First use without a dead end": `hire owed` and `hire settings`, end to end.
@Suite("hire owed and hire settings")
struct OwedCommandTests {
    typealias Shipped = FirstUseCommandTests.Shipped

    @Test("owed lists scorecards for interviews held, overdue milestones by owner and check-ins; interview list names interviewers")
    func owed() throws {
        try Shipped.with { s in
            try s.ok(["settings", "set", "time_zone", "UTC"])
            try s.ok(["people", "add", "Maria Lopez", "--email", "maria@example.com"])
            try s.ok(["people", "add", "Tom Becker", "--email", "tom@example.com"])
            try s.ok(["people", "add", "Hana Berg", "--email", "hana@example.com"])
            try s.ok(["candidate", "add", "--name", "Ann Able", "--email", "ann@example.com", "--role", "account-executive"])
            try s.ok(["candidate", "move", "1", "interviewing", "--reason", "screened"])
            try s.ok(["interview", "schedule", "1", "--round", "phone-screen", "--interviewer", "Tom Becker", "--at", "2026-03-02T10:00"])
            let list = try s.ok(["interview", "list", "1"]).stdout
            #expect(list.contains("phone-screen  Tom Becker"), "\(list)")
            #expect(try s.ok(["interview", "list", "1", "--format", "csv"]).stdout.contains(",Tom Becker"))

            #expect(try s.ok(["owed", "--today", "2026-03-01"]).stdout == "Nothing is owed.\n")
            let late = try s.ok(["owed", "--today", "2026-03-03"]).stdout
            #expect(late.contains("Tom Becker  overdue  14 hours  scorecard  Ann Able (1)  phone-screen scorecard, interview 38 hours ago"), "\(late)")

            try s.ok(["decide", "1", "hire", "--start", "2026-03-09", "--manager", "Maria Lopez", "--override", "test", "--today", "2026-03-04"])
            // HR milestones go to nobody until hr_contact is set.
            var owed = try s.ok(["owed", "--today", "2026-04-10"]).stdout
            #expect(owed.contains("(nobody yet: no HR contact)  overdue"), "\(owed)")
            #expect(owed.contains("Maria Lopez"))
            #expect(owed.contains("1:1 check-in 1 (day 30)"))
            try s.fails(["settings", "set", "hr_contact", "Hana Berg", "--as", "Tom Becker"], saying: "may not do this (settings.manage)")
            let set = try s.ok(["settings", "set", "hr_contact", "hana@example.com"]).stdout
            #expect(set == "hr_contact = Hana Berg (person 3)\n", "\(set)")
            owed = try s.ok(["owed", "--today", "2026-04-10", "--person", "Hana Berg"]).stdout
            #expect(owed.contains("hr-paperwork") && !owed.contains("Maria Lopez"), "\(owed)")
            // Per person, most overdue first.
            let json = try JSONSerialization.jsonObject(with: Data(s.ok(["owed", "--today", "2026-04-10", "--person", "maria@example.com", "--format", "json"]).stdout.utf8)) as? [[String: Any]] ?? []
            let hours = json.compactMap { $0["hoursOverdue"] as? Int }
            #expect(!hours.isEmpty && hours == hours.sorted(by: >), "\(hours)")
            let csv = try s.ok(["owed", "--today", "2026-04-10", "--format", "csv"]).stdout
            #expect(csv.hasPrefix("PERSON-ID,PERSON,KIND,STATUS,CANDIDATE-ID,CANDIDATE,SUBJECT,TITLE,DUE-DATE,DUE-AT,HOURS-OVERDUE,HOURS-SINCE-INTERVIEW\n"))
            // Someone who only interviews sees only their own.
            let tom = try s.ok(["owed", "--today", "2026-04-10", "--as", "Tom Becker"]).stdout
            #expect(tom.contains("Tom Becker") && !tom.contains("Maria Lopez"), "\(tom)")
            try s.fails(["owed", "--person", "Maria Lopez", "--as", "Tom Becker"], saying: "may not do this (owed.view)")
        }
    }

    @Test("settings: list, get, set with validation; audited")
    func settings() throws {
        try Shipped.with { s in
            let list = try s.ok(["settings"]).stdout
            #expect(list.contains("scorecard_due_hours  24 (default)"), "\(list)")
            #expect(list.contains("hr_contact           (not set)"), "\(list)")
            try s.ok(["settings", "set", "scorecard_due_hours", "48"])
            #expect(try s.ok(["settings", "get", "scorecard_due_hours"]).stdout == "48\n")
            try s.fails(["settings", "set", "scorecard_due_hours", "721"], saying: "from 1 to 720")
            try s.fails(["settings", "set", "time_zone", "Mars/Olympus"], saying: "unknown time zone 'Mars/Olympus'")
            try s.fails(["settings", "set", "hr_contact", "nobody@example.com"], saying: "unknown person")
            #expect(try s.run(["settings", "set", "colour", "red"]).status == 64)
            try s.ok(["settings", "set", "time_zone", "Europe/Berlin"])
            #expect(try s.ok(["settings", "get", "time_zone"]).stdout == "Europe/Berlin\n")
            // Merging the HR contact into another person moves the setting with them.
            try s.ok(["people", "add", "Hana Berg", "--email", "hana@example.com"])
            try s.ok(["people", "add", "Hana Berg", "--email", "hana.berg@example.org"])
            try s.ok(["settings", "set", "hr_contact", "hana.berg@example.org"])
            try s.ok(["people", "merge", "hana.berg@example.org", "hana@example.com"])
            #expect(try s.ok(["settings", "get", "hr_contact"]).stdout == "Hana Berg (person 1)\n")
            let audit = try s.ok(["audit"]).stdout
            #expect(audit.contains("workspace.setting") && audit.contains("workspace.timezone"), "\(audit)")
        }
    }
}
