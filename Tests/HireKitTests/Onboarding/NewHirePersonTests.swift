import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("New hires are people too: a hire makes (or finds) a person who sees their plan")
struct NewHirePersonTests {
    let workspace: Workspace
    let manager: Person

    init() throws {
        workspace = try Fixtures.workspaceWithRole()
        manager = try workspace.people.add(name: "Maria Manager", email: "maria@example.com", title: "Sales Manager", actor: "t")
        try workspace.candidates.add(NewCandidate(name: "Nina Newhire", email: "Nina@Example.com", role: "test-role"), actor: "t")
        try workspace.candidates.move(1, to: .interviewing, reason: "panel", actor: "t")
        try workspace.decisions.decide(
            DecisionRequest(candidate: 1, kind: .hire, override: "test", startDate: CalendarDate("2026-03-02"), manager: manager.personID,
                            at: Date(timeIntervalSince1970: 1_771_200_000)), actor: "t")
    }

    @Test("the hire adds the person with the new-hire access role, linked to the ramp; hiring finds an existing person by email")
    func made() throws {
        let person = try #require(try workspace.people.withEmail("nina@example.com"))
        #expect(person.name == "Nina Newhire")
        #expect(try workspace.access.roles(of: person.personID) == [.newHire])
        let plan = try workspace.onboarding.plan(1)
        #expect(plan.newHire.personId == person.id)
        let events = try workspace.audit.events(as: "t").filter { $0.action == AuditAction.personAdd.rawValue }
        #expect(events.last?.detail == "new hire")
    }

    @Test("the new hire sees their own plan and no one else's; they may not complete milestones owned by HR or the mentor")
    func sees() throws {
        let nina = try workspace.access.actor(person: try #require(try workspace.people.withEmail("nina@example.com")).personID)
        #expect(try workspace.onboarding.plan(1, as: nina).milestones.count == 2)
        #expect(try workspace.onboarding.status(today: CalendarDate("2026-03-05")!, as: nina).isEmpty)
        #expect(throws: HireError.self) {
            try workspace.onboarding.complete(1, milestone: "paperwork", on: CalendarDate("2026-03-03")!, note: nil, forceReason: nil,
                                              today: CalendarDate("2026-03-05")!, actor: nina)
        }
        let other = try workspace.candidates.add(NewCandidate(name: "Olga Other", email: "olga@example.com", role: "test-role"), actor: "t")
        try workspace.candidates.move(other.candidateID, to: .interviewing, reason: "panel", actor: "t")
        try workspace.decisions.decide(
            DecisionRequest(candidate: other.candidateID, kind: .hire, override: "test", startDate: CalendarDate("2026-03-02"), manager: manager.personID,
                            at: Date(timeIntervalSince1970: 1_771_200_000)), actor: "t")
        #expect(throws: HireError.self) { try workspace.onboarding.plan(other.candidateID, as: nina) }
    }

    @Test("erasing the hired candidate anonymises and retires their person, and removes their login and access")
    func erased() throws {
        let person = try #require(try workspace.people.withEmail("nina@example.com"))
        try workspace.accounts.add(person: person.personID, password: nil, actor: "t")
        try workspace.candidates.erase(1, reason: "asked", actor: "t")
        let after = try workspace.people.get(person.personID)
        #expect(after.name == PersonalData.erasedPersonName)
        #expect(!after.email.lowercased().contains("nina"))
        #expect(after.retiredAt != nil)
        #expect(try workspace.access.roles(of: person.personID).isEmpty)
        #expect(try workspace.reader.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM account") } == 0)
    }
}
