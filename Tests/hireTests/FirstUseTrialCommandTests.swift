import Foundation
import HireTestSupport
import Testing

/// The rest of issue "First use without a dead end": check-in wording from the role profile,
/// and the small findings of the trial run (check-in dates, fairness counts, namesakes, names in output).
@Suite("hire binary: check-in questions and the trial's findings")
struct FirstUseTrialCommandTests {
    /// A customer-success role with its own check-in questions; `plain` is the same role asking the default monthly review.
    static func role(id: String, checkIn: Bool) -> String {
        """
        id: \(id)
        title: Customer Success Manager
        competencies:
          - {id: discovery, name: Discovery, kind: skill, anchors: {1: a, 2: b, 3: c, 4: d}}
          - {id: grit, name: Grit, kind: attitude, anchors: {1: a, 2: b, 3: c, 4: d}}
        interview_plan:
          - {id: panel, name: Panel, focus: [discovery, grit]}
        onboarding:
          milestones:
            - {id: paperwork, title: Paperwork, owner: hr, due_day: 1}
            - {id: shadow, title: Shadow calls, owner: mentor, due_day: 10}
        """ + (checkIn ? """

        checkin:
          - id: renewals
            question: Renewals due this quarter and their risk
          - {id: health, question: "Accounts in red health, and the plan for each"}
        """ : "")
    }

    /// A workspace with the two roles, three people and two candidates, in a scoped folder.
    struct Trial {
        let folder: TemporaryFolder
        var ws: [String] { ["--workspace", folder.path("w.sqlite")] }

        /// A workspace in `timeZone` with roles `csm` (own questions) and `plain`, three people and one candidate per role.
        init(in folder: TemporaryFolder, timeZone: String = "UTC") throws {
            self.folder = folder
            try ok(["init", "--time-zone", timeZone])
            try ok(["roles", "load", try folder.write("csm.yaml", FirstUseTrialCommandTests.role(id: "csm", checkIn: true)), try folder.write("plain.yaml", FirstUseTrialCommandTests.role(id: "plain", checkIn: false))])
            for (name, email) in [("Maria Manager", "maria@example.com"), ("Tom Mentor", "tom@example.com"), ("Ann Other", "ann@example.com")] {
                try ok(["people", "add", name, "--email", email])
            }
            try ok(["candidate", "add", "--name", "Nina Newhire", "--email", "nina@example.com", "--role", "csm"])
            try ok(["candidate", "add", "--name", "Paul Plain", "--email", "paul@example.com", "--role", "plain"])
        }

        @discardableResult
        func ok(_ arguments: [String]) throws -> HireBinary.Result {
            let result = try HireBinary.run(arguments + ws)
            #expect(result.status == 0, "hire \(arguments.joined(separator: " ")): \(result.stderr)")
            return result
        }

        func hire(_ candidate: String) throws -> HireBinary.Result {
            try ok(["candidate", "move", candidate, "interviewing", "--reason", "screened"])
            return try ok([
                "decide", candidate, "hire", "--start", "2026-03-02", "--manager", "Maria Manager", "--today", "2026-02-20", "--override", "trial",
            ])
        }
    }

