import Foundation
import GRDB

/// Reminders by email: what each person owes and their interviews tomorrow, once a day.
public struct ReminderService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Reminders by email: what each person owes and their interviews tomorrow, once a day.
    public var reminders: ReminderService { ReminderService(workspace: self) }
}

extension ReminderService {
    /// The reminders to send on `today` (default: today in the workspace's time zone): per
    /// person, what ``OwedService/list(today:person:as:now:)`` lists for them plus their
    /// interviews tomorrow, leaving out items already sent that day, people who turned
    /// reminders off, retired people, and items nobody owes yet. `person` keeps one person's;
    /// who may see whose is the owed list's rule. Links go under `baseURL` when given.
    public func plan(today: CalendarDate? = nil, person: PersonID? = nil, as actor: Actor, baseURL: String? = nil, now: Date = Date()) throws
        -> [Reminder]
    {
        let owed = try workspace.owed.list(today: today, person: person, as: actor, now: now)
        let base = baseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        return try writer.read { db in
            let zone = try Workspace.timeZone(db)
            let today = today ?? CalendarDate(of: now, in: zone)
            let mine = Policy.allows(actor, .viewOwed) ? nil : actor.personId
            var only: Int64? = mine
            if let person { only = try Workspace.person(db, person).id }
            var items: [Int64: [ReminderItem]] = [:]
            for item in owed {
                guard let owner = item.personId else { continue }
                items[owner, default: []].append(Workspace.reminderItem(item, zone: zone, base: base))
            }
            for (owner, item) in try Workspace.interviewsTomorrow(db, today: today, zone: zone, base: base) where only == nil || only == owner {
                items[owner, default: []].append(item)
            }
            let optedOut = Set(try Int64.fetchAll(db, sql: "SELECT personId FROM notificationOptOut"))
            let sent = try Workspace.sentKeys(db, day: today)
            var reminders: [Reminder] = []
            for (owner, list) in items where !optedOut.contains(owner) {
                guard let person = try Person.fetchOne(db, key: owner), person.retiredAt == nil else { continue }
                let fresh = list.filter { !sent.contains("\(owner)#\($0.key)") }
                guard !fresh.isEmpty else { continue }
                let order = ReminderItem.Section.allCases
                let sorted = fresh.enumerated().sorted { a, b in
                    let (x, y) = (order.firstIndex(of: a.element.section)!, order.firstIndex(of: b.element.section)!)
                    return x != y ? x < y : a.offset < b.offset
                }.map(\.element)
                reminders.append(Reminder(personId: owner, personName: person.name, email: person.email, day: today, items: sorted))
            }
            return reminders.sorted { ($0.personName, $0.personId) < ($1.personName, $1.personId) }
        }
    }

    /// Records how sending `reminder` as message `messageId` went: sent items are not sent
    /// again that day; failed ones are tried again on the next run. Audited, by ids only.
    public func record(_ reminder: Reminder, messageId: String, outcome: ReminderOutcome, actor: Actor, at: Date = Date()) throws {
        try writer.write { db in
            let (status, error): (String, String?) =
                switch outcome {
                case .sent: ("sent", nil)
                case .failed(let why): ("failed", why)
                }
            for item in reminder.items {
                try db.execute(
                    sql: """
                        INSERT INTO reminderSent (personId, candidateId, day, itemKey, messageId, status, error, at)
                        VALUES (?, (SELECT id FROM candidate WHERE id = ?), ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [reminder.personId, item.candidateId, "\(reminder.day)", item.key, messageId, status, error, at])
            }
            try db.audit(
                actor, .reminderSend, subject: "person \(reminder.personId)", detail: "\(status), \(reminder.items.count) items, \(messageId)")
        }
    }
}

extension Workspace {
    /// Item keys sent on `day`, as `personId#key`.
    static func sentKeys(_ db: Database, day: CalendarDate) throws -> Set<String> {
        Set(
            try Row.fetchAll(db, sql: "SELECT personId, itemKey FROM reminderSent WHERE day = ? AND status = 'sent'", arguments: ["\(day)"])
                .map { "\($0[0] as Int64)#\($0[1] as String)" })
    }

    static func reminderItem(_ item: OwedItem, zone: TimeZone, base: String?) -> ReminderItem {
        let late = item.hoursOverdue >= 0 ? "\(OwedItem.hoursText(item.hoursOverdue)) late" : "due in \(OwedItem.hoursText(-item.hoursOverdue))"
        let text: String
        let link: String?
        let key: String
        switch item.kind {
        case .scorecard:
            text = "\(item.title) for \(item.candidateName), due \(DateFormatting.string(item.dueAt, .minute, in: zone)) (\(late))"
            link = item.interviewId.flatMap { id in base.map { "\($0)/interviews/\(id)/scorecard" } }
            key = "scorecard:\(item.interviewId ?? 0)"
        case .milestone, .checkIn:
            text = "\(item.title) for \(item.candidateName), due \(item.dueDate)\(item.status == .atRisk ? " (at risk)" : "") (\(late))"
            link = base.map { "\($0)/candidates/\(item.candidateId)" }
            key = "\(item.kind.rawValue):\(item.candidateId):\(item.subject)"
        }
        return ReminderItem(key: key, section: item.status == .overdue ? .overdue : .due, candidateId: item.candidateId, text: text, link: link)
    }

    /// Interviews with a time on the day after `today`, by interviewer (active interviewers,
    /// candidates not erased).
    static func interviewsTomorrow(_ db: Database, today: CalendarDate, zone: TimeZone, base: String?) throws -> [(Int64, ReminderItem)] {
        let (start, end) = (today.adding(days: 1).start(in: zone), today.adding(days: 2).start(in: zone))
        let interviews = try Interview.fetchAll(
            db,
            sql: """
                SELECT i.* FROM interview i
                JOIN candidate c ON c.id = i.candidateId AND c.erased = 0
                JOIN person p ON p.id = i.interviewerId AND p.retiredAt IS NULL
                WHERE i.at >= ? AND i.at < ? ORDER BY i.at, i.id
                """, arguments: [start, end])
        return try assignments(db, interviews).map { assignment in
            let interview = assignment.interview
            var text = "\(DateFormatting.string(interview.at!, .minute, in: zone)) \(assignment.candidateName), \(assignment.roundName) (\(interview.durationMinutes) minutes"
            if let location = interview.location { text += ", \(location)" }
            text += ")"
            let at = Int64(interview.at!.timeIntervalSince1970)
            return (
                interview.interviewerId,
                ReminderItem(
                    key: "interview:\(interview.id!):\(at)", section: .tomorrow, candidateId: interview.candidateId, text: text,
                    link: base.map { "\($0)/interviews/\(interview.id!)/scorecard" })
            )
        }
    }
}
