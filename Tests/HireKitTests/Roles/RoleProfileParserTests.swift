import Foundation
import Testing
@testable import HireKit

@Suite("Role profile parsing and validation")
struct RoleProfileParserTests {
    @Test("a valid profile parses with its competencies, rounds and milestones")
    func parsesValidProfile() throws {
        let profile = try Fixtures.minimalProfile()
        #expect(profile.id == "test-role")
        #expect(profile.scale == RatingScale(min: 1, max: 4))
        #expect(profile.competencies.map(\.id) == ["discovery", "product", "grit"])
        #expect(profile.competency("discovery")?.mustHave == 3)
        #expect(profile.competency("discovery")?.anchors[4] == "d")
        #expect(profile.interviewPlan.map(\.id) == ["screen", "panel"])
        #expect(profile.onboarding.milestones.last?.after == ["paperwork"])
    }

    @Test("every problem of a broken profile is reported at once, matching the golden file")
    func goldenDiagnostics() throws {
        let path = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/roles/broken.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let (profile, diagnostics) = RoleProfileParser.parse(text, file: "broken.yaml")
        #expect(profile == nil)
        let rendered = diagnostics.map(\.description).joined(separator: "\n") + "\n"
        let goldenPath = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/roles/broken.expected").path
        if ProcessInfo.processInfo.environment["HIRE_RECORD_GOLDEN"] != nil {
            try rendered.write(toFile: goldenPath, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOfFile: goldenPath, encoding: .utf8)
        #expect(rendered == golden, "diagnostics differ from \(goldenPath); rerun with HIRE_RECORD_GOLDEN=1 to re-record")
    }

    @Test("YAML syntax errors carry line and column")
    func syntaxError() {
        let (profile, diagnostics) = RoleProfileParser.parse("id: x\ntitle: [unclosed\n", file: "x.yaml")
        #expect(profile == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].description.hasPrefix("x.yaml:3:1: error: YAML syntax:"))
    }

    @Test("a typo in a key is an unknown key with a suggestion")
    func unknownKeySuggestion() {
        let yaml = Fixtures.minimalProfileYAML.replacingOccurrences(of: "must_have: 3", with: "must_hav: 3")
        let (_, diagnostics) = RoleProfileParser.parse(yaml, file: "t.yaml")
        #expect(diagnostics.contains { $0.isError && $0.message == "unknown key 'must_hav' in a competency; did you mean 'must_have'?" && $0.line == 8 })
    }

    @Test("missing required keys are errors")
    func missingRequired() {
        let (_, diagnostics) = RoleProfileParser.parse("id: x\ncompetencies: []\ninterview_plan: []\n", file: "t.yaml")
        #expect(diagnostics.contains { $0.message == "missing required key 'title' in the role profile" })
        #expect(diagnostics.contains { $0.message == "a role needs at least one competency" })
    }

    @Test("a competency no round assesses is a warning, not an error")
    func unassessedWarning() throws {
        let yaml = Fixtures.minimalProfileYAML.replacingOccurrences(of: "focus: [discovery, product, grit]", with: "focus: [discovery, grit]")
        let (profile, diagnostics) = RoleProfileParser.parse(yaml, file: "t.yaml")
        #expect(profile != nil)
        #expect(diagnostics.map(\.description) == ["t.yaml:10:9: warning: competency 'product' is not assessed by any interview round"])
    }

    @Test("a must-have competency no round assesses is an error")
    func unassessedMustHave() {
        let yaml = Fixtures.minimalProfileYAML
            .replacingOccurrences(of: "focus: [discovery, grit]", with: "focus: [grit]")
            .replacingOccurrences(of: "focus: [discovery, product, grit]", with: "focus: [product, grit]")
        let (profile, diagnostics) = RoleProfileParser.parse(yaml, file: "t.yaml")
        #expect(profile == nil)
        #expect(diagnostics.contains { $0.isError && $0.message.hasPrefix("must-have competency 'discovery' is not assessed") })
    }

    @Test("scales up to 10 are accepted and beyond are refused")
    func scaleBounds() {
        let ten = Fixtures.minimalProfileYAML.replacingOccurrences(of: "title: Test Role", with: "title: Test Role\nscale: {min: 1, max: 10}")
        let (profile, diagnostics) = RoleProfileParser.parse(ten, file: "t.yaml")
        #expect(profile?.scale.max == 10)
        #expect(diagnostics.allSatisfy { !$0.isError })
        let eleven = ten.replacingOccurrences(of: "max: 10", with: "max: 11")
        #expect(RoleProfileParser.parse(eleven, file: "t.yaml").diagnostics.contains { $0.message == "scale max may be at most 10" })
    }

    @Test("every shipped profile validates with no errors and no warnings")
    func shippedProfilesAreClean() {
        let result = RoleLoading.load([Fixtures.scorecards])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(Set(result.profiles.map(\.profile.id)).isSuperset(of: ["account-executive", "sales-development-rep", "sales-manager"]))
    }

    @Test("a missing file is reported by path")
    func missingFile() {
        let result = RoleLoading.load(["/no/such/profile.yaml"])
        #expect(result.diagnostics.map(\.description) == ["/no/such/profile.yaml: error: no such file or folder"])
    }
}
