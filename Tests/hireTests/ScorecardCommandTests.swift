import Foundation
import HireTestSupport
import Testing

@Suite("hire binary: interviews, scorecards, slate, report and decisions end to end")
struct ScorecardCommandTests {
    /// A small role on a 1..4 scale: discovery (skill, weight 3, must have 3), product (knowledge), grit (attitude, weight 2).
    static let role = """
        id: mini
        title: Mini Role
        competencies:
          - {id: discovery, name: Discovery, kind: skill, weight: 3, must_have: 3, anchors: {1: a, 2: b, 3: c, 4: d}}
          - {id: product, name: Product, kind: knowledge, weight: 1, anchors: {1: a, 2: b, 3: c, 4: d}}
          - {id: grit, name: Grit, kind: attitude, weight: 2, anchors: {1: a, 2: b, 3: c, 4: d}}
        interview_plan:
          - {id: screen, name: Screen, focus: [discovery, grit]}
          - {id: panel, name: Panel, focus: [discovery, product, grit]}
        """

    struct Session: FolderFixture {
        let folder: TemporaryFolder
        var ws: [String] { ["--workspace", folder.path("w.sqlite")] }

        init(in folder: TemporaryFolder) throws {
            self.folder = folder
            let roles = folder.path("roles")
            try FileManager.default.createDirectory(atPath: roles, withIntermediateDirectories: true)
            _ = try folder.write("roles/mini.yaml", ScorecardCommandTests.role)
            _ = try folder.write("roles/other.yaml", ScorecardCommandTests.role.replacingOccurrences(of: "id: mini", with: "id: other"))
            try ok(["init"])
            try ok(["roles", "load", roles])
            for (name, email) in [("Ann Candidate", "ann@example.com"), ("Bob Candidate", "bob@example.com")] {
                try ok(["candidate", "add", "--name", name, "--email", email, "--role", "mini"])
                try ok(["candidate", "move", email, "interviewing", "--reason", "screened"])
            }
            for (name, email) in [("Ida One", "ida@example.com"), ("Jo Two", "jo@example.com"), ("Kim Three", "kim@example.com")] {
                try ok(["people", "add", name, "--email", email])
            }
            for candidate in ["1", "2"] {
                for interviewer in ["1", "2", "3"] {
                    // A panel: the candidate's interviewers together; the next candidate an hour later.
                    try ok(["interview", "schedule", candidate, "--round", "screen", "--interviewer", interviewer, "--at", "2026-03-02T1\(candidate):00"])
                }
            }
        }

        @discardableResult
        func run(_ arguments: [String]) throws -> HireBinary.Result { try HireBinary.run(arguments + ws) }

        @discardableResult
        func ok(_ arguments: [String]) throws -> HireBinary.Result {
            let result = try run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return result
        }

        func json(_ arguments: [String]) throws -> Any {
            try JSONSerialization.jsonObject(with: Data(ok(arguments + ["--format", "json"]).stdout.utf8))
        }

