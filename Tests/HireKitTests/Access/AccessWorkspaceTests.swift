import Foundation
import GRDB
import Testing
@testable import HireKit

/// The policy as the services apply it, on a real workspace with people acting as themselves.
@Suite("Access through the services: who may read ratings, write scorecards, decide and see groups")
struct AccessWorkspaceTests {
    @Test("scheduling grants the interviewer role; migration-era people keep theirs")
    func interviewersHoldTheRole() throws {
        let panel = try Panel()
        #expect(try panel.workspace.access.roles(of: 1) == [.interviewer])
    }

    @Test("the blind rule: a panel member sees counts, not ratings, on every read path until they submit")
    func blindOnEveryPath() throws {
        let panel = try Panel()
        try panel.workspace.submitAsInterviewer(panel.draft(interviewer: "1", discovery: 3, grit: 3))
        // Kim is also an admin: the blind rule binds her all the same.
        try panel.workspace.access.change(of: 3, grant: [.admin], revoke: [], actor: "owner")
        let kim = try panel.workspace.access.actor(named: "Kim Three")
        let listing = try panel.workspace.scorecards.list(candidate: 1, as: kim)
        #expect(listing.hidden && listing.scorecards.isEmpty && listing.hiddenCount == 1)
        let report = try panel.workspace.reports.candidate(1, as: kim)
        #expect(report.hidden && report.score == nil && report.scorecards.isEmpty)
        let slate = try panel.workspace.reports.slate(role: "test-role", as: kim)
        #expect(slate.entries.isEmpty && slate.withheld == 1)
        #expect(throws: HireError.self) { try panel.workspace.scorecards.history(1, as: kim) }
        // After submitting, everything shows.
        try panel.workspace.submitAsInterviewer(panel.draft(interviewer: "3", discovery: 2, grit: 3))
        #expect(try panel.workspace.scorecards.list(candidate: 1, as: kim).scorecards.count == 2)
        #expect(try panel.workspace.reports.slate(role: "test-role", as: kim).entries.count == 1)
        #expect(try panel.workspace.scorecards.history(1, as: kim).count == 1)
    }

    @Test("nobody, admins included, submits or amends a scorecard in another's name")
    func onlyTheAuthor() throws {
        let panel = try Panel()
        let card = try panel.workspace.submitAsInterviewer(panel.draft(interviewer: "1", discovery: 3, grit: 3))
        try panel.workspace.access.change(of: 2, grant: [.admin], revoke: [], actor: "owner")
        let jo = try panel.workspace.access.actor(named: "Jo Two")
        let before = try panel.snapshot()
        #expect(throws: HireError.self) { try panel.workspace.scorecards.submit(panel.draft(interviewer: "1", discovery: 4, grit: 4, round: "panel"), actor: jo) }
        let amendment = ScorecardAmendment(changes: [], recommendation: "no", reason: "typo")
        #expect(throws: HireError.self) { try panel.workspace.scorecards.amend(ScorecardID(card.id!), amendment, actor: jo) }
        #expect(throws: HireError.self) { try panel.workspace.scorecards.amend(ScorecardID(card.id!), amendment, actor: "owner") }
        #expect(try panel.snapshot() == before)
        let ida = try panel.workspace.access.actor(named: "Ida One")
        let amended = try panel.workspace.scorecards.amend(ScorecardID(card.id!), amendment, actor: ida)
        let audit = try panel.workspace.audit.events(as: "owner").last!
        #expect(audit.action == AuditAction.scorecardAmend.rawValue && audit.actor == "person 1" && amended.version == 2)
        // The interview took place: refused, naming the scorecard as first submitted and its amendment.
        let interview = try panel.workspace.reader.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM interview WHERE candidateId = 1 AND roundId = 'screen' AND interviewerId = 1")!
        }
        #expect(
            throws: HireError.conflict(
                "interview \(interview) has its scorecard (scorecard \(card.id!), amended as scorecard \(amended.id!)): it took place and cannot be moved or cancelled")
        ) { try panel.workspace.interviews.cancel(InterviewID(interview), reason: "moved", actor: "hr") }
    }

    @Test("groups, fairness, import and erasure are for recruiters and admins only")
    func recruitersOnly() throws {
        let panel = try Panel()
        let ida = try panel.workspace.access.actor(named: "Ida One")
        #expect(throws: HireError.self) { try panel.workspace.fairness.setGroup(1, dimension: "gender", value: "woman", actor: ida) }
        #expect(throws: HireError.self) { try panel.workspace.fairness.report(as: ida) }
        #expect(throws: HireError.self) { try panel.workspace.fairness.dimensions(as: ida) }
        #expect(throws: HireError.self) { try panel.workspace.candidates.erase(1, reason: "request", actor: ida) }
        #expect(throws: HireError.self) { try panel.workspace.imports.run([], options: ImportOptions(actor: ida)) }
        try panel.workspace.access.change(of: 1, grant: [.recruiter], revoke: [], actor: "owner")
        let recruiter = try panel.workspace.access.actor(named: "Ida One")
        try panel.workspace.fairness.setGroup(1, dimension: "gender", value: "woman", actor: recruiter)
        #expect(try panel.workspace.fairness.dimensions(as: recruiter) == ["gender"])
    }

    @Test("a hiring manager decides on their own openings' candidates only")
    func managersDecideTheirOwn() throws {
        let panel = try Panel()
        let maria = try panel.workspace.people.add(name: "Maria Lopez", email: "maria@example.com", title: nil, actor: "owner")
        let sam = try panel.workspace.people.add(name: "Sam Other", email: "sam@example.com", title: nil, actor: "owner")
        try panel.workspace.openings.add(id: "T-1", role: "test-role", title: nil, manager: PersonID(maria.id!), actor: "owner")
        try panel.workspace.access.change(of: PersonID(sam.id!), grant: [.hiringManager], revoke: [], actor: "owner")
        let bo = try panel.workspace.candidates.add(NewCandidate(name: "Bo", email: "bo@example.com", opening: "T-1"), actor: "owner")
        let reject = DecisionRequest(candidate: bo.candidateID, kind: .reject, reason: "not now")
        #expect(throws: HireError.self) { try panel.workspace.decisions.decide(reject, actor: try panel.workspace.access.actor(person: PersonID(sam.id!))) }
        let decision = try panel.workspace.decisions.decide(reject, actor: try panel.workspace.access.actor(person: PersonID(maria.id!)))
        #expect(decision.kind == .reject)
    }

    @Test("granting access is for admins, and audited")
    func grantingIsAudited() throws {
        let panel = try Panel()
        let ida = try panel.workspace.access.actor(named: "Ida One")
        #expect(throws: HireError.self) { try panel.workspace.access.change(of: 1, grant: [.admin], revoke: [], actor: ida) }
        let held = try panel.workspace.access.change(of: 2, grant: [.mentor, .recruiter], revoke: [.interviewer], actor: "owner")
        #expect(held == [.mentor, .recruiter])
        #expect(try panel.workspace.audit.events(as: "owner").last?.action == AuditAction.personAccess.rawValue)
    }
}
