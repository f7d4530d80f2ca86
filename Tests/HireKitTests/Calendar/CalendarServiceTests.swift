import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Calendars: interviews with location, moves and cancellations, due dates")
struct CalendarServiceTests {
    let workspace: Workspace
    let interviewer: PersonID
    let at = Date(timeIntervalSince1970: 1_796_292_000)  // 2026-12-03T10:00:00Z

    init() throws {
        workspace = try Fixtures.workspaceWithRole()
        try workspace.settings.setTimeZone("UTC", actor: "t")
        interviewer = try workspace.people.add(name: "Ivan Interviewer", email: "ivan@example.com", title: nil, actor: "t").personID
        _ = try workspace.people.add(name: "Olga Other", email: "olga@example.com", title: nil, actor: "t")
        _ = try workspace.candidates.add(NewCandidate(name: "Lopez, Zoë", email: "zoe@example.com", role: "test-role"), actor: "t")
    }

    func event(_ uid: String) throws -> CalendarEvent? {
        try workspace.calendars.calendar(person: interviewer, as: "t", baseURL: "https://hire.example.com/").events.first { $0.uid == uid }
    }

    @Test("an interview is a timed event with its location, candidate, round and scorecard link; a move keeps its UID and bumps SEQUENCE")
    func moveKeepsUID() throws {
        let interview = try workspace.interviews.schedule(
            candidate: 1, round: "screen", interviewer: interviewer, at: at, duration: 45, location: "Room 4, floor 2", actor: "t")
        let uid = try #require(try workspace.calendars.calendar(person: interviewer, as: "t").events.first?.uid)
        #expect(uid.hasPrefix("interview-\(interview.id!)@"))
        let first = try #require(try event(uid))
        #expect(first.time == .timed(start: at, minutes: 45) && first.location == "Room 4, floor 2" && first.sequence == 0)
        #expect(first.summary.contains("Lopez, Zoë") && first.url == "https://hire.example.com/interviews/\(interview.id!)/scorecard")
        let moved = try workspace.interviews.move(interview.interviewID, to: at.addingTimeInterval(3600), location: "https://meet.example/x", actor: "t")
        #expect(moved.id == interview.id && moved.sequence == 1)
        let second = try #require(try event(uid))
        #expect(second.sequence == 1 && second.time == .timed(start: at.addingTimeInterval(3600), minutes: 45) && second.location == "https://meet.example/x")
        let audit = try workspace.writer.read { db in try String.fetchAll(db, sql: "SELECT action FROM auditEvent") }
        #expect(audit.contains("interview.move"))
    }

    @Test("a cancelled interview frees the round for its interviewer, stays in the calendar as cancelled; its reason is erased with the candidate")
    func cancelFreesSlot() throws {
        let interview = try workspace.interviews.schedule(candidate: 1, round: "screen", interviewer: interviewer, at: at, actor: "t")
        #expect(throws: HireError.self) { try workspace.interviews.schedule(candidate: 1, round: "screen", interviewer: interviewer, at: at, actor: "t") }
        #expect(throws: HireError.self) { try workspace.interviews.cancel(interview.interviewID, reason: "  ", actor: "t") }
        try workspace.interviews.cancel(interview.interviewID, reason: "candidate asked to move it", actor: "t")
        let cancelled = try #require(try event("interview-\(interview.id!)@" + domain()))
        #expect(cancelled.cancelled && cancelled.sequence == 1 && cancelled.url == nil)
        #expect(try workspace.interviews.list(candidate: 1).isEmpty)
        // The slot is free again, and a second cancel says it is cancelled.
        let again = try workspace.interviews.schedule(candidate: 1, round: "screen", interviewer: interviewer, at: at, actor: "t")
        #expect(again.id != interview.id)
        #expect(throws: HireError.self) { try workspace.interviews.move(interview.interviewID, to: at, actor: "t") }
        _ = try workspace.candidates.erase(1, reason: "asked to be forgotten", actor: "t")
        let reason = try workspace.writer.read { db in try String?.fetchOne(db, sql: "SELECT reason FROM interviewCancellation") }
        #expect(reason == .some(nil))
    }

    @Test("only the person, or those who see everyone's dues, may export a calendar")
    func policy() throws {
        let olga = try workspace.access.actor(named: "olga@example.com")
        #expect(throws: HireError.self) { try workspace.calendars.calendar(person: interviewer, as: olga) }
        let ivan = try workspace.access.actor(named: "ivan@example.com")
        #expect(try workspace.calendars.calendar(person: interviewer, as: ivan).name == "Hire: Ivan Interviewer")
    }

    func domain() throws -> String {
        try workspace.writer.read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'workspaceUID'")! }
    }
}
