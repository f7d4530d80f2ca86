import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Scorecard drafts: saved answers, for their interviewer only, never a scorecard")
struct ScorecardDraftTests {
    static let answers = ScorecardAnswers(
        ratings: ["discovery": .init(value: "3", evidence: "asked why twice"), "grit": .init(value: "n/a", skipReason: "not covered")],
        recommendation: "yes", notes: "half done")

    @Test("an interviewer saves and resumes a draft; a later save replaces it; it is audited by id only")
    func saveAndResume() throws {
        let panel = try Panel()
        let ida = try panel.workspace.access.actor(named: "Ida One")
        #expect(try panel.workspace.scorecards.savedDraft(interview: 1, as: ida) == nil)
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        try panel.workspace.scorecards.saveDraft(interview: 1, Self.answers, actor: ida, at: at)
        var changed = Self.answers
        changed.notes = "nearly done"
        try panel.workspace.scorecards.saveDraft(interview: 1, changed, actor: ida, at: at.addingTimeInterval(60))
        let saved = try #require(try panel.workspace.scorecards.savedDraft(interview: 1, as: ida))
        #expect(saved.answers == changed && saved.savedAt == at.addingTimeInterval(60))
        let audit = try panel.workspace.audit.events(as: "owner").filter { $0.action == AuditAction.scorecardDraftSave.rawValue }
        #expect(audit.count == 2 && audit.allSatisfy { $0.subject == "interview 1" && $0.detail == nil })
    }

    @Test("nobody else reads or writes an interviewer's draft, admins and the owner included: not found")
    func onlyTheInterviewer() throws {
        let panel = try Panel()
        let ida = try panel.workspace.access.actor(named: "Ida One")
        try panel.workspace.scorecards.saveDraft(interview: 1, Self.answers, actor: ida)
        try panel.workspace.access.change(of: 2, grant: [.admin], revoke: [], actor: "owner")
        let jo = try panel.workspace.access.actor(named: "Jo Two")
        for actor in [jo, "owner"] as [Actor] {
            #expect { try panel.workspace.scorecards.savedDraft(interview: 1, as: actor) } throws: { ($0 as? HireError)?.kind == .notFound }
            #expect { try panel.workspace.scorecards.saveDraft(interview: 1, Self.answers, actor: actor) } throws: { ($0 as? HireError)?.kind == .notFound }
        }
        #expect { try panel.workspace.scorecards.savedDraft(interview: 99, as: ida) } throws: { ($0 as? HireError)?.kind == .notFound }
    }

    @Test("a draft never counts as submitted: not in the listing, the slate or owed; submitting deletes it, then saving is refused")
    func neverSubmitted() throws {
        let panel = try Panel()
        let ida = try panel.workspace.access.actor(named: "Ida One")
        try panel.workspace.scorecards.saveDraft(interview: 1, Self.answers, actor: ida)
        let listing = try panel.workspace.scorecards.list(candidate: 1, as: "owner")
        #expect(listing.scorecards.isEmpty && listing.hiddenCount == 0)
        let slate = try panel.workspace.reports.slate(role: "test-role", as: "owner")
        #expect(slate.entries.allSatisfy { $0.scorecards == 0 && $0.confidence == 0 })
        #expect(try panel.workspace.interviews.mine(as: ida).first { $0.interview.id == 1 }?.scorecardId == nil)

        try panel.workspace.scorecards.submit(panel.draft(interviewer: "1", discovery: 3, grit: 3), actor: ida)
        #expect(try panel.workspace.scorecards.savedDraft(interview: 1, as: ida) == nil)
        #expect { try panel.workspace.scorecards.saveDraft(interview: 1, Self.answers, actor: ida) } throws: {
            ($0 as? HireError)?.kind == .conflict && ($0 as? HireError)?.remedy == .amendScorecard(1)
        }
    }

    @Test("erasing the candidate deletes their drafts")
    func erasure() throws {
        let panel = try Panel()
        let ida = try panel.workspace.access.actor(named: "Ida One")
        try panel.workspace.scorecards.saveDraft(interview: 1, Self.answers, actor: ida)
        _ = try panel.workspace.candidates.erase(1, reason: "request 12", actor: "owner")
        let left = try panel.workspace.reader.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM scorecardDraft") }
        #expect(left == 0)
    }
}
