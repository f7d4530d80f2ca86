import Foundation
import Testing
import Yams
@testable import HireKit

@Suite("Role profile limits against hostile YAML")
struct RoleProfileLimitsTests {
    /// A profile with `competencies` items written as given, one round assessing `c0`.
    private func profile(competencies: [String], extra: String = "") -> String {
        "id: r\ntitle: R\ncompetencies:\n" + competencies.joined(separator: "\n")
            + "\ninterview_plan:\n  - {id: screen, focus: [c0]}\n" + extra
    }

    private func errors(_ yaml: String) -> [Diagnostic] {
        let (profile, diagnostics) = RoleProfileParser.parse(yaml, file: "t.yaml")
        #expect(profile == nil)
        return diagnostics.filter(\.isError)
    }

    @Test("a 1 MB anchored value referenced 2,000 times is refused at the alias that crosses 2 MB, without expanding it")
    func aliasAmplification() {
        let big = String(repeating: "x", count: 1_000_000)
        let yaml = profile(competencies: [
            "  - id: c0\n    name: &big \"\(big)\"\n    kind: skill\n    questions: [" + Array(repeating: "*big", count: 2_000).joined(separator: ", ") + "]"
        ])
        let clock = ContinuousClock()
        var found: [Diagnostic] = []
        let elapsed = clock.measure { found = errors(yaml) }
        #expect(found.map(\.description) == [
            "t.yaml:5:11: error: a value of 1000000 bytes; at most 64 KB per value",
            "t.yaml:7:23: error: the document would expand to more than 2 MB of text once its aliases are expanded, the most a role profile may hold",
        ])
        #expect(elapsed < .seconds(10), "took \(elapsed): the expansion is being materialised")
    }

    @Test("nested aliases (a billion laughs), even used as a key, are refused without being expanded or hashed")
    func nestedAliases() {
        var lines = ["id: r", "l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 { lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        let found = errors((lines + ["k: {? *l9 : 1}"]).joined(separator: "\n"))
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("the document would expand to more than 2 MB") == true)
        let keyed = errors("id: r\nlist: &l [a, b]\nk: {? *l : 1}\n")
        #expect(keyed.map(\.description) == ["t.yaml:3:7: error: a key must be a plain value, not an alias of a list or mapping"])
    }

    @Test("aliases that stay within the limits are read as their values")
    func smallAliases() throws {
        let yaml = Fixtures.minimalProfileYAML
            .replacingOccurrences(of: "weight: 3\n", with: "weight: 3\n    questions: [&q \"Tell me about a time...\"]\n")
            .replacingOccurrences(of: "weight: 2\n", with: "weight: 2\n    questions: [*q, *q]\n")
        let (profile, diagnostics) = RoleProfileParser.parse(yaml, file: "t.yaml")
        #expect(!diagnostics.containsErrors)
        #expect(profile?.competency("grit")?.questions == ["Tell me about a time...", "Tell me about a time..."])
    }

    @Test("one value over 64 KB is refused at its line and column")
    func longValue() {
        let long = String(repeating: "y", count: 64 * 1024 + 1)
        let found = errors(profile(competencies: ["  - {id: c0, name: C, kind: skill, description: \"\(long)\"}"]))
        #expect(found.map(\.description) == ["t.yaml:4:49: error: a value of 65537 bytes; at most 64 KB per value"])
    }

    @Test("lists longer than their limits are refused at the list, and not cross-checked")
    func listLimits() {
        let competencies = (0...RoleProfileLimits.competencies).map { "  - {id: c\($0), name: C, kind: skill}" }
        #expect(errors(profile(competencies: competencies)).map(\.description) == ["t.yaml:4:3: error: 'competencies' has 201 items; at most 200"])

        let questions = "[" + Array(repeating: "q", count: 51).joined(separator: ", ") + "]"
        #expect(errors(profile(competencies: ["  - {id: c0, name: C, kind: skill, questions: \(questions)}"])).map(\.message)
            == ["'questions' has 51 items; at most 50"])

        let rounds = (0...50).map { "  - {id: r\($0), focus: [c0]}" }.joined(separator: "\n")
        let manyRounds = "id: r\ntitle: R\ncompetencies: [{id: c0, name: C, kind: skill}]\ninterview_plan:\n\(rounds)\n"
        #expect(errors(manyRounds).map(\.description) == ["t.yaml:5:3: error: 'interview_plan' has 51 items; at most 50"])

        let milestones = (0...1_000).map { "    - {id: m\($0), title: M, owner: hr, due_day: 1, after: [m\($0 + 1)]}" }
        let found = errors(profile(competencies: ["  - {id: c0, name: C, kind: skill}"], extra: "onboarding:\n  milestones:\n" + milestones.joined(separator: "\n")))
        #expect(found.map(\.description) == ["t.yaml:9:5: error: 'milestones' has 1001 items; at most 1000"])
    }

    @Test("due_day may be at most 730")
    func dueDay() throws {
        let ok = Fixtures.minimalProfileYAML.replacingOccurrences(of: "due_day: 10", with: "due_day: 730")
        #expect(RoleProfileParser.parse(ok, file: "t.yaml").profile != nil)
        let late = Fixtures.minimalProfileYAML.replacingOccurrences(of: "due_day: 10", with: "due_day: 731")
        #expect(errors(late).map(\.description) == ["t.yaml:36:16: error: due_day must be at most 730 (days after the start date)"])
    }

    @Test("a duplicate key is reported at its own line and column, naming the first, without echoing the file")
    func duplicateKey() {
        let yaml = "id: r\ntitle: R\ndescription: \(String(repeating: "z", count: 10_000))\n  \ntitle: again\ncompetencies: []\n"
        let found = errors(yaml)
        #expect(found.map(\.description) == ["t.yaml:5:1: error: duplicate key 'title' (first at 2:1)"])
        let nested = errors(Fixtures.minimalProfileYAML.replacingOccurrences(of: "weight: 1\n", with: "weight: 1\n    weight: 2\n"))
        #expect(nested.map(\.description) == ["t.yaml:14:5: error: duplicate key 'weight' (first at 13:5)"])
    }

    @Test("Yams' own duplicate-key error is reported at its mark without the document as context")
    func yamsDuplicateKey() throws {
        let document = "a: 1\n" + String(repeating: "x: 1\n", count: 1_000)
        var diagnostic: Diagnostic?
        do { _ = try Yams.compose(yaml: document) } catch let error as YamlError {
            diagnostic = RoleProfileParser.syntaxDiagnostic(error, file: "t.yaml")
        }
        #expect(diagnostic?.description == "t.yaml:2:1: error: duplicate key 'x'")
    }
}