        func count(_ table: String) throws -> Int {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["sqlite3", folder.path("w.sqlite"), "SELECT count(*) FROM \(table)"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            process.waitUntilExit()
            return Int(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }
    }

    @Test("form round trip, independence, amendment, slate and a hire, with JSON output")
    func fullFlow() throws {
        try Session.with { s in
            let form = s.folder.path("ida.yaml")
            try s.ok(["scorecard", "new", "1", "--round", "screen", "--interviewer", "ida@example.com", "-o", form])
            var text = try String(contentsOfFile: form, encoding: .utf8)
            #expect(text.contains("  discovery:\n    rating:\n    evidence:\n    skip_reason:"))
            text = text.replacingOccurrences(of: "  discovery:\n    rating:\n    evidence:", with: "  discovery:\n    rating: 4\n    evidence: quantified the pain")
            text = text.replacingOccurrences(of: "  grit:\n    rating:", with: "  grit:\n    rating: 3")
            text = text.replacingOccurrences(of: "recommendation:", with: "recommendation: strong-yes")
            try text.write(toFile: form, atomically: true, encoding: .utf8)
            let submitted = try s.ok(["scorecard", "submit", form, "--by", "ida"])
            #expect(submitted.stdout.contains("Recorded scorecard 1"))
            #expect(submitted.stdout.contains(", interviewer Ida One (1), "), "\(submitted.stdout)")

            // Jo has not submitted: counts only
            let hidden = try s.json(["scorecard", "list", "1", "--as", "jo@example.com"]) as? [String: Any]
            #expect(hidden?["hidden"] as? Bool == true)
            #expect(hidden?["hiddenCount"] as? Int == 1)
            #expect((hidden?["scorecards"] as? [Any])?.isEmpty == true)
            let hiddenReport = try s.json(["candidate", "report", "1", "--as", "Jo Two"]) as? [String: Any]
            #expect(hiddenReport?["score"] == nil && hiddenReport?["hidden"] as? Bool == true)
            let hiddenText = try s.ok(["candidate", "report", "1", "--as", "Jo Two"]).stdout
            #expect(!hiddenText.contains("strong-yes") && !hiddenText.contains("quantified"))

            try s.ok(["scorecard", "submit", "--candidate", "1", "--round", "screen", "--interviewer", "jo@example.com",
                      "--rate", "discovery=2", "--rate", "grit=3", "--recommend", "no", "--notes", "rambling"])
            let visible = try s.json(["scorecard", "list", "1", "--as", "jo@example.com"]) as? [String: Any]
            #expect((visible?["scorecards"] as? [Any])?.count == 2)

            // amend Jo's: new version, history keeps both
            try s.ok(["scorecard", "amend", "2", "--rate", "discovery=3", "--reason", "re-read notes"])
            let history = try s.json(["scorecard", "history", "2"]) as? [[String: Any]]
            #expect(history?.count == 2)
            #expect(history?.map { ($0["scorecard"] as? [String: Any])?["version"] as? Int } == [1, 2])
            #expect((history?.last?["scorecard"] as? [String: Any])?["amendReason"] as? String == "re-read notes")

            // candidate 2: fails the discovery must-have
            try s.ok(["scorecard", "submit", "--candidate", "2", "--round", "screen", "--interviewer", "1",
                      "--rate", "discovery=2", "--rate", "grit=4", "--evidence", "grit=finished a bad quarter strong", "--recommend", "yes"])

            let report = try s.json(["candidate", "report", "1"]) as? [String: Any]
            let score = report?["score"] as? [String: Any]
            // discovery (4+3)/2 = 3.5, grit 3 -> overall (3*3.5 + 2*3)/5 = 3.3
            #expect(abs(((score?["overall"] as? [String: Any])?["value"] as? Double ?? 0) - 3.3) < 1e-9)
            #expect(score?["incomplete"] as? [String] == ["product"])
            #expect((score?["flags"] as? [[String: Any]])?.map { $0["message"] as? String } == ["panel split: 1 yes, 1 no"])

            let slate = try s.json(["slate", "mini"]) as? [String: Any]
            let entries = slate?["entries"] as? [[String: Any]]
            #expect(entries?.map { $0["candidateId"] as? Int } == [1, 2])
            #expect(entries?.last?["mustHaveFailures"] as? [String] == ["does not meet: discovery 2 < 3"])
            #expect(entries?.first?["coachingStyle"] as? String == "delegate")
            #expect(entries?.first?["confidence"] as? Int == 4)
            let csv = try s.ok(["slate", "mini", "--format", "csv"]).stdout
            #expect(csv.hasPrefix("RANK,ID,NAME,STAGE,SCORE,SCORE100,MUST-HAVES,CONFIDENCE,STYLE,INCOMPLETE,FLAGS\n1,1,Ann Candidate,interviewing,3.3,77,met,4,delegate,product,\"panel split: 1 yes, 1 no\"\n"))

            // hire: incomplete (product unrated) needs --override
            let refused = try s.run(["decide", "1", "hire", "--start", "2026-04-01", "--manager", "Ida One"])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("incomplete: not rated: product") && refused.stderr.contains("--override"))
            #expect(!refused.stderr.contains("Ann"))
            try s.ok(["decide", "1", "hire", "--start", "2026-04-01", "--manager", "Ida One", "--override", "product is taught in onboarding", "--today", "2026-03-20", "--by", "ida"])
            let decided = try s.json(["candidate", "report", "1"]) as? [String: Any]
            #expect((decided?["candidate"] as? [String: Any])?["stage"] as? String == "hired")
            let decision = (decided?["decisions"] as? [[String: Any]])?.first
            #expect(decision?["override"] as? String == "product is taught in onboarding")
            #expect(decision?["startDate"] as? String == "2026-04-01")
            #expect(decision?["actor"] as? String == "ida")
            try s.ok(["decide", "2", "reject", "--reason", "discovery below the bar"])
        }
    }

