import Foundation
import HireTestSupport
import Testing

@Suite("hire binary: hire decision to ramped, end to end")
struct OnboardingCommandTests {
    static let role = """
        id: mini
        title: Mini Role
        competencies:
          - {id: discovery, name: Discovery, kind: skill, weight: 3, must_have: 3, anchors: {1: a, 2: b, 3: c, 4: d}}
          - {id: product, name: Product, kind: knowledge, weight: 1, anchors: {1: a, 2: b, 3: c, 4: d}}
          - {id: grit, name: Grit, kind: attitude, weight: 2, anchors: {1: a, 2: b, 3: c, 4: d}}
        interview_plan:
          - {id: panel, name: Panel, focus: [discovery, product, grit]}
        onboarding:
          milestones:
            - {id: paperwork, title: Paperwork, owner: hr, due_day: 1}
            - {id: expectations, title: Expectations, owner: manager, due_day: 2, after: [paperwork]}
            - {id: shadow, title: Shadow calls, owner: mentor, due_day: 10, competencies: [product], after: [expectations]}
            - {id: review-30, title: Day-30 review, owner: manager, due_day: 30, after: [expectations]}
        """

    /// A workspace with Nina Newhire scored yes on the panel by Maria Manager, two other people.
    struct Session: FolderFixture {
        let folder: TemporaryFolder
        var ws: [String] { ["--workspace", folder.path("w.sqlite")] }

        init(in folder: TemporaryFolder) throws {
            self.folder = folder
            _ = try folder.write("mini.yaml", OnboardingCommandTests.role)
            try ok(["init"])
            try ok(["roles", "load", folder.path("mini.yaml")])
            try ok(["candidate", "add", "--name", "Nina Newhire", "--email", "nina@example.com", "--role", "mini"])
            try ok(["candidate", "move", "1", "interviewing", "--reason", "screened"])
            for (name, email) in [("Maria Manager", "maria@example.com"), ("Tom Mentor", "tom@example.com"), ("Ann Mentor", "ann@example.com")] {
                try ok(["people", "add", name, "--email", email])
            }
            try ok(["interview", "schedule", "1", "--round", "panel", "--interviewer", "Maria Manager"])
            try ok([
                "scorecard", "submit", "--candidate", "1", "--round", "panel", "--interviewer", "Maria Manager", "--rate", "discovery=3",
                "--rate", "product=2", "--rate", "grit=4", "--evidence", "grit=kept calling after ten rejections", "--recommend", "yes",
            ])
        }

        @discardableResult
        func ok(_ arguments: [String]) throws -> HireBinary.Result {
            let result = try HireBinary.run(arguments + ws)
            #expect(result.status == 0, "hire \(arguments.joined(separator: " ")): \(result.stderr)")
            return result
        }

        func json(_ arguments: [String]) throws -> Any {
            try JSONSerialization.jsonObject(with: Data(try ok(arguments + ["--format", "json"]).stdout.utf8))
        }
    }

