import Foundation
import HireTestSupport
import Testing

@Suite("hire binary: calibrate end to end")
struct CalibrateCommandTests {
    /// Discovery and grit of candidates 1-5 by Ida and Jo. Hand-computed Krippendorff's alpha:
    /// discovery disagrees once (3 vs 2): D_o = 0.2, D_e = 50/90, alpha = 0.640 (interval and
    /// ordinal alike, two levels); grit agrees fully: 1.000; overall D_o = 0.1, D_e = 198/380,
    /// alpha = 1 - 38/198 = 0.808.
    static let ratings: [(discovery: (Int, Int), grit: (Int, Int))] = [
        ((2, 2), (3, 3)), ((3, 3), (2, 2)), ((3, 2), (3, 3)), ((2, 2), (2, 2)), ((3, 3), (3, 3)),
    ]

    struct Session: FolderFixture {
        let folder: TemporaryFolder
        var ws: [String] { ["--workspace", folder.path("w.sqlite")] }

        init(in folder: TemporaryFolder) throws {
            self.folder = folder
            _ = try folder.write("mini.yaml", ScorecardCommandTests.role)
            try ok(["init"])
            try ok(["roles", "load", folder.path("mini.yaml")])
            for (name, email) in [("Ida One", "ida@example.com"), ("Jo Two", "jo@example.com")] {
                try ok(["people", "add", name, "--email", email])
            }
            for c in 1...5 {
                try ok(["candidate", "add", "--name", "Candidate \(c)", "--email", "c\(c)@example.com", "--role", "mini"])
                try ok(["candidate", "move", "\(c)", "interviewing", "--reason", "screened"])
                for interviewer in ["1", "2"] {
                    try ok(["interview", "schedule", "\(c)", "--round", "screen", "--interviewer", interviewer])
                }
            }
        }

        /// Ida's and Jo's scorecards for one candidate (1-based).
        func score(_ c: Int) throws {
            let r = CalibrateCommandTests.ratings[c - 1]
            for (interviewer, discovery, grit) in [("1", r.discovery.0, r.grit.0), ("2", r.discovery.1, r.grit.1)] {
                try ok(["scorecard", "submit", "--candidate", "\(c)", "--round", "screen", "--interviewer", interviewer,
                        "--rate", "discovery=\(discovery)", "--rate", "grit=\(grit)", "--recommend", discovery >= 3 ? "yes" : "no"])
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
    }

    @Test("too little data below five candidates, then alpha, ICC, leniency and decision agreement as JSON")
    func calibrate() throws {
        try Session.with { s in
            let empty = try s.ok(["calibrate"])
            #expect(empty.stdout.contains("No scorecards to calibrate yet"))
            for c in 1...4 { try s.score(c) }

            let little = try s.ok(["calibrate", "--role", "mini"])
            #expect(little.stdout.contains("Calibration: mini (scale 1-4, profile version 1)"))
            #expect(little.stdout.contains("8 scorecards (latest versions) on 4 candidates by 2 interviewers"))
            #expect(little.stdout.contains("too little data: fewer than 5 candidates rated by at least two interviewers; no figure is given."))
            #expect(little.stdout.contains("  discovery   4           2             too little data\n"))
            #expect(little.stdout.contains("  overall     4           2             too little data\n"))
            #expect(!little.stdout.contains("0.640") && !little.stdout.contains("decide on  "))
            let littleJSON = try Self.object(s.ok(["calibrate", "--format", "json"]).stdout)
            let littleOverall = ((littleJSON["roles"] as? [[String: Any]])?.first?["report"] as? [String: Any])?["overall"] as? [String: Any]
            #expect(littleOverall?["tooLittleData"] as? Bool == true && littleOverall?["alphaInterval"] == nil && littleOverall?["candidates"] as? Int == 4)

            try s.score(5)
            try s.ok(["decide", "4", "reject", "--reason", "below the bar"])
            let json = try s.ok(["calibrate", "--role", "mini", "--format", "json"]).stdout
            #expect(json.contains("\n  \"competency\"") == false)  // nil filters are left out
            #expect(json.range(of: "\"candidates\"")!.lowerBound < json.range(of: "\"profileVersion\"")!.lowerBound)  // sorted keys
            let object = try Self.object(json)
            #expect(object["role"] as? String == "mini")
            let role = try #require((object["roles"] as? [[String: Any]])?.first)
            #expect(role["roleId"] as? String == "mini" && role["candidates"] as? Int == 5 && role["scorecards"] as? Int == 10)
            let report = try #require(role["report"] as? [String: Any])
            let sections = try #require(report["competencies"] as? [[String: Any]])
            #expect(sections.map { $0["scope"] as? String } == ["discovery", "grit"])
            let discovery = sections[0]
            #expect(abs((discovery["alphaInterval"] as? Double ?? 0) - 0.64) < 1e-9)
            #expect(abs((discovery["alphaOrdinal"] as? Double ?? 0) - 0.64) < 1e-9)
            #expect(discovery["alphaReading"] as? String == "unreliable")
            #expect(discovery["iccCandidates"] as? Int == 5 && discovery["iccRaters"] as? Int == 2 && discovery["iccSingle"] is Double)
            #expect(abs((sections[1]["alphaInterval"] as? Double ?? 0) - 1) < 1e-9 && sections[1]["alphaReading"] as? String == "reliable")
            let overall = try #require(report["overall"] as? [String: Any])
            #expect(abs((overall["alphaInterval"] as? Double ?? 0) - (1 - 38.0 / 198)) < 1e-9 && overall["alphaReading"] as? String == "reliable")
            let raters = try #require(report["raters"] as? [[String: Any]])
            #expect(raters.map { $0["name"] as? String } == ["Ida One", "Jo Two"])
            let ida = try #require(raters.first?["leniency"] as? [String: Any])
            #expect(ida["comparisons"] as? Int == 10 && abs((ida["meanDifference"] as? Double ?? 0) - 0.1) < 1e-9 && ida["verdict"] as? String == "in-line")
            #expect(raters.map { $0["decided"] as? Int } == [1, 1] && raters.map { $0["agreedWithDecision"] as? Int } == [1, 1])

            let text = try s.ok(["calibrate", "--role", "mini"]).stdout
            #expect(text.contains("discovery   5           2             0.640      0.640      too unreliable to decide on"))
            #expect(text.contains("grit        5           2             1.000      1.000      reliable"))
            #expect(text.contains("overall     5           2             0.808      0.808      reliable"))
            #expect(text.contains("Ida One      5           10        +0.10"))
            #expect(!text.contains("Candidate 1"))

            let grit = try s.ok(["calibrate", "--role", "mini", "--competency", "grit"]).stdout
            #expect(grit.contains("grit        5") && !grit.contains("discovery") && !grit.contains("overall  "))
        }
    }

    @Test("bad input: unknown role or competency and a too-small --min-candidates fail with a clear message")
    func badInput() throws {
        try Session.with { s in
            let role = try s.run(["calibrate", "--role", "minj"])
            #expect(role.status != 0 && role.stderr.contains("unknown role 'minj'; did you mean 'mini'?"))
            let competency = try s.run(["calibrate", "--competency", "grt"])
            #expect(competency.status != 0 && competency.stderr.contains("unknown competency 'grt'; did you mean 'grit'?"))
            let minimum = try s.run(["calibrate", "--min-candidates", "1"])
            #expect(minimum.status != 0 && minimum.stderr.contains("--min-candidates must be at least 2"))
            let help = try HireBinary.run(["calibrate", "--help"])
            #expect(help.status == 0 && help.stdout.contains("USAGE: hire calibrate"))
        }
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
