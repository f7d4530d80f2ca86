import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Scorecards in the workspace: independence, immutability, amendments, bad input")
struct ScorecardWorkspaceTests {
    @Test("until a person submits their own scorecard they see only counts of others'; afterwards everything")
    func independence() throws {
        let panel = try Panel()
        try panel.workspace.submitAsInterviewer(panel.draft(interviewer: "1", discovery: 3, grit: 4), actor: "ida")
        try panel.workspace.submitAsInterviewer(panel.draft(interviewer: "2", discovery: 2, grit: 3, recommend: "no"), actor: "jo")

        let hidden = try panel.workspace.scorecards.list(candidate: 1, as: try panel.workspace.access.actor(named: "kim@example.com"))
        #expect(hidden.hidden)
        #expect(hidden.scorecards.isEmpty)
        #expect(hidden.hiddenCount == 2)
        #expect(hidden.hiddenByRound == ["screen": 2])
        let hiddenReport = try panel.workspace.reports.candidate(1, as: try panel.workspace.access.actor(named: "Kim Three"))
        #expect(hiddenReport.hidden && hiddenReport.score == nil && hiddenReport.competencies.isEmpty && hiddenReport.scorecards.isEmpty)
        #expect(hiddenReport.hiddenCount == 2)

        try panel.workspace.submitAsInterviewer(panel.draft(interviewer: "3", discovery: 3, grit: 3), actor: "kim")
        let visible = try panel.workspace.scorecards.list(candidate: 1, as: try panel.workspace.access.actor(named: "3"))
        #expect(!visible.hidden)
        #expect(visible.scorecards.count == 3)
        #expect(Set(visible.scorecards.map(\.scorecard.recommendation)) == [.yes, .no])
        let report = try panel.workspace.reports.candidate(1, as: try panel.workspace.access.actor(named: "3"))
        #expect(report.score?.ratings == 6)
        #expect(report.competencies.first { $0.id == "discovery" }?.ratings.map(\.value) == [3, 2, 3])

        let manager = try panel.workspace.scorecards.list(candidate: 1, as: "test")
        #expect(!manager.hidden && manager.scorecards.count == 3)
    }

    @Test("an amendment is a new version; the old one is kept unchanged and scores use the latest")
    func amendments() throws {
        let panel = try Panel()
        let first = try panel.workspace.submitAsInterviewer(panel.draft(interviewer: "1", discovery: 2, grit: 3), actor: "ida")
        #expect(try panel.workspace.reports.candidate(1, as: "test").score?.mustHaves == .failed)
        // The evidence was written for level 2: a new level needs new evidence, or keeping it deliberately.
        #expect(throws: HireError.self) {
            try panel.workspace.amendAsAuthor(
                first.id!, ScorecardAmendment(changes: [RatingChange(competencyId: "discovery", value: .level(3))], reason: "misread my notes"),
                actor: "ida")
        }
        let second = try panel.workspace.amendAsAuthor(
            first.id!,
            ScorecardAmendment(changes: [RatingChange(competencyId: "discovery", value: .level(3))], reason: "misread my notes", keepEvidence: true),
            actor: "ida")
        #expect(second.version == 2 && second.supersedes == first.id && second.amendReason == "misread my notes")
        let history = try panel.workspace.scorecards.history(ScorecardID(first.id!), as: "test")
        #expect(history.map(\.scorecard.version) == [1, 2])
        #expect(history.map(\.isSuperseded) == [true, false])
        #expect(history[0].ratings.first { $0.competencyId == "discovery" }?.value == 2)
        #expect(history[1].ratings.first { $0.competencyId == "discovery" }?.value == 3)
        #expect(history[1].ratings.first { $0.competencyId == "discovery" }?.evidence == "asked why twice")
        let score = try #require(try panel.workspace.reports.candidate(1, as: "test").score)
        #expect(score.mustHaves == .met)
        #expect(score.competencies.first { $0.id == "discovery" }?.count == 1)
        #expect(try panel.workspace.scorecards.list(candidate: 1, as: "test").scorecards.map(\.scorecard.id) == [second.id])