    @Test("bad input exits non-zero with a clear message and records nothing", arguments: [
        (["scorecard", "submit", "--candidate", "99", "--round", "screen", "--interviewer", "1", "--rate", "discovery=3", "--rate", "grit=3", "--recommend", "yes"], "no candidate with that id"),
        (["scorecard", "submit", "--candidate", "1", "--round", "lunch", "--interviewer", "1", "--rate", "discovery=3", "--rate", "grit=3", "--recommend", "yes"], "unknown round 'lunch'"),
        (["scorecard", "submit", "--candidate", "1", "--round", "screen", "--interviewer", "1", "--rate", "discover=3", "--rate", "grit=3", "--recommend", "yes"], "unknown competency 'discover' for role mini; did you mean 'discovery'?"),
        (["scorecard", "submit", "--candidate", "1", "--round", "screen", "--interviewer", "zed", "--rate", "discovery=3", "--rate", "grit=3", "--recommend", "yes"], "unknown person 'zed'"),
        (["scorecard", "submit", "--candidate", "1", "--round", "screen", "--interviewer", "1", "--rate", "discovery=7", "--rate", "grit=3", "--recommend", "yes"], "error: rating 7 for 'discovery' is outside the scale: use a whole number from 1 to 4, or n/a"),
        (["interview", "schedule", "1", "--round", "lunch", "--interviewer", "1"], "unknown round 'lunch'"),
        (["interview", "schedule", "1", "--round", "screen", "--interviewer", "nobody"], "unknown person 'nobody'"),
        (["interview", "schedule", "1", "--round", "screen", "--interviewer", "Ida"], "unknown person 'Ida'; did you mean 'Ida One'?"),
        (["interview", "schedule", "1", "--round", "screen", "--interviewer", "1", "--at", "2026-02-30T10:00"], "--at: no such day on the calendar (2026-02-30)"),
        (["decide", "1", "hire", "--start", "next monday", "--manager", "1"], "--start must be a date YYYY-MM-DD"),
        (["decide", "1", "reject"], "A reject needs --reason"),
        (["slate", "nope"], "unknown role 'nope'"),
    ])
    func badInput(_ arguments: [String], _ expected: String) throws {
        try Session.with { s in
            let before = try ["scorecard", "rating", "interview", "decision", "auditEvent"].map(s.count)
            let result = try s.run(arguments)
            #expect(result.status == 1 || result.status == 64)  // 64: a usage error caught before the workspace is opened
            #expect(result.stderr.contains(expected), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(!result.stderr.contains("Ann") && !result.stderr.contains("ann@"))
            #expect(try ["scorecard", "rating", "interview", "decision", "auditEvent"].map(s.count) == before)
        }
    }

