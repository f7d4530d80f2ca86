import Foundation
import HireTestSupport
import Testing

@Suite("hire binary: candidate set-group and fairness end to end")
struct FairnessCommandTests {
    static let role = """
        id: test-role
        title: Test Role
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
        """

    /// A workspace of 12 candidates: 6 women (2 screened) and 6 men (5 screened), one of them interviewing.
    static func workspace(_ folder: TemporaryFolder) throws -> [String] {
        let ws = ["--workspace", folder.path("w.sqlite")]
        #expect(try HireBinary.run(["init"] + ws).status == 0)
        let load = try HireBinary.run(["roles", "load", try folder.write("role.yaml", role)] + ws)
        #expect(load.status == 0, "\(load.stderr)")
        for i in 1...12 {
            #expect(try HireBinary.run(["candidate", "add", "--name", "Person \(i)", "--email", "p\(i)@example.org", "--role", "test-role"] + ws).status == 0)
            let set = try HireBinary.run(["candidate", "set-group", "p\(i)@example.org", "--dimension", "gender", "--value", i <= 6 ? "woman" : "man", "--by", "hr"] + ws)
            #expect(set.status == 0, "\(set.stderr)")
        }
        for i in [1, 2, 7, 8, 9, 10, 11] {
            #expect(try HireBinary.run(["candidate", "move", "\(i)", "screening", "--reason", "ok"] + ws).status == 0)
        }
        #expect(try HireBinary.run(["candidate", "move", "7", "interviewing", "--reason", "ok"] + ws).status == 0)
        return ws
    }

    @Test("set-group records without echoing the value; fairness prints rates, ratios, flags and p-values")
    func textReport() throws {
        try withTemporaryFolder { folder in
            let ws = try Self.workspace(folder)
            let set = try HireBinary.run(["candidate", "set-group", "1", "--dimension", "gender", "--value", "woman"] + ws)
            #expect(set.stdout == "Recorded candidate 1's gender group\n")
            let report = try HireBinary.run(["fairness", "--role", "test-role", "--stage", "screening"] + ws)
            #expect(report.status == 0, "\(report.stderr)")
            #expect(report.stdout.contains("gender: applied -> screening"))
            #expect(report.stdout.contains("  man    6        5       83.3%  1.00    ref"))
            #expect(report.stdout.contains("  woman  6        2       33.3%  0.40    FLAG  0.242"))
            #expect(!report.stdout.contains("interviewing ->"))
            let small = try HireBinary.run(["fairness", "--stage", "interviewing", "--min-group", "6"] + ws)
            let woman = small.stdout.split(separator: "\n").first { $0.contains("woman") } ?? ""
            #expect(woman.contains("fewer than 6") && woman.contains("too small") && !woman.contains(" 2 ") && !woman.contains(" 0 "), "\(small.stdout)")
            // Group data appears nowhere else: not in candidate show (text or JSON) nor in the list.
            for command in [["candidate", "show", "1"], ["candidate", "show", "1", "--format", "json"], ["candidate", "list", "--format", "json"]] {
                let output = try HireBinary.run(command + ws).stdout
                #expect(!output.contains("woman"), "\(command)")
            }
        }
    }

    @Test("fairness --format json is the report, sorted and pretty")
    func jsonReport() throws {
        try withTemporaryFolder { folder in
            let ws = try Self.workspace(folder)
            let result = try HireBinary.run(["fairness", "--dimension", "Gender", "--format", "json"] + ws)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(object["minimumGroupSize"] as? Int == 5)
            let dimensions = try #require(object["dimensions"] as? [[String: Any]])
            let steps = try #require(dimensions.first?["steps"] as? [[String: Any]])
            #expect(steps.map { "\($0["from"]!)->\($0["to"]!)" } == ["applied->screening", "screening->interviewing", "interviewing->offer", "offer->hired"])
            let groups = try #require(steps.first?["groups"] as? [[String: Any]])
            let women = try #require(groups.first { $0["group"] as? String == "woman" })
            #expect(abs((women["fisherPValue"] as? Double ?? 0) - 0.242424) < 1e-6)
            #expect(women["belowFourFifths"] as? Bool == true)
        }
    }

    @Test("bad input exits non-zero with a message on stderr and changes nothing")
    func badInput() throws {
        try withTemporaryFolder { folder in
            let ws = try Self.workspace(folder)
            let cases: [([String], String)] = [
                (["candidate", "set-group", "99", "--dimension", "gender", "--value", "x"], "no candidate"),
                (["candidate", "set-group", "1", "--dimension", "gender"], "--value or --clear"),
                (["candidate", "set-group", "1", "--dimension", "gen der", "--value", "x"], "dimension"),
                (["candidate", "set-group", "1", "--dimension", "age", "--clear"], "no group recorded"),
                (["fairness", "--stage", "applied"], "no selection step"),
                (["fairness", "--role", "nope"], "unknown role"),
                (["fairness", "--dimension", "age"], "no group data"),
                (["fairness", "--min-group", "0"], "--min-group"),
            ]
            let before = try HireBinary.run(["fairness", "--format", "json"] + ws).stdout
            for (arguments, message) in cases {
                let result = try HireBinary.run(arguments + ws)
                #expect(result.status != 0, "\(arguments)")
                #expect(result.stdout.isEmpty, "\(arguments)")
                #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
                #expect(!result.stderr.contains("example.org"))
            }
            #expect(try HireBinary.run(["fairness", "--format", "json"] + ws).stdout == before)
            let missing = try HireBinary.run(["fairness", "--workspace", folder.path("none.sqlite")])
            #expect(missing.status == 3)
        }
    }
}
