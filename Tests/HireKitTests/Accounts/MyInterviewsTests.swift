import Foundation
import Testing
@testable import HireKit

@Suite("My interviews: owed scorecards first; a sheet only for its own interviewer")
struct MyInterviewsTests {
    @Test("owed first with hours since, then newest first, unscheduled last; the owner has none")
    func ordering() throws {
        let workspace = try Fixtures.workspaceWithRole()
        let now = Date()
        try workspace.people.add(name: "Ida One", email: "ida@example.com", title: nil, actor: "hr")
        for (name, email) in [("Ann A", "a@example.com"), ("Ben B", "b@example.com"), ("Cy C", "c@example.com"), ("Di D", "d@example.com")] {
            try workspace.candidates.add(NewCandidate(name: name, email: email, role: "test-role"), actor: "hr")
        }
        try workspace.interviews.schedule(candidate: 1, round: "screen", interviewer: 1, at: now.addingTimeInterval(-30 * 3600), actor: "hr")
        try workspace.interviews.schedule(candidate: 2, round: "screen", interviewer: 1, at: now.addingTimeInterval(86400), actor: "hr")
        try workspace.interviews.schedule(candidate: 3, round: "screen", interviewer: 1, actor: "hr")
        try workspace.interviews.schedule(candidate: 4, round: "screen", interviewer: 1, at: now.addingTimeInterval(-5 * 3600), actor: "hr")
        let ida = try workspace.access.actor(person: 1)
        let list = try workspace.interviews.mine(as: ida, now: now)
        #expect(list.map(\.candidateName) == ["Di D", "Ann A", "Ben B", "Cy C"])
        #expect(list.filter { $0.isOwed(at: now) }.count == 2)
        let di = list.first { $0.candidateName == "Di D" }!
        #expect(di.hoursSince(now) == 5 && !di.isOverdue(at: now))
        #expect(list.first { $0.candidateName == "Ann A" }!.isOverdue(at: now))
        #expect(!list.first { $0.candidateName == "Cy C" }!.isOwed(at: now))
        #expect(try workspace.interviews.mine(as: "owner").isEmpty)
    }

    @Test("the hours since an interview agree between My interviews and the owed list: whole minutes, then whole hours")
    func hoursAgree() throws {
        let workspace = try Fixtures.workspaceWithRole()
        let now = Date()
        try workspace.people.add(name: "Ida One", email: "ida@example.com", title: nil, actor: "hr")
        try workspace.candidates.add(NewCandidate(name: "Ann A", email: "a@example.com", role: "test-role"), actor: "hr")
        // 2 h 59 min 40 s ago: the owed list used to round the seconds down and say 2.
        try workspace.interviews.schedule(candidate: 1, round: "screen", interviewer: 1, at: now.addingTimeInterval(-(3 * 3600 - 20)), actor: "hr")
        let mine = try workspace.interviews.mine(as: workspace.access.actor(person: 1), now: now)
        let owed = try workspace.owed.list(as: "owner", now: now).first { $0.kind == .scorecard }
        #expect(mine.first?.hoursSince(now) == 3 && owed?.hoursSinceInterview == 3)
    }

    @Test("another person's interview sheet is not found, whatever their access roles")
    func sheetIsPrivate() throws {
        let panel = try Panel()
        let ida = try panel.workspace.access.actor(named: "Ida One")
        #expect(try panel.workspace.interviews.sheet(interview: 1, as: ida).competencies.map(\.id) == ["discovery", "grit"])
        try panel.workspace.access.change(of: 2, grant: [.admin], revoke: [], actor: "owner")
        let jo = try panel.workspace.access.actor(named: "Jo Two")
        #expect { try panel.workspace.interviews.sheet(interview: 1, as: jo) } throws: { ($0 as? HireError)?.kind == .notFound }
        #expect { try panel.workspace.interviews.sheet(interview: 1, as: "owner") } throws: { ($0 as? HireError)?.kind == .notFound }
    }
}