    @Test("a form for another role and a duplicate submission are refused, located in the form")
    func formErrors() throws {
        try Session.with { s in
            let form = s.folder.path("f.yaml")
            try s.ok(["scorecard", "new", "1", "--round", "screen", "--interviewer", "1", "-o", form])
            var text = try String(contentsOfFile: form, encoding: .utf8)
            text = text.replacingOccurrences(of: "  discovery:\n    rating:", with: "  discovery:\n    rating: 3")
            text = text.replacingOccurrences(of: "  grit:\n    rating:", with: "  grit:\n    rating: 3")
            text = text.replacingOccurrences(of: "recommendation:", with: "recommendation: yes")
            try text.replacingOccurrences(of: "role: mini", with: "role: other").write(toFile: form, atomically: true, encoding: .utf8)
            let wrongRole = try s.run(["scorecard", "submit", form])
            #expect(wrongRole.status == 1)
            #expect(wrongRole.stderr.contains("f.yaml:11:7: error: this form is for other version 1, but the candidate is assessed against mini version 1"), "\(wrongRole.stderr)")
            try text.write(toFile: form, atomically: true, encoding: .utf8)
            try s.ok(["scorecard", "submit", form])
            let before = try s.count("rating")
            let duplicate = try s.run(["scorecard", "submit", form])
            #expect(duplicate.status == 1)
            #expect(duplicate.stderr.contains("already submitted scorecard 1 for this candidate in round 'screen'; change it with `hire scorecard amend 1"))
            #expect(try s.count("rating") == before)
            // --output refuses to overwrite a form
            #expect(try s.run(["scorecard", "new", "1", "--round", "screen", "--interviewer", "1", "-o", form]).status == 1)
        }
    }

    @Test("hire demo: a panel scores three candidates, the slate ranks them, the top one is hired with a ramp plan")
    func demo() throws {
        try withTemporaryFolder { folder in
            let path = folder.path("demo.sqlite")
            let result = try HireBinary.run(["demo", "--workspace", path, "--imports", folder.url.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("12 scorecards submitted for 3 candidates"))
            #expect(result.stdout.contains("Aisha Khan sees 3 scorecards by others, ratings hidden"))
            #expect(result.stdout.contains("does not meet: coachability 1.7 < 3"))
            #expect(result.stdout.contains("Priya Raman is hired: starts 2026-03-02, manager Maria Lopez; coaching style: delegate"))
            let slate = try HireBinary.run(["slate", "account-executive", "--all", "--format", "csv", "--workspace", path])
            // the three ranked in the demo, joined by the three scored later for calibration
            #expect(
                slate.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[2] }
                    == ["Priya Raman", "Noah Fischer", "Daniel Okafor", "Lucas Silva", "Sofia Marquez", "Emma Dubois"])
            // ends with a calibration of the panel on six candidates
            #expect(result.stdout.contains("12 more scorecards for Noah Fischer, Emma Dubois, Lucas Silva; Emma Dubois is rejected"))
            #expect(result.stdout.contains("$ hire calibrate --role account-executive"))
            #expect(result.stdout.contains("24 scorecards (latest versions) on 6 candidates by 4 interviewers"))
            #expect(result.stdout.contains("coachability         6           3             0.748      0.747      tentative conclusions only   0.773     0.911     6 x 3"))
            #expect(result.stdout.contains("Jonas Weber rated every competency about the same on 4 of 6 scorecards: possible halo effect."))
            #expect(result.stdout.contains("Maria Lopez tends to rate lower than the rest of the panel: -0.72 (95% CI -1.10 to -0.35)"))
            #expect(!result.stdout.contains("too little data"))
            let calibrate = try HireBinary.run(["calibrate", "--role", "account-executive", "--workspace", path])
            let indented = calibrate.stdout.trimmingCharacters(in: .newlines).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "   " + $0 }.joined(separator: "\n")
            #expect(result.stdout.contains(indented))
            let again = try HireBinary.run(["demo", "--workspace", folder.path("again.sqlite"), "--imports", folder.url.path])
            #expect(again.stdout.replacingOccurrences(of: "again.sqlite", with: "demo.sqlite") == result.stdout)
        }
    }

    @Test("--help of the new commands")
    func help() throws {
        for command in [["interview", "schedule"], ["scorecard", "new"], ["scorecard", "submit"], ["scorecard", "amend"], ["slate"], ["candidate", "report"], ["decide"]] {
            let result = try HireBinary.run(command + ["--help"])
            #expect(result.status == 0 && result.stdout.contains("USAGE: hire \(command.joined(separator: " "))"), "\(command)")
        }
    }
}
