import Foundation
import Testing
@testable import HireKit

/// Golden files in Tests/Fixtures/scorecards/; re-record with HIRE_RECORD_GOLDEN=1.
@Suite("Scorecard forms: rendering, parsing and located diagnostics")
struct ScorecardFormTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/scorecards")

    func text(_ name: String) throws -> String {
        try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
    }

    func golden(_ actual: String, _ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["HIRE_RECORD_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let diff = zip(expected.split(separator: "\n", omittingEmptySubsequences: false), actual.split(separator: "\n", omittingEmptySubsequences: false))
                .enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("\(name) differs at line \((diff?.offset ?? 0) + 1):\n- \(diff?.element.0 ?? "")\n+ \(diff?.element.1 ?? "")\n\nactual:\n\(actual)")
        }
    }

    @Test("the blank form lists the round's focus competencies with anchors, questions and blanks")
    func renderedForm() throws {
        let panel = try Panel()
        let form = try panel.workspace.scorecards.form(candidate: 1, round: "panel", interviewer: try panel.workspace.personID("ida@example.com"), nextStep: "hire scorecard submit FILE")
        try golden(form, "panel-form.yaml")
        // The blank form parses; submitting it unfilled reports each blank at its line.
        let (draft, diagnostics) = ScorecardForm.parse(form, file: "form.yaml")
        #expect(diagnostics.isEmpty)
        let error = try #require(throws: DiagnosticsError.self) { try panel.workspace.submitAsInterviewer(try #require(draft), actor: "ida") }
        #expect(error.diagnostics.map(\.message).contains("'discovery' is not rated: give a rating from 1 to 4, or n/a with a skip_reason"))
        #expect(error.diagnostics.allSatisfy { $0.file == "form.yaml" && $0.line != nil })
    }

    @Test("a form with mistakes reports every one as file:line:col (golden)")
    func badForm() throws {
        let panel = try Panel()
        let (draft, parseDiagnostics) = ScorecardForm.parse(try text("bad-form.yaml"), file: "bad-form.yaml")
        let error = try #require(throws: DiagnosticsError.self) {
            try panel.workspace.submitAsInterviewer(try #require(draft), readingDiagnostics: parseDiagnostics, actor: "ida")
        }
        try golden(error.diagnostics.map(\.description).joined(separator: "\n") + "\n", "bad-form.expected")
        #expect(try panel.count("scorecard") == 0)
    }

    @Test("a filled-in form is recorded with its evidence, skip reasons and notes")
    func goodForm() throws {
        let panel = try Panel()
        let (draft, diagnostics) = ScorecardForm.parse(try text("good-form.yaml"), file: "good-form.yaml")
        #expect(diagnostics.isEmpty)
        let scorecard = try panel.workspace.submitAsInterviewer(try #require(draft), actor: "ida")
        #expect(scorecard.recommendation == .strongYes && scorecard.notes == "Would hire." && scorecard.roundId == "panel")
        let ratings = try panel.workspace.scorecards.history(ScorecardID(scorecard.id!), as: "test")[0].ratings
        #expect(ratings.map(\.competencyId).sorted() == ["discovery", "grit", "product"])
        #expect(ratings.first { $0.competencyId == "discovery" }?.evidence
            == "Asked about the cost of the problem unprompted and played back a summary the buyer confirmed.")
        #expect(ratings.first { $0.competencyId == "product" }?.skipReason == "We ran out of time.")
    }

    @Test("a form for another role, unknown people and broken YAML are located")
    func located() throws {
        let panel = try Panel()
        let form = try text("good-form.yaml")
        for (edited, expected) in [
            (form.replacingOccurrences(of: "role: test-role", with: "role: other-role"), "f.yaml:2:7: error: this form is for other-role version 1"),
            (form.replacingOccurrences(of: "interviewer: ida@example.com", with: "interviewer: zed@example.com"), "f.yaml:5:14: error: unknown person"),
            (form.replacingOccurrences(of: "candidate: 1", with: "candidate: 77"), "f.yaml:1:12: error: no candidate with that id"),
            (form.replacingOccurrences(of: "role_version: 1", with: "role_version: 2"), "f.yaml:2:7: error: this form is for test-role version 2"),
        ] {
            let (draft, _) = ScorecardForm.parse(edited, file: "f.yaml")
            let error = try #require(throws: DiagnosticsError.self) { try panel.workspace.submitAsInterviewer(try #require(draft), actor: "ida") }
            #expect(error.description.hasPrefix(expected), "\(error.description)")
        }
        let (none, syntax) = ScorecardForm.parse("candidate: [1\n", file: "f.yaml")
        #expect(none == nil)
        #expect(syntax.first?.description.hasPrefix("f.yaml:2:1: error: YAML syntax") == true)
        #expect(try panel.count("scorecard") == 0)
    }
}

@Suite("Scorecard forms against hostile YAML")
struct ScorecardFormHostileTests {
    @Test("a form whose aliases expand past the bound is refused at its line and column, before it is composed")
    func aliasBomb() {
        let big = String(repeating: "x", count: 60_000)
        let yaml = "candidate: 1\nnotes: &big \"\(big)\"\nround: screen\nratings: [" + Array(repeating: "*big", count: 100).joined(separator: ", ") + "]\n"
        let (draft, diagnostics) = ScorecardForm.parse(yaml, file: "form.yaml")
        #expect(draft == nil)
        #expect(diagnostics.contains { $0.isError && $0.file == "form.yaml" && $0.line != nil && $0.message.contains("MB") }, "\(diagnostics)")
    }
}