        // amending an old version, without a reason, or to an invalid rating is refused
        let before = try panel.snapshot()
        #expect(throws: HireError.self) {
            try panel.workspace.amendAsAuthor(first.id!, ScorecardAmendment(changes: [RatingChange(competencyId: "grit", value: .level(2))], reason: "x"), actor: "ida")
        }
        #expect(throws: HireError.self) {
            try panel.workspace.amendAsAuthor(second.id!, ScorecardAmendment(changes: [RatingChange(competencyId: "grit", value: .level(2))], reason: " "), actor: "ida")
        }
        #expect(throws: DiagnosticsError.self) {
            try panel.workspace.amendAsAuthor(second.id!, ScorecardAmendment(changes: [RatingChange(competencyId: "grit", value: .level(7))], reason: "x"), actor: "ida")
        }
        #expect(try panel.snapshot() == before)
        // the database itself refuses edits in place
        #expect(throws: DatabaseError.self) {
            try panel.workspace.writer.write { db in try db.execute(sql: "UPDATE rating SET value = 4") }
        }
        #expect(throws: DatabaseError.self) {
            try panel.workspace.writer.write { db in try db.execute(sql: "UPDATE scorecard SET recommendation = 'no'") }
        }
    }

    @Test("bad input gets a clear error and records nothing", arguments: [
        ("unknown candidate", "no candidate with that id"),
        ("unknown round", "unknown round 'scren' for role test-role; did you mean 'screen'?"),
        ("unknown competency", "unknown competency 'discovry' for role test-role; did you mean 'discovery'?"),
        ("unknown person", "unknown person 'nobody@example.com'"),
        ("rating 7", "rating 7 for 'discovery' is outside the scale: use a whole number from 1 to 4, or n/a"),
        ("another role", "this form is for other-role version 1, but the candidate is assessed against test-role version 1"),
        ("duplicate", "interviewer 1 already submitted scorecard 1 for this candidate in round 'screen'"),
        ("unscheduled", "interviewer 1 is not scheduled for round 'screen'"),
        ("extra", "competency 'product' is not in the focus of round 'screen' (discovery, grit)"),
        ("no evidence at the top", "rating 4 for 'grit' is at the end of the scale: give the evidence"),
        ("n/a without reason", "'grit' is n/a: say why in skip_reason"),
        ("missing focus", "focus competency 'grit' of round 'screen' is missing"),
        ("bad recommendation", "recommendation 'maybe' must be one of strong-no, no, yes, strong-yes"),
    ])
    func badInput(_ scenario: String, _ expected: String) throws {
        let panel = try Panel()
        var draft = panel.draft(interviewer: "1", discovery: 3, grit: 3)
        switch scenario {
        case "unknown candidate": draft.candidate = "999"
        case "unknown round": draft.round = "scren"
        case "unknown competency": draft.ratings[0].competencyId = "discovry"
        case "unknown person": draft.interviewer = "nobody@example.com"
        case "rating 7": draft.ratings[0].value = .level(7)
        case "another role": (draft.roleId, draft.roleVersion) = ("other-role", 1)
        case "duplicate": try panel.workspace.submitAsInterviewer(panel.draft(interviewer: "1", discovery: 3, grit: 3), actor: "ida")
        case "unscheduled":
            let other = try panel.workspace.candidates.add(NewCandidate(name: "Bo", email: "bo@example.com", role: "test-role"), actor: "hr")
            draft.candidate = "\(other.id!)"
        case "extra": draft.ratings.append(RatingDraft(competencyId: "product", value: .level(3)))
        case "no evidence at the top": draft.ratings[1] = RatingDraft(competencyId: "grit", value: .level(4))
        case "n/a without reason": draft.ratings[1] = RatingDraft(competencyId: "grit", value: .notApplicable)
        case "missing focus": draft.ratings.removeLast()
        case "bad recommendation": draft.recommendation = "maybe"
        default: Issue.record("unknown scenario")
        }
        let before = try panel.snapshot()
        var message = ""
        do {
            try panel.workspace.submitAsInterviewer(draft, actor: "ida")
            Issue.record("\(scenario) was accepted")
        } catch let error as HireError {
            message = error.message
        } catch let error as DiagnosticsError {
            message = error.description
        }
        #expect(message.contains(expected), "\(scenario): \(message)")
        #expect(!message.contains("Ann") && !message.contains("ann@example.com"))
        #expect(try panel.snapshot() == before)
    }

    @Test("unscheduled and extra competencies are accepted when asked for; n/a with a reason is kept")
    func options() throws {
        let panel = try Panel()
        let other = try panel.workspace.candidates.add(NewCandidate(name: "Bo", email: "bo@example.com", role: "test-role"), actor: "hr")
        var draft = panel.draft(interviewer: "1", discovery: 3, grit: 3, candidate: "\(other.id!)")
        draft.ratings.append(RatingDraft(competencyId: "product", value: .notApplicable, skipReason: "ran out of time"))
        let scorecard = try panel.workspace.submitAsInterviewer(draft, options: .init(allowExtra: true, unscheduled: true), actor: "ida")
        let stored = try panel.workspace.scorecards.history(ScorecardID(scorecard.id!), as: "test")[0].ratings
        #expect(stored.first { $0.competencyId == "product" }?.value == nil)
        #expect(stored.first { $0.competencyId == "product" }?.skipReason == "ran out of time")
    }

    @Test("scheduling accepts only the role's rounds and known people")
    func scheduling() throws {
        let panel = try Panel()
        let before = try panel.snapshot()
        #expect(throws: HireError.self) { try panel.workspace.interviews.schedule(candidate: 1, round: "lunch", interviewer: 1, actor: "hr") }
        #expect(throws: HireError.self) { try panel.workspace.interviews.schedule(candidate: 1, round: "screen", interviewer: try panel.workspace.personID("nobody"), actor: "hr") }
        #expect(throws: HireError.self) { try panel.workspace.interviews.schedule(candidate: 42, round: "screen", interviewer: 1, actor: "hr") }
        #expect(throws: HireError.self) { try panel.workspace.interviews.schedule(candidate: 1, round: "screen", interviewer: 1, actor: "hr") }
        #expect(try panel.snapshot() == before)
        #expect(try panel.workspace.interviews.list(candidate: 1).count == 6)
    }

    @Test("a hire failing a must-have or with incomplete scorecards needs an override, which is kept")
    func decisions() throws {
        let panel = try Panel()
        try panel.workspace.candidates.move(1, to: .interviewing, reason: "screened", actor: "hr")
        try panel.workspace.submitAsInterviewer(panel.draft(interviewer: "1", discovery: 2, grit: 3), actor: "ida")
        let before = try panel.snapshot()
        let decidedOn = try #require(ISO8601DateFormatter().date(from: "2026-03-20T12:00:00Z"))
        let hire = DecisionRequest(candidate: 1, kind: .hire, startDate: CalendarDate("2026-04-01"), manager: try panel.workspace.personID("Jo Two"), at: decidedOn)
        #expect {
            try panel.workspace.decisions.decide(hire, actor: "jo")
        } throws: { error in
            let message = (error as? HireError)?.message ?? ""
            return message.contains("does not meet: discovery 2 < 3") && message.contains("incomplete: not rated: product")
                && (error as? HireError)?.remedy == .overrideWithReason
        }
        var bad = hire
        bad.startDate = CalendarDate(year: 9999, month: 12, day: 25)
        #expect(throws: HireError.self) { try panel.workspace.decisions.decide(bad, actor: "jo") }
        bad = hire
        bad.manager = 999  // no such person
        bad.override = "x"
        #expect(throws: HireError.self) { try panel.workspace.decisions.decide(bad, actor: "jo") }
        #expect(throws: HireError.self) { try panel.workspace.decisions.decide(DecisionRequest(candidate: 1, kind: .reject), actor: "jo") }
        #expect(try panel.snapshot() == before)

        var overridden = hire
        overridden.override = "strong references from two former managers"
        let decision = try panel.workspace.decisions.decide(overridden, actor: "jo")
        #expect(decision.override == "strong references from two former managers")
        #expect(decision.startDate == CalendarDate("2026-04-01") && decision.managerId == 2 && decision.actor == "jo")
        #expect(try panel.workspace.candidates.get(1).stage == .hired)
        #expect(try panel.workspace.decisions.list(candidate: 1).count == 1)
        // onboarding started in the same transaction, from the interview scores
        let plan = try panel.workspace.onboarding.plan(1)
        #expect(plan.newHire.startDate.description == "2026-04-01" && plan.newHire.managerId == 2)
        #expect(plan.milestones.count == 2)
        #expect(throws: HireError.self) { try panel.workspace.decisions.decide(DecisionRequest(candidate: 1, kind: .reject, reason: "changed mind"), actor: "jo") }
    }

    @Test("a reject records the reason and moves the candidate")
    func reject() throws {
        let panel = try Panel()
        let decision = try panel.workspace.decisions.decide(DecisionRequest(candidate: try panel.workspace.candidateID("ann@example.com"), kind: .reject, reason: "no must-haves"), actor: "jo")
        #expect(decision.kind == .reject && decision.reason == "no must-haves")
        #expect(try panel.workspace.candidates.get(1).stage == .rejected)
        #expect(Workspace.isCalendarDay("2028-02-29") && !Workspace.isCalendarDay("2026-2-3") && !Workspace.isCalendarDay("tomorrow"))
    }

    @Test("the slate ranks a role's candidates from the latest scorecards, with flags and quadrants")
    func slate() throws {
        let panel = try Panel()
        let ws = panel.workspace
        for (name, email) in [("Bo", "bo@example.com"), ("Cy", "cy@example.com")] {
            let c = try ws.candidates.add(NewCandidate(name: name, email: email, role: "test-role"), actor: "hr")
            for p in ["1", "2"] { try ws.interviews.schedule(candidate: CandidateID(c.id!), round: "screen", interviewer: try ws.personID(p), actor: "hr") }
        }
        // 1: fails discovery (2); 2: passes, 3.5 overall on discovery/grit; 3: passes 3, split and spread
        try ws.submitAsInterviewer(panel.draft(interviewer: "1", discovery: 2, grit: 4), actor: "t")
        try ws.submitAsInterviewer(panel.draft(interviewer: "1", discovery: 4, grit: 3, candidate: "2"), actor: "t")
        try ws.submitAsInterviewer(panel.draft(interviewer: "2", discovery: 3, grit: 4, candidate: "2"), actor: "t")
        try ws.submitAsInterviewer(panel.draft(interviewer: "1", discovery: 4, grit: 2, candidate: "3"), actor: "t")
        let sc = try ws.submitAsInterviewer(panel.draft(interviewer: "2", discovery: 1, grit: 2, recommend: "no", candidate: "3"), actor: "t")
        try ws.amendAsAuthor(sc.id!, ScorecardAmendment(changes: [RatingChange(competencyId: "discovery", value: .level(2))], reason: "r", keepEvidence: true), actor: "t")
        let slate = try ws.reports.slate(role: "test-role", as: "test")
        // 2 and 3 meet the must-have (discovery), 2 scoring higher; 1 fails it
        #expect(slate.entries.map(\.candidateId) == [2, 3, 1])
        let top = slate.entries[0]
        // discovery (4+3)/2 = 3.5, grit (3+4)/2 = 3.5 -> overall 3.5; product unrated
        #expect(top.overall == 3.5 && top.mustHaves == .met && top.incomplete == ["product"])
        #expect(top.confidence == 4 && top.scorecards == 2 && top.coachingStyle == .delegate)
        let second = slate.entries[1]
        // latest discovery ratings 4 and 2 (the 1 was amended): mean 3 meets the bar; grit 2, 2
        // overall = (3*3 + 2*2) / 5 = 2.6; skill 3 high, will 2 low -> excite
        #expect(second.overall == 2.6 && second.mustHaves == .met)
        #expect(second.flags == ["discovery ratings span 2-4", "panel split: 1 yes, 1 no"])
        #expect(second.coachingStyle == .excite)
        #expect(slate.entries[2].mustHaves == .failed)
        #expect(slate.entries[2].mustHaveFailures == ["does not meet: discovery 2 < 3"])
        #expect(slate.entries.map(\.rank) == [1, 2, 3])
        #expect(throws: HireError.self) { try ws.reports.slate(role: "nope", as: "test") }
    }

    @Test("an opening's slate reads only its candidates' scorecards and scores them as the role's slate does")
    func openingSlate() throws {
        let panel = try Panel()
        let ws = panel.workspace
        try ws.openings.add(id: "TR-1", role: "test-role", title: nil, actor: "hr")
        for (name, email) in [("Bo", "bo@example.com"), ("Cy", "cy@example.com")] {
            let c = try ws.candidates.add(NewCandidate(name: name, email: email, role: "test-role"), actor: "hr")
            try ws.interviews.schedule(candidate: CandidateID(c.id!), round: "screen", interviewer: try ws.personID("1"), actor: "hr")
        }
        try ws.submitAsInterviewer(panel.draft(interviewer: "1", discovery: 2, grit: 4), actor: "t")
        try ws.submitAsInterviewer(panel.draft(interviewer: "1", discovery: 4, grit: 3, candidate: "2"), actor: "t")
        try ws.submitAsInterviewer(panel.draft(interviewer: "1", discovery: 3, grit: 2, recommend: "no", candidate: "3"), actor: "t")
        for id in [2, 3] { _ = try ws.candidates.setOpening(CandidateID(Int64(id)), opening: "TR-1", reason: "applied", actor: "hr") }
        let role = try ws.reports.slate(role: "test-role", as: "test")
        let opening = try ws.reports.slate(role: "test-role", opening: "TR-1", as: "test")
        #expect(role.entries.map(\.candidateId) == [2, 3, 1])
        #expect(opening.entries.map(\.candidateId) == [2, 3])
        for entry in opening.entries {
            let same = try #require(role.entries.first { $0.candidateId == entry.candidateId })
            #expect(entry.overall == same.overall && entry.scorecards == same.scorecards && entry.flags == same.flags)
            #expect(entry.mustHaves == same.mustHaves && entry.scorecards == 1)
        }
    }

    @Test("candidates on two versions of a role are each scored by their own version's plan, as their report scores them")
    func slateAcrossVersions() throws {
        let panel = try Panel()
        let ws = panel.workspace
        try ws.submitAsInterviewer(panel.draft(interviewer: "1", discovery: 4, grit: 2), actor: "t")
        // Version 2 weighs grit far above discovery: the same ratings score lower.
        var second = try Fixtures.minimalProfile()
        second.competencies[0].weight = 1
        second.competencies[2].weight = 5
        try ws.roles.store([(second, "test.yaml")], actor: "test")
        let bo = try ws.candidates.add(NewCandidate(name: "Bo", email: "bo@example.com", role: "test-role"), actor: "hr")
        try ws.interviews.schedule(candidate: CandidateID(bo.id!), round: "screen", interviewer: try ws.personID("1"), actor: "hr")
        try ws.submitAsInterviewer(panel.draft(interviewer: "1", discovery: 4, grit: 2, candidate: "2"), actor: "t")
        let slate = try ws.reports.slate(role: "test-role", as: "test")
        let scores = Dictionary(uniqueKeysWithValues: slate.entries.map { ($0.candidateId, $0.overall) })
        // version 1: (3*4 + 2*2) / 5 = 3.2; version 2: (1*4 + 5*2) / 6 = 2.33...
        #expect(scores[1] == 3.2 && scores[2] == 14.0 / 6)
        for id: Int64 in [1, 2] {
            #expect(scores[id] == (try ws.reports.candidate(CandidateID(id), as: "test").score?.overall?.value))
        }
    }
}

