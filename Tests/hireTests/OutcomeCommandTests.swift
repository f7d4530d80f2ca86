import Foundation
import HireTestSupport
import Testing

@Suite("hire binary: ramp leave and outcome import, end to end")
struct OutcomeCommandTests {
    typealias Session = OnboardingCommandTests.Session

    @Test("ramp leave closes the plan as left, drops the hire from status and owed, and is audited")
    func leave() throws {
        try Session.with { s in
            try s.ok(["decide", "1", "hire", "--start", "2026-03-02", "--manager", "maria@example.com", "--today", "2026-02-20"])
            let bad = try HireBinary.run(["ramp", "leave", "1", "--on", "2026-03-20", "--kind", "fired"] + s.ws)
            #expect(bad.status == 64)
            let early = try HireBinary.run(["ramp", "leave", "1", "--on", "2026-03-01", "--kind", "voluntary", "--today", "2026-03-25"] + s.ws)
            #expect(early.status == 1 && early.stderr.contains("before the start date"))
            let out = try s.ok(["ramp", "leave", "nina@example.com", "--on", "2026-03-20", "--kind", "voluntary", "--note", "moved abroad", "--today", "2026-03-25"])
            #expect(out.stdout.contains("Left (voluntary) on 2026-03-20"))
            let plan = try #require(try s.json(["ramp", "plan", "1"]) as? [String: Any])
            let states = (plan["milestones"] as? [[String: Any]])?.map { $0["state"] as? String }
            #expect(states == ["left", "left", "left", "left"])
            #expect(try s.ok(["ramp", "status", "--today", "2026-03-25"]).stdout.contains("No active new hires"))
            let shown = try s.ok(["ramp", "show", "1", "--today", "2026-03-25"]).stdout
            #expect(shown.contains("LEFT 2026-03-20"))
            // Closed as left is not done: leaving is not ramping.
            #expect(shown.contains("Progress on 2026-03-25: 0% done") && shown.contains("left on 2026-03-20, the ramp ended there"), "\(shown)")
            let all = try s.ok(["ramp", "status", "--all", "--today", "2026-03-25"]).stdout
            #expect(all.contains("left 2026-03-20") && !all.contains("100%"), "\(all)")
            let csv = try s.ok(["ramp", "status", "--all", "--today", "2026-03-25", "--format", "csv"]).stdout
            #expect(csv.hasPrefix("HIRE,NAME,ROLE,MANAGER,MENTOR,START,DONE-PCT,ELAPSED-PCT,OVERDUE,AT-RISK,NEXT-DUE,NEXT-MILESTONE,RAMPED,LEFT\n"))
            #expect(csv.contains(",2026-03-20\n"), "\(csv)")
            #expect(!(try s.ok(["owed", "--today", "2026-06-30"]).stdout.contains("Nina")))
            #expect(try s.ok(["audit", "1"]).stdout.contains("ramp.leave"))
            let again = try HireBinary.run(["ramp", "leave", "1", "--on", "2026-03-21", "--kind", "involuntary", "--today", "2026-03-25"] + s.ws)
            #expect(again.status == 1 && again.stderr.contains("already left"))
        }
    }

    @Test("outcome import: FILE:LINE errors and nothing stored; then imported; a corrected sheet replaces")
    func importSheet() throws {
        try Session.with { s in
            try s.ok(["decide", "1", "hire", "--start", "2026-03-02", "--manager", "maria@example.com", "--today", "2026-02-20"])
            let broken = try s.folder.write("bad.csv", "hire,metric,value,date\n1,quota-6m,abc,2026-09-01\nnobody@example.com,quota-6m,1,2026-09-01\n")
            let refused = try HireBinary.run(["outcome", "import", broken] + s.ws)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("bad.csv:2: error: the value 'abc' is not a number"))
            #expect(refused.stderr.contains("bad.csv:3: error: no candidate with that id or email"))
            #expect(!refused.stderr.contains("nobody@"))
            let good = try s.folder.write("q.csv", "hire,metric,value,date\n1,quota-6m,0.9,2026-09-01\nnina@example.com,quota-12m,1.1,2027-03-01\n")
            #expect(try s.ok(["outcome", "import", good]).stdout.contains("2 added, 0 replaced, 0 unchanged"))
            let fixed = try s.folder.write("q2.csv", "hire,metric,value,date\n1,quota-6m,0.95,2026-09-01\n")
            let summary = try #require(try s.json(["outcome", "import", fixed]) as? [String: Any])
            #expect(summary["replaced"] as? Int == 1 && summary["added"] as? Int == 0)
            #expect(try s.ok(["audit", "1"]).stdout.contains("outcome.import"))
        }
    }
}