    @Test("decide hire creates the plan; mentor matched on gaps; milestones, check-ins and status through the binary")
    func rampJourney() throws {
        try Session.with { s in
            try s.ok(["decide", "1", "hire", "--start", "2026-03-02", "--manager", "maria@example.com", "--today", "2026-02-20"])
            let plan = try #require(try s.json(["ramp", "plan", "1"]) as? [String: Any])
            #expect(plan["focusAreas"] as? [String] == ["product", "discovery"])
            let milestones = try #require(plan["milestones"] as? [[String: Any]])
            #expect(milestones.map { $0["milestoneId"] as? String } == ["paperwork", "expectations", "shadow", "review-30"])
            #expect(milestones.map { $0["dueDate"] as? String } == ["2026-03-03", "2026-03-04", "2026-03-12", "2026-04-01"])
            #expect(milestones[2]["priority"] as? Bool == true)

            try s.ok(["mentor", "add", "Tom Mentor", "--strengths", "product=4,discovery=2", "--capacity", "1"])
            try s.ok(["mentor", "add", "ann@example.com", "--strengths", "grit"])
            try s.ok(["mentor", "add", "maria@example.com", "--strengths", "product=4,discovery=4"])
            let suggestions = try #require(try s.json(["mentor", "suggest", "1"]) as? [[String: Any]])
            #expect(suggestions.map { $0["name"] as? String } == ["Tom Mentor", "Ann Mentor"])
            #expect((suggestions[0]["explanation"] as? String)?.contains("covers product 4/4") == true)
            try s.ok(["mentor", "assign", "1", "Tom Mentor", "--today", "2026-03-02"])

            let blocked = try HireBinary.run(["ramp", "complete", "1", "shadow", "--on", "2026-03-05"] + s.ws)
            #expect(blocked.status == 1)
            #expect(blocked.stderr.contains("comes after expectations"))
            try s.ok(["ramp", "complete", "1", "paperwork", "--on", "2026-03-02", "--note", "all signed"])
            try s.ok(["ramp", "complete", "1", "expectations", "--on", "2026-03-03"])
            try s.ok(["checkin", "add", "1", "--on", "2026-03-30", "--observe", "product=3", "--notes", "first 1:1", "--forecast", "two deals"])

            let status = try #require(try s.json(["ramp", "status", "--today", "2026-03-14"]) as? [[String: Any]])
            #expect(status.count == 1)
            #expect(status[0]["overdue"] as? Int == 1)
            #expect(status[0]["mentor"] as? String == "Tom Mentor")
            #expect((status[0]["nextDue"] as? [String: Any])?["milestone"] as? String == "shadow")
            let csv = try s.ok(["ramp", "status", "--today", "2026-03-14", "--format", "csv", "--overdue"]).stdout
            #expect(csv.hasPrefix("HIRE,NAME,ROLE,MANAGER,MENTOR,START,DONE-PCT,ELAPSED-PCT,OVERDUE,AT-RISK,NEXT-DUE,NEXT-MILESTONE,RAMPED,LEFT\n1,Nina Newhire,mini,Maria Manager,Tom Mentor,2026-03-02,50,40,1,0,2026-03-12,shadow,,\n"))
            #expect(try s.ok(["ramp", "status", "--today", "2026-03-14", "--manager", "Tom Mentor"]).stdout.contains("No active new hires"))

            let show = try s.ok(["ramp", "show", "1", "--today", "2026-03-31"]).stdout
            #expect(show.contains("OVERDUE"))
            #expect(show.contains("product (focus): 2 -> 3 -> - -> -"))

            try s.ok(["ramp", "waive", "1", "shadow", "--reason", "shadowed at the kickoff week", "--today", "2026-03-20"])
            try s.ok(["ramp", "complete", "1", "review-30", "--on", "2026-04-01"])
            #expect(try s.ok(["ramp", "status", "--today", "2026-04-02"]).stdout.contains("No active new hires"))
            let stats = try #require(try s.json(["ramp", "stats"]) as? [[String: Any]])
            #expect(stats.contains { $0["dimension"] as? String == "mentor" && $0["key"] as? String == "Tom Mentor" && $0["averageDays"] as? Double == 30 })
        }
    }