    @Test("check-in questions come from the role profile; a role without them asks the monthly review")
    func checkInQuestionsFromProfile() throws {
        try withTemporaryFolder { folder in
            let trial = try Trial(in: folder)
            let shown = try trial.ok(["roles", "show", "csm"]).stdout
            #expect(shown.contains("Check-in questions:\n  renewals: Renewals due this quarter and their risk\n  health: Accounts in red health"), "\(shown)")
            #expect(try trial.ok(["roles", "show", "plain"]).stdout.contains("Check-in questions (the default monthly review):\n  results: Results to date"))

            try trial.hire("1")
            let recorded = try trial.ok(["checkin", "add", "1", "--on", "2026-03-30", "--answer", "renewals=two due, one at risk", "--answer", "health=Acme is red; exec call booked"])
            #expect(recorded.stdout.contains("0 observations and 2 answers"), "\(recorded.stdout)")
            let wrong = try HireBinary.run(["checkin", "add", "1", "--on", "2026-03-31", "--forecast", "two deals", "--answer", "helth=x"] + trial.ws)
            #expect(wrong.status == 1)
            #expect(wrong.stderr.contains("role csm asks no check-in question 'forecast'; its questions: renewals, health"), "\(wrong.stderr)")
            #expect(wrong.stderr.contains("asks no check-in question 'helth'") && wrong.stderr.contains("did you mean 'health'"), "\(wrong.stderr)")
            let show = try trial.ok(["ramp", "show", "1", "--today", "2026-04-01"]).stdout
            #expect(show.contains("Renewals due this quarter and their risk: two due, one at risk"), "\(show)")
            #expect(show.contains("Accounts in red health, and the plan for each: Acme is red; exec call booked"))
            let json = try trial.ok(["ramp", "show", "1", "--today", "2026-04-01", "--format", "json"]).stdout
            #expect(json.contains("\"question\" : \"Renewals due this quarter and their risk\""), "\(json)")

            try trial.hire("2")
            try trial.ok(["checkin", "add", "2", "--on", "2026-03-30", "--forecast", "two deals", "--answer", "next-steps=shadow a renewal"])
            let plain = try trial.ok(["ramp", "show", "2", "--today", "2026-04-01"]).stdout
            #expect(plain.contains("Deals forecast to close in the next 30 days: two deals"), "\(plain)")
            #expect(plain.contains("Agreed next steps: shadow a renewal"))

            // Answers are personal data: erasure clears them and leaves no byte of them on disk.
            try trial.ok(["candidate", "erase", "1", "--reason", "data subject request 7"])
            for file in [folder.path("w.sqlite"), folder.path("w.sqlite-wal")] where FileManager.default.fileExists(atPath: file) {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
                #expect(bytes.range(of: Data("exec call booked".utf8)) == nil, "\(file)")
            }
        }
    }

    @Test("a profile's checkin list is checked with the rest: ids, duplicates, unknown keys, an empty list")
    func checkInQuestionsValidated() throws {
        try withTemporaryFolder { folder in
            let bad = Self.role(id: "bad", checkIn: false) + """

                checkin:
                  - {id: health, question: One}
                  - {id: health, question: Two}
                  - {id: Bad Id, question: Three}
                  - {id: late, qestion: Four}
                """
            let result = try HireBinary.run(["roles", "validate", try folder.write("bad.yaml", bad)])
            #expect(result.status != 0)
            let said = result.stdout + result.stderr
            #expect(said.contains("bad.yaml:14:") && said.contains("error: duplicate check-in question id 'health'"), "\(said)")
            #expect(said.contains("check-in question id 'Bad Id' must be lowercase"))
            #expect(said.contains("unknown key 'qestion' in a check-in question; did you mean 'question'?"), "\(said)")
            let empty = try HireBinary.run(["roles", "validate", try folder.write("empty.yaml", Self.role(id: "empty", checkIn: false) + "\ncheckin: []\n")])
            #expect((empty.stdout + empty.stderr).contains("'checkin' needs at least one question"))
        }
    }

    @Test("a check-in cannot be dated after today, today being the workspace time zone's")
    func checkInNotInTheFuture() throws {
        try withTemporaryFolder { folder in
            let trial = try Trial(in: folder, timeZone: "Pacific/Kiritimati")
            try trial.hire("1")
            let late = try HireBinary.run(["checkin", "add", "1", "--on", "2026-04-10", "--today", "2026-04-01"] + trial.ws)
            #expect(late.status == 1)
            #expect(late.stderr.contains("the check-in date 2026-04-10 is after today (2026-04-01)"), "\(late.stderr)")
            // Kiritimati (UTC+14) is often a day ahead of UTC: its today is allowed, its tomorrow is not.
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Pacific/Kiritimati")!
            let format = { (date: Date) in
                let parts = calendar.dateComponents([.year, .month, .day], from: date)
                return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            }
            try trial.ok(["checkin", "add", "1", "--on", format(Date())])
            let tomorrow = try HireBinary.run(["checkin", "add", "1", "--on", format(Date().addingTimeInterval(86_400))] + trial.ws)
            #expect(tomorrow.status == 1 && tomorrow.stderr.contains("is after today"), "\(tomorrow.stderr)")
        }
    }

