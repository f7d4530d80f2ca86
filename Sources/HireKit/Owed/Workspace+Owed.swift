import Foundation
import GRDB

extension Workspace {
    /// How many days apart a new hire's 1:1 check-ins with their manager fall due.
    public static let checkInIntervalDays = 30

    /// Scorecards owed for interviews that have taken place.
    static func owedScorecards(_ db: Database, now: Date, zone: TimeZone) throws -> [OwedItem] {
        let dueHours = try scorecardDueHours(db)
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT i.id, i.candidateId, i.roundId, i.interviewerId, i.at, c.name
                FROM interview i
                JOIN candidate c ON c.id = i.candidateId AND c.erased = 0
                JOIN person p ON p.id = i.interviewerId AND p.retiredAt IS NULL
                WHERE i.at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM scorecard s
                                  WHERE s.candidateId = i.candidateId AND s.roundId = i.roundId AND s.interviewerId = i.interviewerId)
                """)
        return rows.compactMap { row -> OwedItem? in
            // Owed once its start has passed: an interview at midnight is tomorrow's, not today's debt.
            guard let at = row[4] as Date?, at < now else { return nil }
            let due = at.addingTimeInterval(TimeInterval(dueHours * 3600))
            let overdue = Int((now.timeIntervalSince(due) / 3600).rounded(.down))
            let round: String = row[2]
            return OwedItem(
                kind: .scorecard, status: due < now ? .overdue : .due, personId: row[3], personName: nil, candidateId: row[1],
                candidateName: row[5], subject: round, title: "\(round) scorecard", dueAt: due, dueDate: CalendarDate(of: due, in: zone),
                hoursOverdue: overdue, hoursSinceInterview: Interview.wholeHours(from: at, to: now), interviewId: row[0],
                milestoneOwner: nil)
        }
    }

    /// Milestones overdue or at risk, and check-ins not held, of new hires not yet ramped and
    /// who have not left (leaving ends the ramp: nothing more is owed).
    static func owedRamps(_ db: Database, today: CalendarDate, now: Date, zone: TimeZone) throws -> [OwedItem] {
        let hrContact = try hrContact(db)
        let hires = try NewHire.filter(NewHire.Columns.rampedOn == nil)
            .filter(sql: "NOT EXISTS (SELECT 1 FROM newHireExit x WHERE x.newHireId = newHire.id)").fetchAll(db)
        guard !hires.isEmpty else { return [] }
        let candidateNames = Dictionary(
            uniqueKeysWithValues: try Row.fetchAll(
                db, sql: "SELECT c.id, c.name FROM candidate c JOIN newHire h ON h.candidateId = c.id WHERE h.rampedOn IS NULL"
            ).map { ($0[0] as Int64, $0[1] as String) })
        var milestonesByHire: [Int64: [RampMilestone]] = [:]
        for milestone in try RampMilestone.filter(hires.map(\.id!).contains(RampMilestone.Columns.newHireId)).fetchAll(db) {
            milestonesByHire[milestone.newHireId, default: []].append(milestone)
        }
        var checkInsByHire: [Int64: [CalendarDate]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT newHireId, \"on\" FROM checkIn") {
            if let on = CalendarDate(row[1] as String) { checkInsByHire[row[0] as Int64, default: []].append(on) }
        }
        func dateItem(
            _ kind: OwedItem.Kind, _ status: OwedItem.Status, hire: NewHire, person: Int64?, subject: String, title: String, due: CalendarDate,
            owner: MilestoneOwner?
        ) -> OwedItem {
            let dueAt = due.adding(days: 1).start(in: zone)
            return OwedItem(
                kind: kind, status: status, personId: person, personName: nil, candidateId: hire.candidateId,
                candidateName: candidateNames[hire.candidateId] ?? "?", subject: subject, title: title, dueAt: dueAt, dueDate: due,
                hoursOverdue: Int((now.timeIntervalSince(dueAt) / 3600).rounded(.down)), hoursSinceInterview: nil, interviewId: nil,
                milestoneOwner: owner)
        }
        var items: [OwedItem] = []
        for hire in hires {
            let milestones = milestonesByHire[hire.id!] ?? []
            let states = MilestoneStatus.prerequisites(milestones)
            for milestone in milestones where milestone.state == .open {
                let status = MilestoneStatus.of(milestone, today: today, states: states)
                guard status == .overdue || status == .atRisk else { continue }
                let person = owner(of: milestone, hire: hire, hrContact: hrContact)
                items.append(
                    dateItem(
                        .milestone, status == .overdue ? .overdue : .atRisk, hire: hire, person: person, subject: milestone.milestoneId,
                        title: milestone.title, due: milestone.dueDate, owner: milestone.owner))
            }
            let held = (checkInsByHire[hire.id!] ?? []).filter { $0 >= hire.startDate }.count
            var number = held + 1
            while true {
                let due = hire.startDate.adding(days: checkInIntervalDays * number)
                guard due <= today else { break }
                items.append(
                    dateItem(
                        .checkIn, due < today ? .overdue : .due, hire: hire, person: hire.managerId, subject: "check-in-\(number)",
                        title: "1:1 check-in \(number) (day \(checkInIntervalDays * number))", due: due, owner: nil))
                number += 1
            }
        }
        return items
    }
}

extension Workspace {
    /// Who owes a milestone: the hire's manager, their mentor, for HR the milestone's person or
    /// else the HR contact, for the new hire nobody (they are not a person of the workspace).
    static func owner(of milestone: RampMilestone, hire: NewHire, hrContact: Int64?) -> Int64? {
        switch milestone.owner {
        case .manager: hire.managerId
        case .mentor: hire.mentorId ?? milestone.ownerPersonId
        case .hr: milestone.ownerPersonId ?? hrContact
        case .newHire: nil
        }
    }
}

extension CalendarDate {
    /// The first instant of this day in `zone`.
    public func start(in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// The day `date` falls on in `zone`.
    public init(of date: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
