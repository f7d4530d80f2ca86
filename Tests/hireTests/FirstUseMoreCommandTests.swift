import Foundation
import HireTestSupport
import Testing

/// The issue "First use without a dead end", later items: dates of milestones, fairness
/// groups, evidence on amendment, spreadsheets and wording.
@Suite("first use without a dead end, continued")
struct FirstUseMoreCommandTests {
    typealias Shipped = FirstUseCommandTests.Shipped

    /// Runs `body` with a workspace with Ann Able hired to start on 2026-03-09, managed by Maria Lopez.
    @discardableResult
    static func hired<T>(_ body: (Shipped) throws -> T) throws -> T {
        try Shipped.with { s in
            try s.ok(["people", "add", "Maria Lopez", "--email", "maria@example.com"])
            try s.ok(["candidate", "add", "--name", "Ann Able", "--email", "ann@example.com", "--role", "account-executive"])
            try s.ok(["candidate", "move", "1", "interviewing", "--reason", "screened"])
            try s.ok(["decide", "1", "hire", "--start", "2026-03-09", "--manager", "Maria Lopez", "--override", "test", "--today", "2026-03-04"])
            return try body(s)
        }
    }

    @Test("ramp waive takes --on like complete; neither may be dated before the start or after today")
    func milestoneDates() throws {
        try Self.hired { s in
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

    @Test("fairness groups are compared case- and whitespace-insensitively, named by the spelling used most")
    func fairnessSpellings() throws {
        try withTemporaryFolder { folder in
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
    }

    @Test("amending a rating whose evidence was written for the old level needs new evidence or --keep-evidence; history shows both")
    func amendEvidence() throws {
        try Shipped.with { s in
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

    @Test("spreadsheets: --excel CSV, scorecard export under the blind rule, candidate list dates, empty slate scores")
    func spreadsheets() throws {
        try Shipped.with { s in
            try s.ok(["people", "add", "Ida One", "--email", "ida@example.com"])
            try s.ok(["people", "add", "Jo Two", "--email", "jo@example.com"])
            try s.ok(["opening", "add", "AE-1", "--role", "account-executive"])
            try s.ok(["candidate", "add", "--name", "Ann Able", "--email", "ann@example.com", "--opening", "AE-1"])
            try s.ok(["candidate", "add", "--name", "Bea Bold", "--email", "bea@example.com", "--role", "account-executive"])
            for person in ["Ida One", "Jo Two"] {
                try s.ok(["interview", "schedule", "1", "--round", "phone-screen", "--interviewer", person])
            }
            try s.ok(["scorecard", "submit", "--candidate", "1", "--round", "phone-screen", "--interviewer", "Ida One",
                      "--rate", "ownership=3", "--rate", "grit=3", "--evidence", "grit=kept calling back, twice", "--rate", "coachability=3", "--recommend", "yes"])

            // One row per rating; the owner sees all; Jo, on the panel and not yet submitted, sees none.
            let csv = try s.ok(["scorecard", "export", "--role", "account-executive", "--format", "csv"]).stdout
            let lines = csv.split(separator: "\n")
            #expect(lines.first == "CANDIDATE-ID,CANDIDATE,ROUND,INTERVIEWER,COMPETENCY,RATING,EVIDENCE,RECOMMENDATION,SUBMITTED-AT,VERSION,SCORECARD,SKIP-REASON,ROLE,OPENING")
            #expect(lines.count == 4, "\(csv)")
            #expect(csv.contains("1,Ann Able,phone-screen,Ida One,grit,3,\"kept calling back, twice\",yes,"), "\(csv)")
            #expect(try s.ok(["scorecard", "export", "--format", "csv", "--as", "Jo Two"]).stdout.split(separator: "\n").count == 1)
            let json = try JSONSerialization.jsonObject(with: Data(s.ok(["scorecard", "export", "--opening", "AE-1", "--format", "json"]).stdout.utf8)) as? [[String: Any]]
            #expect(json?.count == 3 && json?.first?["version"] as? Int == 1)

            // --excel: a byte-order mark and CRLF; only with --format csv.
            let excel = try s.ok(["candidate", "list", "--format", "csv", "--excel"]).stdout
            #expect(excel.hasPrefix("\u{FEFF}ID,NAME,EMAIL,ROLE,OPENING,STAGE,SOURCE,APPLIED,LAST-CHANGED\r\n"), "\(excel.debugDescription)")
            #expect(excel.hasSuffix("\r\n") && !excel.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
            let slateExcel = try s.ok(["slate", "account-executive", "--format", "csv", "--excel"]).stdout
            #expect(slateExcel.hasPrefix("\u{FEFF}RANK,") && slateExcel.contains("\r\n"))
            #expect(try s.run(["candidate", "list", "--excel"]).status == 64)

            // Candidate list: applied and last-changed dates at the end.
            let list = try s.ok(["candidate", "list", "--format", "csv"]).stdout
            let today = try s.sqlite("SELECT date('now')")
            #expect(list.contains("ann@example.com,account-executive,AE-1,applied,,\(today),\(today)"), "\(list)")

            // A slate cell with no score is empty, not '-.
            let slate = try s.ok(["slate", "account-executive", "--format", "csv"]).stdout
            #expect(!slate.contains("'-"), "\(slate)")
            #expect(slate.contains(",Bea Bold,applied,,,"), "\(slate)")
        }
    }

    @Test("text output: singulars, no empty parentheses, roles validate does not say nothing was loaded")
    func wording() throws {
        try withTemporaryFolder { folder in
            let one = try folder.write("one.yaml", """
                id: one-role
                title: One Role
                competencies:
                  - id: discovery
                    name: Discovery
                    kind: skill
                    weight: 1
                    anchors: {1: "a", 2: "b", 3: "c", 4: "d"}
                interview_plan:
                  - id: screen
                    name: Screen
                    focus: [discovery]
                onboarding:
                  milestones:
                    - id: paperwork
                      title: Paperwork
                      owner: hr
                      due_day: 1
                """)
            let ok = try HireBinary.run(["roles", "validate", one])
            #expect(ok.stdout.contains("ok: one-role (1 competency, 1 round, 1 milestone)"), "\(ok.stdout)")
            let broken = try folder.write("broken.yaml", "id: broken\ntitle: Broken\n")
            let validate = try HireBinary.run(["roles", "validate", broken])
            #expect(validate.status == 1 && !validate.stderr.contains("nothing was loaded"), "\(validate.stderr)")
            #expect(validate.stderr.contains(" error") && !validate.stderr.contains("(s)"), "\(validate.stderr)")
            try Shipped.with { s in
                #expect(try s.run(["roles", "load", broken]).stderr.contains("; nothing was loaded"))

                // The candidate report, viewed by a panel member who has not submitted: no empty parentheses.
                try s.ok(["people", "add", "Ida One", "--email", "ida@example.com"])
                try s.ok(["people", "add", "Jo Two", "--email", "jo@example.com"])
                try s.ok(["candidate", "add", "--name", "Ann Able", "--email", "ann@example.com", "--role", "account-executive"])
                for person in ["Ida One", "Jo Two"] { try s.ok(["interview", "schedule", "1", "--round", "phone-screen", "--interviewer", person]) }
                try s.ok(["scorecard", "submit", "--candidate", "1", "--round", "phone-screen", "--interviewer", "Ida One",
                          "--rate", "ownership=3", "--rate", "grit=3", "--rate", "coachability=3", "--recommend", "yes"])
                let report = try s.ok(["candidate", "report", "1", "--as", "Jo Two"]).stdout
                #expect(report.contains("1 scorecard submitted by others;"), "\(report)")
                #expect(!report.contains("()"))
                let list = try s.ok(["scorecard", "list", "1", "--as", "Jo Two"]).stdout
                #expect(list.contains("1 scorecard submitted by others (phone-screen: 1);"), "\(list)")
            }
        }
    }

    @Test("shell completion scripts, as the README documents them, know the new commands", arguments: ["bash", "zsh", "fish"])
    func completions(_ shell: String) throws {
        let script = try HireBinary.run(["--generate-completion-script", shell])
        #expect(script.status == 0, "\(script.stderr)")
        #expect(script.stdout.contains("owed") && script.stdout.contains("settings"))
        let readme = try String(contentsOf: HireBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("hire --generate-completion-script \(shell)"))
    }
}