    @Test("fairness never shows the counts of a group too small to report, in text or JSON")
    func fairnessSmallGroups() throws {
        try withTemporaryFolder { folder in
            let ws = try FairnessCommandTests.workspace(folder)
            let json = try HireBinary.run(["fairness", "--stage", "interviewing", "--min-group", "6", "--format", "json"] + ws)
            #expect(json.status == 0, "\(json.stderr)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let steps = try #require((report["dimensions"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]])
            let groups = try #require(steps.first?["groups"] as? [[String: Any]])
            let small = groups.filter { $0["tooSmall"] as? Bool == true }
            #expect(!small.isEmpty)
            for group in small {
                #expect(group["considered"] == nil && group["selected"] == nil, "\(group)")
                #expect(group["fewerThan"] as? Int == 6)
            }
            let text = try HireBinary.run(["fairness", "--stage", "interviewing", "--min-group", "6"] + ws).stdout
            #expect(text.contains("fewer than 6"), "\(text)")
        }
    }

    @Test("people edit --name warns, with both emails, when someone else has that name")
    func editWarnsOfNamesakes() throws {
        try withTemporaryFolder { folder in
            let trial = try Trial(in: folder)
            let edited = try trial.ok(["people", "edit", "Ann Other", "--name", "Maria Manager"])
            #expect(edited.stderr.contains("warning: 2 people are now called Maria Manager"), "\(edited.stderr)")
            #expect(edited.stderr.contains("maria@example.com") && edited.stderr.contains("ann@example.com"))
            #expect(!(try trial.ok(["people", "edit", "tom@example.com", "--name", "Tom Mentor-Smith"])).stderr.contains("warning"))
        }
    }

    @Test("decide, mentor assign and interview schedule name people by name, with the id")
    func outputsNamePeople() throws {
        try withTemporaryFolder { folder in
            let trial = try Trial(in: folder)
            let scheduled = try trial.ok(["interview", "schedule", "1", "--round", "panel", "--interviewer", "tom@example.com"]).stdout
            #expect(scheduled.contains("candidate 1 (Nina Newhire), round panel, interviewer Tom Mentor (person 2)"), "\(scheduled)")
            let hired = try trial.hire("1").stdout
            #expect(hired.contains("Hired candidate 1 (Nina Newhire): starts 2026-03-02, manager Maria Manager (person 1)"), "\(hired)")
            try trial.ok(["mentor", "add", "Tom Mentor", "--strengths", "discovery"])
            let assigned = try trial.ok(["mentor", "assign", "1", "Tom Mentor", "--today", "2026-03-02"]).stdout
            #expect(assigned.contains("Assigned mentor Tom Mentor (person 2) to candidate 1 (Nina Newhire) from 2026-03-02"), "\(assigned)")
            let rejected = try trial.ok(["decide", "2", "reject", "--reason", "not now"]).stdout
            #expect(rejected.contains("Rejected candidate 2 (Paul Plain)"), "\(rejected)")
        }
    }

    @Test("opening list shows each opening's manager: a MANAGER column at the end, the name in JSON")
    func openingListManager() throws {
        try withTemporaryFolder { folder in
            let trial = try Trial(in: folder)
            try trial.ok(["opening", "add", "CSM-1", "--role", "csm", "--manager", "Maria Manager"])
            try trial.ok(["opening", "add", "CSM-2", "--role", "csm"])
            let text = try trial.ok(["opening", "list"]).stdout
            #expect(text.split(separator: "\n").first?.hasSuffix("MANAGER") == true, "\(text)")
            #expect(text.contains("Maria Manager"))
            let csv = try trial.ok(["opening", "list", "--format", "csv"]).stdout.split(separator: "\n")
            #expect(csv.first == "OPENING,ROLE,STATUS,TITLE,HEADCOUNT,MANAGER")
            #expect(csv.dropFirst().first?.hasSuffix(",Maria Manager") == true, "\(csv)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(try trial.ok(["opening", "list", "--format", "json"]).stdout.utf8)) as? [[String: Any]])
            #expect(json.first?["managerName"] as? String == "Maria Manager" && json.first?["managerId"] as? Int == 1)
            #expect(json.last?["managerName"] == nil)
        }
    }
}
