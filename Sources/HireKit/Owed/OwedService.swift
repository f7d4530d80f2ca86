import Foundation
import GRDB

/// Who owes what: scorecards due, milestones overdue or at risk, check-ins.
public struct OwedService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Who owes what: scorecards due, milestones overdue or at risk, check-ins.
    public var owed: OwedService { OwedService(workspace: self) }
}

extension OwedService {
    /// Everything owed on `today` (default: today in the workspace's time zone), in one read:
    ///
    /// - **scorecards** not submitted for interviews that have taken place (their time is
    ///   past), by the interviewer, due `scorecard_due_hours` after the interview (retired
    ///   interviewers and erased candidates left out);
    /// - **milestones** overdue or at risk (``MilestoneStatus``), by owner: the hire's manager,
    ///   their mentor, for HR the milestone's person or else the `hr_contact` setting, for the new
    ///   hire nobody yet;
    /// - **1:1 check-ins** not held, by the manager: the k-th falls due on day 30·k after the
    ///   start, until the hire is ramped; it is held once k check-ins are recorded.
    ///
    /// Per person (by name; nobody last), most overdue first. With `today`, "now" is the end of
    /// that day in the workspace's time zone; else `now`. `person` (id, email or name) keeps one
    /// person's items. Admins, recruiters and hiring managers see anyone's; anyone else only
    /// their own (with no `person`, theirs).
    public func list(today: CalendarDate? = nil, person reference: PersonID? = nil, as actor: Actor, now: Date = Date()) throws -> [OwedItem] {
        try writer.read { db in
            let zone = try Workspace.timeZone(db)
            let now = today.map { $0.adding(days: 1).start(in: zone) } ?? now
            let today = today ?? CalendarDate(of: now, in: zone)
            var only: Int64?
            if let reference {
                let person = try Workspace.person(db, reference)
                try Policy.require(actor, .viewOwed, Relation(isNamedPerson: actor.personId == person.id))
                only = person.id
            } else if !Policy.allows(actor, .viewOwed) {
                guard let own = actor.personId else { throw HireError.forbidden(.viewOwed, actor: actor) }
                only = own
            }
            var items = try Workspace.owedScorecards(db, now: now, zone: zone)
            items += try Workspace.owedRamps(db, today: today, now: now, zone: zone)
            if let only { items = items.filter { $0.personId == only } }
            let names = try Workspace.personNames(db, ids: Set(items.compactMap(\.personId)))
            for index in items.indices { items[index].personName = items[index].personId.flatMap { names[$0] } }
            return items.sorted { a, b in
                switch (a.personName, b.personName) {
                case (nil, .some): return false
                case (.some, nil): return true
                case let (x?, y?) where x != y: return x < y
                default: break
                }
                if a.personId != b.personId { return (a.personId ?? 0) < (b.personId ?? 0) }
                if a.hoursOverdue != b.hoursOverdue { return a.hoursOverdue > b.hoursOverdue }
                return (a.candidateId, a.subject) < (b.candidateId, b.subject)
            }
        }
    }
}