    @Test("bad input gets a clear error and changes nothing")
    func badInput() throws {
        try Session.with { s in
            try s.ok(["decide", "1", "hire", "--start", "2026-03-02", "--manager", "maria@example.com", "--today", "2026-02-20"])
            let audit = try s.ok(["audit", "--format", "json"]).stdout
            let cases: [([String], String)] = [
                (["ramp", "plan", "99"], "no candidate"),
                (["ramp", "complete", "1", "shadw"], "unknown milestone 'shadw'; did you mean 'shadow'?"),
                (["mentor", "assign", "1", "Tom Mentor"], "is not a mentor"),
                (["checkin", "add", "1", "--on", "2026-03-05", "--observe", "product=9"], "outside the scale 1..4"),
                (["ramp", "complete", "1", "paperwork", "--force"], "--force needs --reason"),
                (["ramp", "status", "--today", "2026-02-30"], "--today"),
            ]
            for (arguments, message) in cases {
                let result = try HireBinary.run(arguments + s.ws)
                #expect(result.status != 0, "\(arguments)")
                #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            }
            try s.ok(["ramp", "waive", "1", "paperwork", "--reason", "rehire"])
            let again = try HireBinary.run(["ramp", "complete", "1", "paperwork", "--on", "2026-03-02"] + s.ws)
            #expect(again.status == 1)
            #expect(again.stderr.contains("was waived"))
            let twice = try HireBinary.run(["decide", "1", "hire", "--start", "2026-03-09", "--manager", "maria@example.com"] + s.ws)
            #expect(twice.status != 0)
            let after = try s.ok(["audit", "--format", "json"]).stdout
            #expect(after.components(separatedBy: "\"action\"").count == audit.components(separatedBy: "\"action\"").count + 1)
        }
    }

    @Test("ramp assign names the owner of one milestone: shown by name, owed by them, audited; refused for a mentor of nobody")
    func assignOwner() throws {
        try Session.with { s in
            try s.ok(["decide", "1", "hire", "--start", "2026-03-02", "--manager", "maria@example.com", "--today", "2026-02-20"])
            try s.ok(["ramp", "assign", "1", "paperwork", "Ann Mentor"])
            let plan = try #require(try s.json(["ramp", "plan", "1"]) as? [String: Any])
            let paperwork = try #require((plan["milestones"] as? [[String: Any]])?.first { $0["milestoneId"] as? String == "paperwork" })
            #expect(paperwork["ownerPersonId"] as? Int == 3)
            #expect(try s.ok(["ramp", "show", "1", "--today", "2026-03-10"]).stdout.contains("Ann Mentor"))
            #expect(try s.ok(["owed", "--person", "Ann Mentor", "--today", "2026-03-10"]).stdout.contains("paperwork") )
            #expect(try s.ok(["audit", "1"]).stdout.contains("ramp.assign"))
            let refused = try HireBinary.run(["ramp", "assign", "1", "expectations", "Tom Mentor", "--as", "Tom Mentor"] + s.ws)
            #expect(refused.status != 0 && refused.stderr.contains("milestone.assign"), "\(refused.stderr)")
        }
    }

    @Test("--today shows the past as it was: a hire who ramped later is listed, milestones finished later are open")
    func pastAsItWas() throws {
        try Session.with { s in
            try s.ok(["decide", "1", "hire", "--start", "2026-03-02", "--manager", "maria@example.com", "--today", "2026-02-20"])
            for (milestone, day) in [("paperwork", "2026-03-03"), ("expectations", "2026-03-04"), ("shadow", "2026-03-12"), ("review-30", "2026-04-01")] {
                try s.ok(["ramp", "complete", "1", milestone, "--on", day, "--today", "2026-04-02"])
            }
            // Ramped on 2026-04-01: gone from today's list, there on 2026-03-05 with two milestones done.
            let now = try #require(try s.json(["ramp", "status", "--today", "2026-04-02"]) as? [[String: Any]])
            #expect(now.isEmpty)
            let then = try #require(try s.json(["ramp", "status", "--today", "2026-03-05"]) as? [[String: Any]])
            #expect(then.count == 1)
            #expect(then.first?["finished"] as? Int == 2)
            #expect(then.first?["rampedOn"] == nil)
            let show = try s.ok(["ramp", "show", "1", "--today", "2026-03-05"]).stdout
            #expect(!show.contains("ramped on"), "\(show)")
            let timeline = try #require(try s.json(["ramp", "show", "1", "--today", "2026-03-05"]) as? [String: Any])
            let entries = try #require(timeline["entries"] as? [[String: Any]])
            let states = entries.compactMap { ($0["milestone"] as? [String: Any])?["state"] as? String }
            #expect(states == ["done", "done", "open", "open"], "\(timeline.keys)")
        }
    }
}
