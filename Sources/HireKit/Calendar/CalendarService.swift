import Foundation
import GRDB

/// Calendars: a person's interviews, milestone due dates and check-ins, as iCalendar.
public struct CalendarService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Calendars: a person's interviews, milestone due dates and check-ins, as iCalendar.
    public var calendars: CalendarService { CalendarService(workspace: self) }
}

extension CalendarService {
    /// How many check-ins ahead a manager's calendar shows, per new hire not yet ramped.
    public static let checkInsAhead = 3

    /// `person`'s calendar: the interviews they are scheduled for that have a time (cancelled
    /// ones marked so), the open milestones they own (all-day, on the due date) and, for a
    /// manager, the 1:1 check-ins held and the next ``checkInsAhead`` due with each new hire
    /// not yet ramped. Interview events link to the scorecard form under `baseURL` when given.
    /// Candidates appear by name and round only. The person sees their own; admins, recruiters
    /// and hiring managers anyone's.
    public func calendar(person reference: PersonID, as actor: Actor, baseURL: String? = nil) throws -> PersonCalendar {
        try writer.read { db in
            let person = try Workspace.person(db, reference)
            try Policy.require(actor, .viewOwed, Relation(isNamedPerson: actor.personId == person.id))
            let domain = try WorkspaceSettings.value(db, CalendarSchema.workspaceUIDKey) ?? "hire.invalid"
            let base = baseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
            var events = try Workspace.interviewEvents(db, person: person.id!, domain: domain, base: base)
            events += try Workspace.rampEvents(db, person: person.id!, domain: domain)
            events.sort { a, b in (a.sortKey, a.uid) < (b.sortKey, b.uid) }
            return PersonCalendar(name: "Hire: \(person.name)", events: events)
        }
    }

    /// `person`'s calendar as iCalendar text (RFC 5545), ready to write to a `.ics` file.
    public func ics(person: PersonID, as actor: Actor, baseURL: String? = nil, stamp: Date = Date()) throws -> String {
        ICalendar.render(try calendar(person: person, as: actor, baseURL: baseURL), stamp: stamp)
    }
}

extension CalendarEvent {
    /// Orders events by start: an all-day event at the start of its day in UTC.
    var sortKey: Date {
        switch time {
        case .timed(let start, _): start
        case .allDay(let day): day.start(in: TimeZone(identifier: "UTC")!)
        }
    }
}

extension Workspace {
    static func interviewEvents(_ db: Database, person: Int64, domain: String, base: String?) throws -> [CalendarEvent] {
        let live = try Interview.filter(Interview.Columns.interviewerId == person && Interview.Columns.at != nil).fetchAll(db)
        let cancelled = try InterviewCancellation.fetchAll(db, sql: "SELECT * FROM interviewCancellation WHERE interviewerId = ? AND at IS NOT NULL", arguments: [person])
        let assignments = try assignments(db, live) + (try assignments(db, cancelled.map(\.interview)))
        return assignments.enumerated().map { index, assignment in
            let interview = assignment.interview
            let isCancelled = index >= live.count
            var lines = ["Interview with \(assignment.candidateName), round: \(assignment.roundName)."]
            if let role = assignment.roleTitle { lines.append("Role: \(role).") }
            let url = isCancelled ? nil : base.map { "\($0)/interviews/\(interview.id!)/scorecard" }
            if let url { lines.append("Scorecard form: \(url)") }
            if isCancelled { lines.append("Cancelled.") }
            return CalendarEvent(
                uid: "interview-\(interview.id!)@\(domain)", sequence: interview.sequence,
                time: .timed(start: interview.at!, minutes: interview.durationMinutes),
                summary: "Interview: \(assignment.candidateName) (\(assignment.roundName))", description: lines.joined(separator: "\n"),
                location: interview.location, url: url, cancelled: isCancelled)
        }
    }

    static func rampEvents(_ db: Database, person: Int64, domain: String) throws -> [CalendarEvent] {
        let hrContact = try hrContact(db)
        let hires = try NewHire.filter(NewHire.Columns.rampedOn == nil).fetchAll(db)
        var events: [CalendarEvent] = []
        for hire in hires {
            guard let candidate = try Candidate.fetchOne(db, key: hire.candidateId) else { continue }
            let name = listedName(candidate)
            let milestones = try RampMilestone.filter(RampMilestone.Columns.newHireId == hire.id!).fetchAll(db)
            for milestone in milestones where milestone.state == .open && owner(of: milestone, hire: hire, hrContact: hrContact) == person {
                events.append(
                    CalendarEvent(
                        uid: "milestone-\(milestone.id!)@\(domain)", sequence: 0, time: .allDay(milestone.dueDate),
                        summary: "Due: \(milestone.title) (\(name))",
                        description: "Onboarding milestone \(milestone.milestoneId) of \(name), due \(milestone.dueDate).", location: nil,
                        url: nil))
            }
            guard hire.managerId == person else { continue }
            let held = try CalendarDate.fetchAll(
                db, sql: "SELECT \"on\" FROM checkIn WHERE newHireId = ? ORDER BY \"on\"", arguments: [hire.id!]
            ).filter { $0 >= hire.startDate }
            for (index, day) in held.enumerated() {
                events.append(checkInEvent(hire: hire, number: index + 1, day: day, held: true, name: name, domain: domain))
            }
            for number in (held.count + 1)...(held.count + CalendarService.checkInsAhead) {
                let due = hire.startDate.adding(days: checkInIntervalDays * number)
                events.append(checkInEvent(hire: hire, number: number, day: due, held: false, name: name, domain: domain))
            }
        }
        return events
    }

    static func checkInEvent(hire: NewHire, number: Int, day: CalendarDate, held: Bool, name: String, domain: String) -> CalendarEvent {
        CalendarEvent(
            uid: "checkin-\(hire.id!)-\(number)@\(domain)", sequence: held ? 1 : 0, time: .allDay(day),
            summary: "1:1 check-in \(number) with \(name)\(held ? " (held)" : "")",
            description: "1:1 check-in \(number) with \(name), \(held ? "held" : "due") \(day).", location: nil, url: nil)
    }
}
