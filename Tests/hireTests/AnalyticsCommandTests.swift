import Foundation
import HireTestSupport
import Testing

@Suite("hire binary: validity and funnel, end to end")
struct AnalyticsCommandTests {
    typealias Session = OnboardingCommandTests.Session

    /// Nina hired on 2026-03-02 and ramped on 2026-04-01; a second candidate from a referral, rejected.
    static func hiredAndRamped(_ s: Session) throws {
        try s.ok(["decide", "1", "hire", "--start", "2026-03-02", "--manager", "maria@example.com", "--today", "2026-02-20"])
        for (milestone, day) in [("paperwork", "2026-03-02"), ("expectations", "2026-03-03"), ("shadow", "2026-03-12"), ("review-30", "2026-04-01")] {
            try s.ok(["ramp", "complete", "1", milestone, "--on", day, "--today", "2026-04-02"])
        }
        try s.ok(["candidate", "add", "--name", "Rob Referral", "--email", "rob@example.com", "--role", "mini", "--source", "referral"])
        try s.ok(["candidate", "move", "2", "rejected", "--reason", "not now"])
    }

    @Test("validity with one hire: the numbers and the plain warning, nothing called; JSON shape; unknown outcome; access")
    func validity() throws {
        try Session.with { s in
            try Self.hiredAndRamped(s)
            let text = try s.ok(["validity", "--role", "mini", "--outcome", "time-to-ramp", "--today", "2026-04-02"]).stdout
            #expect(text.contains("Validity for mini against time-to-ramp: 1 hire with the outcome, 1 candidate interviewed."))
            #expect(text.contains("SIGNAL") && text.contains("R CORRECTED") && text.contains("too few hires to tell"))
            #expect(text.contains("Fewer than 20 hires have this outcome (1): too few to compute anything yet (a correlation needs at least 3); nothing is called."))
            #expect(text.contains("A correlation on a few hires is not proof"))
            let json = try #require(try s.json(["validity", "--role", "mini", "--outcome", "time-to-ramp", "--today", "2026-04-02"]) as? [String: Any])
            #expect(json["hires"] as? Int == 1 && json["enoughHires"] as? Bool == false && json["lowerIsBetter"] as? Bool == true)
            let signals = try #require(json["signals"] as? [[String: Any]])
            #expect(signals.first?["kind"] as? String == "overall")
            #expect(signals.contains { $0["kind"] as? String == "interviewer" && $0["label"] as? String == "Maria Manager" })
            let unknown = try HireBinary.run(["validity", "--role", "mini", "--outcome", "quota"] + s.ws)
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("retained-365") && unknown.stderr.contains("hire outcome import"))
            #expect(try s.ok(["mentor", "effect"]).stdout.contains("No new hire has a mentor yet."))
            let refused = try HireBinary.run(["validity", "--role", "mini", "--outcome", "day-90", "--as", "Tom Mentor"] + s.ws)
            #expect(refused.status == 1 && refused.stderr.contains("analytics.view"))
        }
    }

    @Test("funnel: text, JSON and CSV from the stage history; filters; --from after --to is a usage error")
    func funnel() throws {
        try Session.with { s in
            try Self.hiredAndRamped(s)
            let text = try s.ok(["funnel"]).stdout
            #expect(text.contains("Funnel: 2 candidates"))
            #expect(text.contains("By source:") && text.contains("referral"))
            let json = try #require(try s.json(["funnel", "--role", "mini"]) as? [String: Any])
            let overall = try #require(json["overall"] as? [String: Any])
            let stages = try #require(overall["stages"] as? [[String: Any]])
            #expect(stages.map { $0["reached"] as? Int } == [2, 1, 1, 1, 1])
            #expect((overall["timeToHire"] as? [String: Any])?["n"] as? Int == 1)
            let csv = try s.ok(["funnel", "--source", "referral", "--format", "csv"]).stdout
            #expect(csv.hasPrefix("SPLIT,KEY,STAGE,REACHED,CONVERSION-PCT,MEDIAN-DAYS,P90-DAYS\nall,all,applied,1,0,"))
            let bad = try HireBinary.run(["funnel", "--from", "2026-05-01", "--to", "2026-04-01"] + s.ws)
            #expect(bad.status == 64)
        }
    }

    @Test("report funnel and report validity write self-contained HTML files, mode 0600")
    func reports() throws {
        try Session.with { s in
            try Self.hiredAndRamped(s)
            let funnel = s.folder.path("funnel.html")
            #expect(try s.ok(["report", "funnel", "-o", funnel]).stdout.contains("Wrote the funnel report (2 candidates)"))
            let validity = s.folder.path("validity.html")
            try s.ok(["report", "validity", "-o", validity, "--role", "mini", "--outcome", "time-to-ramp", "--today", "2026-04-02"])
            for path in [funnel, validity] {
                let html = try String(contentsOfFile: path, encoding: .utf8)
                #expect(html.contains("<svg class=\"chart\"") || html.contains("nothing to plot"))
                #expect(!html.contains("<script"))
                let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
                #expect(mode == 0o600)
            }
        }
    }

    @Test("hire demo ends with the funnel and a validity table on a generated, labelled fictional history beside the demo workspace")
    func demo() throws {
        try withTemporaryFolder { folder in
            let result = try HireBinary.run(["demo", "--workspace", folder.path("demo.sqlite")], in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("A generated, FICTIONAL history"))
            #expect(result.stdout.contains("Done. Explore the demo workspace:"))
            #expect(result.stdout.contains("200 fictional candidates") && result.stdout.contains("40 hired"))
            #expect(result.stdout.contains("Funnel: 200 candidates (role account-executive)"))
            #expect(result.stdout.contains("Validity for account-executive against time-to-ramp: 39 hires with the outcome, 96 candidates interviewed."))
            #expect(result.stdout.contains("higher goes with better"))
            let history = folder.path("history-demo.sqlite")
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(HireBinary.run(["funnel", "--format", "json", "--workspace", history]).stdout.utf8)) as? [String: Any])
            #expect((json["overall"] as? [String: Any])?["candidates"] as? Int == 200)
            let quota = try HireBinary.run(["validity", "--role", "account-executive", "--outcome", "quota-12m", "--today", "2026-03-16", "--workspace", history])
            #expect(quota.status == 0 && quota.stdout.contains("Overall score"))
            for report in ["funnel.html", "validity.html"] {
                let html = try String(contentsOfFile: folder.path(report), encoding: .utf8)
                #expect(html.contains("A generated, fictional history made by the demo: nobody in it is real."), "\(report)")
            }
        }
    }
}
