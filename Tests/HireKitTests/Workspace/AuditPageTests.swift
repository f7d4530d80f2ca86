import Foundation
import HireKit
import HireTestSupport
import Testing

@Suite("The audit log a page at a time, narrowed by person, action, candidate and dates")
struct AuditPageTests {
    @Test("newest first, paged by id, filtered; refused to those who may not read the log")
    func pagedAndFiltered() throws {
        let workspace = try Fixtures.workspaceWithRole()
        let first = try workspace.candidates.add(NewCandidate(name: "Ann Example", email: "ann@example.org", role: "test-role"), actor: "hr")
        let second = try workspace.candidates.add(NewCandidate(name: "Ben Example", email: "ben@example.org", role: "test-role"), actor: "hr")
        let mover = Actor.person(7, accessRoles: [.recruiter])
        for id in [first.id!, second.id!] { try workspace.candidates.move(CandidateID(id), to: .screening, reason: "fits", actor: mover) }
        let admin = Actor.person(1, accessRoles: [.admin])
        let moves = try workspace.audit.page(AuditFilter(person: PersonID(7)), limit: 1, as: admin)
        #expect(moves.events.map(\.candidateId) == [second.id] && moves.events[0].action == AuditAction.candidateStage.rawValue)
        let older = try workspace.audit.page(AuditFilter(person: PersonID(7)), before: try #require(moves.next), limit: 1, as: admin)
        #expect(older.events.map(\.candidateId) == [first.id] && older.next == nil)
        let byCandidate = try workspace.audit.page(AuditFilter(action: .candidateStage, candidate: CandidateID(first.id!)), limit: 10, as: admin)
        #expect(byCandidate.events.count == 1)
        let newYear = CalendarDate(year: 2026, month: 1, day: 1)!
        #expect(try workspace.audit.page(AuditFilter(through: newYear), limit: 10, as: admin).events.isEmpty)
        #expect(try workspace.audit.page(AuditFilter(from: newYear), limit: 1000, as: admin).events.count >= 4)
        #expect(throws: HireError.self) { try workspace.audit.page(AuditFilter(), limit: 10, as: .person(2, accessRoles: [.hiringManager])) }
    }

    @Test("oldest first after a cursor: following next from the start reads every event once, in order")
    func oldestFirstAfterCursor() throws {
        let workspace = try Fixtures.workspaceWithRole()
        for n in 1...7 {
            _ = try workspace.candidates.add(NewCandidate(name: "Candidate \(n)", email: "c\(n)@example.org", role: "test-role"), actor: "hr")
        }
        let admin = Actor.person(1, accessRoles: [.admin])
        let all = try workspace.audit.events(as: admin).compactMap(\.id)
        var read: [Int64] = []
        var cursor: Int64?
        repeat {
            let page = try workspace.audit.page(AuditFilter(), after: cursor, limit: 3, as: admin)
            #expect(page.events.count <= 3)
            read += page.events.compactMap(\.id)
            cursor = page.next
        } while cursor != nil
        #expect(read == all && all.count >= 7)
        #expect(throws: HireError.self) { try workspace.audit.page(AuditFilter(), after: nil, limit: 10, as: .person(2, accessRoles: [.interviewer])) }
    }
}
