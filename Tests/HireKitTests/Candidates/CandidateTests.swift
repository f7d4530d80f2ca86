import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Candidates, openings, people and stages")
struct CandidateTests {
    @Test("legal stage transitions are kept with who, when and why; illegal ones are refused and change nothing")
    func stageTransitions() throws {
        let workspace = try Fixtures.workspaceWithRole()
        let candidate = try workspace.candidates.add(NewCandidate(name: "Ann Example", email: "ann@example.com", role: "test-role"), actor: "hr")
        try workspace.candidates.move(try workspace.candidateID("ann@example.com"), to: .screening, reason: "good CV", actor: "hr")
        try workspace.candidates.move(CandidateID(candidate.id!), to: .rejected, reason: "no fit", actor: "manager")
        #expect(throws: HireError.self) { try workspace.candidates.move(try workspace.candidateID("ann@example.com"), to: .offer, reason: "changed mind", actor: "m") }
        let detail = try workspace.candidates.detail(try workspace.candidateID("ANN@example.com "))
        #expect(detail.candidate.stage == .rejected)
        #expect(detail.history.map(\.toStage) == [.applied, .screening, .rejected])
        #expect(detail.history.last?.actor == "manager")
        #expect(detail.history.last?.reason == "no fit")
        // A stage further on is refused with the stage to go through first.
        let bo = try workspace.candidates.add(NewCandidate(name: "Bo Example", email: "bo@example.com", role: "test-role"), actor: "hr")
        do {
            try workspace.candidates.move(CandidateID(bo.id!), to: .offer, reason: "keen", actor: "hr")
            Issue.record("applied -> offer was allowed")
        } catch let error as HireError {
            #expect(error.message == "cannot move a candidate from applied to offer (allowed: screening, interviewing, rejected, withdrawn)")
            #expect(error.remedy == .moveFirst(bo.id!, .interviewing))
        }
    }

    @Test("the pipeline's transition table")
    func transitionTable() {
        #expect(Stage.applied.canMove(to: .screening))
        #expect(Stage.interviewing.canMove(to: .offer))
        #expect(!Stage.rejected.canMove(to: .offer))
        #expect(!Stage.hired.canMove(to: .rejected))
        #expect(Stage.withdrawn.canMove(to: .applied))
        #expect(!Stage.offer.canMove(to: .screening))
    }

    @Test("candidates for an opening take its role; emails are unique whatever their case")
    func openingsAndEmails() throws {
        let workspace = try Fixtures.workspaceWithRole()
        try workspace.openings.add(id: "TR-1", role: "test-role", title: nil, actor: "hr")
        let candidate = try workspace.candidates.add(NewCandidate(name: "Bo", email: "bo@example.com", opening: "TR-1"), actor: "hr")
        #expect(candidate.roleId == "test-role")
        #expect(candidate.openingId == "TR-1")
        #expect(throws: HireError.self) {
            try workspace.candidates.add(NewCandidate(name: "Bo Again", email: " BO@Example.com", role: "test-role"), actor: "hr")
        }
        #expect(throws: HireError.self) { try workspace.openings.add(id: "TR-1", role: "test-role", title: nil, actor: "hr") }
        #expect(throws: HireError.self) { try workspace.openings.add(id: "X-1", role: "no-such-role", title: nil, actor: "hr") }
        #expect(try workspace.candidates.list(role: "test-role").count == 1)
    }

    @Test("bad input is refused and records nothing")
    func badInput() throws {
        let workspace = try Fixtures.workspaceWithRole()
        let before = try workspace.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM auditEvent") }
        #expect(throws: HireError.self) { try workspace.candidates.add(NewCandidate(name: "X", email: "not-an-email", role: "test-role"), actor: "t") }
        #expect(throws: HireError.self) { try workspace.candidates.add(NewCandidate(name: "X", email: "x@example.com", role: "nope"), actor: "t") }
        #expect(throws: HireError.self) { try workspace.candidates.add(NewCandidate(name: "X", email: "x@example.com", opening: "nope"), actor: "t") }
        #expect(throws: HireError.self) { try workspace.candidates.move(999, to: .screening, reason: "r", actor: "t") }
        #expect(throws: HireError.self) { try workspace.people.add(name: "P", email: "bad", title: nil, actor: "t") }
        let after = try workspace.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM auditEvent") }
        #expect(before == after)
        #expect(try workspace.candidates.list().isEmpty)
    }

    @Test("errors about candidates never repeat their email")
    func noPersonalDataInErrors() throws {
        let workspace = try Fixtures.workspaceWithRole()
        do {
            _ = try workspace.candidates.get(try workspace.candidateID("secret.person@example.com"))
            Issue.record("expected an error")
        } catch let error as HireError {
            #expect(!error.message.contains("secret.person"))
        }
    }

    @Test("people are found by id, email or unique name")
    func people() throws {
        let workspace = try Fixtures.workspaceWithRole()
        let person = try workspace.people.add(name: "Maria Lopez", email: "maria@example.com", title: "Sales Manager", actor: "t")
        #expect(try workspace.people.get(try workspace.personID("Maria Lopez")).id == person.id)
        #expect(try workspace.people.get(try workspace.personID("MARIA@example.com")).id == person.id)
        #expect(try workspace.people.get(PersonID(person.id!)).name == "Maria Lopez")
        #expect(throws: HireError.self) { try workspace.people.add(name: "Other", email: "maria@example.com", title: nil, actor: "t") }
    }

    @Test("a person named by part of their name or misspelt is answered with the people meant; an id or email with none")
    func personSuggestions() throws {
        let workspace = try Fixtures.workspaceWithRole()
        for (name, email) in [("Tom Becker", "tom@example.com"), ("Tomasz Nowak", "tn@example.com"), ("Ida One", "ida@example.com")] {
            _ = try workspace.people.add(name: name, email: email, title: nil, actor: "hr")
        }
        func message(_ reference: String) -> String {
            do {
                _ = try workspace.writer.read { db in try Workspace.person(db, reference) }
                return "found"
            } catch let error as HireError {
                return error.message
            } catch {
                return "\(error)"
            }
        }
        #expect(message("Tom") == "unknown person 'Tom'; did you mean 'Tom Becker' or 'Tomasz Nowak'?")
        #expect(message("becker") == "unknown person 'becker'; did you mean 'Tom Becker'?")
        #expect(message("Tom Bekcer") == "unknown person 'Tom Bekcer'; did you mean 'Tom Becker'?")
        #expect(message("42") == "unknown person '42'")
        #expect(message("zed@example.com") == "unknown person 'zed@example.com'")
        #expect(message("Ida One") == "found")
    }

    @Test("a name cut short is suggested in full when it begins exactly one; a typo by edit distance")
    func suggestions() {
        let roles = ["account-executive", "account-manager", "sdr"]
        #expect(Suggestion.didYouMean("account-exec", in: roles) == "; did you mean 'account-executive'?")
        #expect(Suggestion.didYouMean("account", in: roles) == "")
        #expect(Suggestion.didYouMean("account-executiv", in: roles) == "; did you mean 'account-executive'?")
        #expect(Suggestion.didYouMean("sd", in: roles) == "; did you mean 'sdr'?")
        #expect(Suggestion.didYouMean("marketing", in: roles) == "")
    }
}
