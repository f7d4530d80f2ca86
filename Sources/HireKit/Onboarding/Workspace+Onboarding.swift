import Foundation
import GRDB

/// A new hire's plan as `hire ramp plan` shows it.
public struct RampPlan: Sendable, Codable {
    public var newHire: NewHire
    public var name: String
    public var manager: String
    public var mentor: String?
    public var focusAreas: [String]
    public var coachingStyle: String?
    public var quadrant: String?
    public var milestones: [RampMilestone]
    /// Milestones left out because a value stored in them cannot be read (not in the JSON:
    /// front ends report them apart).
    public var unreadable: [UnreadableRecord] = []

    enum CodingKeys: String, CodingKey {
        case newHire, name, manager, mentor, focusAreas, coachingStyle, quadrant, milestones
    }
}

/// A milestone with its status on a day and the name of its owner, for timelines.
public struct RampTimelineEntry: Sendable, Codable {
    public var milestone: RampMilestone
    public var status: MilestoneStatus
    public var ownerName: String?
}

/// A new hire's timeline: milestones by due date, check-ins, and focus-area trajectories.
public struct RampTimeline: Sendable, Codable {
    public var summary: RampSummary
    public var entries: [RampTimelineEntry]
    public var checkIns: [CheckInDetail]
    public var trajectories: [Trajectory]
    public var focusAreas: [String]
    public var coachingStyle: String?
    /// Milestones and check-ins left out because a value stored in them cannot be read (not
    /// in the JSON: front ends report them apart).
    public var unreadable: [UnreadableRecord] = []

    enum CodingKeys: String, CodingKey {
        case summary, entries, checkIns, trajectories, focusAreas, coachingStyle
    }
}

/// Every active new hire's progress, as `rampStatus` gives it, with the hires left out.
public struct RampStatusRows: Sendable {
    public var hires: [RampSummary]
    /// New hires left out because a value stored for them cannot be read.
    public var unreadable: [UnreadableRecord]
}

/// A check-in with its observations.
public struct CheckInDetail: Sendable, Codable {
    public var checkIn: CheckIn
    public var observations: [Observation]
}

/// Average time from start to ramped, per group.
public struct TimeToRamp: Sendable, Codable, Hashable {
    public var dimension: String
    public var key: String
    public var ramped: Int
    public var averageDays: Double
}

/// What the hire decision hands to onboarding.
public struct HireRequest: Sendable {
    public var hiredOn: CalendarDate
    public var start: CalendarDate
    public var managerId: Int64
    /// Overrides the profile's `business_days` when set.
    public var businessDays: Bool?
    /// The interview mean of each competency, for the focus areas.
    public var competencyMeans: [String: Double]
    public var quadrant: String?
    public var coachingStyle: String?

    public init(
        hiredOn: CalendarDate, start: CalendarDate, managerId: Int64, businessDays: Bool? = nil,
        competencyMeans: [String: Double] = [:], quadrant: String? = nil, coachingStyle: String? = nil
    ) {
        self.hiredOn = hiredOn
        self.start = start
        self.managerId = managerId
        self.businessDays = businessDays
        self.competencyMeans = competencyMeans
        self.quadrant = quadrant
        self.coachingStyle = coachingStyle
    }
}

extension Workspace {
    /// Creates the new-hire record and instantiates the onboarding plan of the role version the
    /// candidate was hired under, inside the caller's transaction (the hire decision's).
    @discardableResult
    static func startRamp(_ db: Database, candidate: Candidate, request: HireRequest, actor: Actor) throws -> NewHire {
        guard let candidateId = candidate.id, let roleId = candidate.roleId else {
            throw HireError.invalid("the candidate has no role, so there is no onboarding plan to start")
        }
        if try NewHire.filter(NewHire.Columns.candidateId == candidateId).fetchOne(db) != nil {
            throw HireError.conflict("candidate \(candidateId) has already been hired; hiring the same person twice is refused")
        }
        if request.start < request.hiredOn {
            throw HireError.invalid("the start date \(request.start) is before the hire decision's date \(request.hiredOn)")
        }
        guard try Person.fetchOne(db, key: request.managerId) != nil else { throw HireError.notFound("unknown manager") }
        let role = try roleVersion(db, role: roleId, version: candidate.roleVersion)
        let businessDays = request.businessDays ?? role.profile.onboarding.businessDays
        let focus = RampPlanner.focusAreas(profile: role.profile, means: request.competencyMeans)
        var newHire = NewHire(
            candidateId: candidateId, roleId: roleId, roleVersion: role.version, hiredOn: request.hiredOn, startDate: request.start,
            managerId: request.managerId, mentorId: nil, businessDays: businessDays, focusAreas: focus, quadrant: request.quadrant,
            coachingStyle: request.coachingStyle, rampedOn: nil, createdAt: Date())
        try newHire.insert(db)
        for var milestone in RampPlanner.milestones(
            plan: role.profile.onboarding, newHireId: newHire.id!, start: request.start, businessDays: businessDays,
            managerId: request.managerId, mentorId: nil, focusAreas: focus)
        {
            try milestone.insert(db)
        }
        try db.audit(actor, .rampStart, candidate: candidateId, detail: "start \(request.start), \(role.profile.onboarding.milestones.count) milestones")
        Log.onboarding.info(
            "ramp started",
            metadata: ["candidate": "\(candidateId)", "role": "\(roleId)", "milestones": "\(role.profile.onboarding.milestones.count)"])
        return newHire
    }

    static func newHire(_ db: Database, _ reference: String) throws -> (NewHire, Candidate) {
        let candidate = try Self.candidate(db, reference)
        guard let row = try NewHire.filter(NewHire.Columns.candidateId == candidate.id).asRequest(of: Row.self).fetchOne(db) else {
            throw HireError.notFound("candidate \(candidate.id!) has not been hired", remedy: .recordHire(candidate.id!))
        }
        do {
            return (try NewHire(row: row), candidate)
        } catch let error as RowDecodingError {
            // Without its dates there is no plan to show: say which hire and column, never the value.
            let column = UnreadableRecord.column(of: error, in: NewHire.databaseTableName)
            throw HireError.workspace(
                "new hire \(row["id"] as Int64? ?? 0) (candidate \(candidate.id!)): a value stored in the workspace cannot be read (column \(column)): "
                    + "the workspace was damaged or edited outside Hire")
        }
    }

    /// A new hire's milestones by due date, leaving out (into `unreadable`) those that cannot be read.
    static func readableMilestones(_ db: Database, of hire: NewHire, unreadable: inout [UnreadableRecord]) throws -> [RampMilestone] {
        let rows = try RampMilestone.filter(RampMilestone.Columns.newHireId == hire.id).order(RampMilestone.Columns.dueDate, RampMilestone.Columns.id).asRequest(of: Row.self).fetchAll(db)
        return UnreadableRecord.decode(rows, as: RampMilestone.self, kind: .milestone, newHireId: hire.id!, candidateId: hire.candidateId, unreadable: &unreadable)
    }

    static func milestones(_ db: Database, newHireId: Int64) throws -> [RampMilestone] {
        try RampMilestone.filter(RampMilestone.Columns.newHireId == newHireId).order(RampMilestone.Columns.dueDate, RampMilestone.Columns.id).fetchAll(db)
    }

    static func milestone(_ db: Database, newHire: NewHire, _ id: String) throws -> RampMilestone {
        guard let milestone = try RampMilestone.filter(RampMilestone.Columns.newHireId == newHire.id && RampMilestone.Columns.milestoneId == id).fetchOne(db) else {
            let known = try String.fetchAll(db, sql: "SELECT milestoneId FROM rampMilestone WHERE newHireId = ?", arguments: [newHire.id])
            var message = "unknown milestone '\(id)'"
            message += Suggestion.didYouMean(id, in: known)
            throw HireError.notFound(message)
        }
        return milestone
    }

    /// A new hire's plan: focus areas, coaching style, mentor and milestones.
    public func rampPlan(_ reference: String) throws -> RampPlan {
        try writer.read { db in
            let (newHire, candidate) = try Self.newHire(db, reference)
            var unreadable: [UnreadableRecord] = []
            let milestones = try Self.readableMilestones(db, of: newHire, unreadable: &unreadable)
            return RampPlan(
                newHire: newHire, name: candidate.name, manager: try Person.fetchOne(db, key: newHire.managerId)?.name ?? "?",
                mentor: try newHire.mentorId.flatMap { try Person.fetchOne(db, key: $0)?.name }, focusAreas: newHire.focusAreas,
                coachingStyle: newHire.coachingStyle, quadrant: newHire.quadrant, milestones: milestones, unreadable: unreadable)
        }
    }

    /// Marks a milestone done on `date`, which lies between the plan's start and `today`
    /// (default: today in the workspace's time zone). Refuses one whose dependencies are
    /// unfinished unless `forceReason` is given.
    @discardableResult
    public func completeMilestone(
        _ reference: String, milestone id: String, on date: CalendarDate, note: String?, forceReason: String?, today: CalendarDate? = nil,
        actor: Actor
    ) throws -> RampMilestone {
        try writer.write { db in
            let (newHire, _) = try Self.newHire(db, reference)
            var milestone = try Self.milestone(db, newHire: newHire, id)
            try Self.require(db, actor, milestone.owner.completion, candidate: newHire.candidateId)
            switch milestone.state {
            case .done: throw HireError.conflict("milestone '\(id)' is already done (on \(milestone.completedOn.map(String.init(describing:)) ?? "?"))")
            case .waived: throw HireError.conflict("milestone '\(id)' was waived; a waived milestone cannot be completed")
            case .open: break
            }
            try Self.checkMilestoneDate(db, date, newHire: newHire, today: today, what: "completion")
            let all = try Self.milestones(db, newHireId: newHire.id!)
            let unfinished = milestone.after.filter { dependency in all.first { $0.milestoneId == dependency }?.state == .open }
            if !unfinished.isEmpty {
                guard let forceReason, !forceReason.isEmpty else {
                    throw HireError.invalid(
                        "milestone '\(id)' comes after \(unfinished.joined(separator: ", ")), not yet done", remedy: .forceOutOfOrder)
                }
                milestone.reason = "forced: \(forceReason)"
            }
            milestone.state = .done
            milestone.completedOn = date
            milestone.note = note
            milestone.updatedBy = actor.recordedName
            try milestone.update(db)
            try db.audit(actor, .rampComplete, candidate: newHire.candidateId, subject: id, detail: unfinished.isEmpty ? nil : "forced")
            try Self.updateRamped(db, newHire: newHire, actor: actor)
            return milestone
        }
    }

    /// Waives a milestone with a reason, on `date`, which lies between the plan's start and
    /// `today` (default: today in the workspace's time zone).
    @discardableResult
    public func waiveMilestone(
        _ reference: String, milestone id: String, reason: String, on date: CalendarDate, today: CalendarDate? = nil, actor: Actor
    ) throws -> RampMilestone {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw HireError.invalid("waiving a milestone needs a reason") }
        return try writer.write { db in
            let (newHire, _) = try Self.newHire(db, reference)
            var milestone = try Self.milestone(db, newHire: newHire, id)
            try Self.require(db, actor, milestone.owner.completion, candidate: newHire.candidateId)
            guard milestone.state == .open else { throw HireError.conflict("milestone '\(id)' is already \(milestone.state.rawValue)") }
            try Self.checkMilestoneDate(db, date, newHire: newHire, today: today, what: "waiver")
            milestone.state = .waived
            milestone.completedOn = date
            milestone.reason = reason
            milestone.updatedBy = actor.recordedName
            try milestone.update(db)
            try db.audit(actor, .rampWaive, candidate: newHire.candidateId, subject: id)
            try Self.updateRamped(db, newHire: newHire, actor: actor)
            return milestone
        }
    }

    /// A milestone is done or waived between the plan's start and today, never before or after.
    private static func checkMilestoneDate(_ db: Database, _ date: CalendarDate, newHire: NewHire, today: CalendarDate?, what: String) throws {
        if date < newHire.startDate {
            throw HireError.invalid("the \(what) date \(date) is before the start date \(newHire.startDate)")
        }
        let today = try today ?? CalendarDate.today(in: timeZone(db))
        if date > today {
            throw HireError.invalid("the \(what) date \(date) is after today (\(today)); a milestone is recorded when it has happened")
        }
    }

    /// Marks the hire ramped once every milestone is done or waived.
    private static func updateRamped(_ db: Database, newHire: NewHire, actor: Actor) throws {
        let milestones = try milestones(db, newHireId: newHire.id!)
        guard milestones.allSatisfy({ $0.state.isFinished }) else { return }
        var updated = newHire
        updated.rampedOn = milestones.compactMap(\.completedOn).max() ?? newHire.startDate
        try updated.update(db)
        try db.audit(actor, .rampRamped, candidate: newHire.candidateId, detail: "ramped on \(updated.rampedOn!)")
    }

    /// Every active new hire's progress on `today`, optionally of one manager or mentor, or only those with overdue milestones.
    /// Hires with a stored value that cannot be read are left out (see ``rampStatusRows(today:manager:mentor:overdueOnly:includeRamped:)``).
    public func rampStatus(today: CalendarDate, manager: String? = nil, mentor: String? = nil, overdueOnly: Bool = false, includeRamped: Bool = false)
        throws -> [RampSummary]
    {
        try rampStatusRows(today: today, manager: manager, mentor: mentor, overdueOnly: overdueOnly, includeRamped: includeRamped).hires
    }

    /// ``rampStatus(today:manager:mentor:overdueOnly:includeRamped:)`` with the hires it left out because a value stored
    /// for them (a start date, a milestone's due date) cannot be read.
    public func rampStatusRows(today: CalendarDate, manager: String? = nil, mentor: String? = nil, overdueOnly: Bool = false, includeRamped: Bool = false)
        throws -> RampStatusRows
    {
        try writer.read { db in
            var request = NewHire.order(NewHire.Columns.startDate, NewHire.Columns.id)
            // As of `today`: a hire who ramped later was still ramping then.
            if !includeRamped { request = request.filter(NewHire.Columns.rampedOn == nil || NewHire.Columns.rampedOn > today) }
            if let manager { request = request.filter(NewHire.Columns.managerId == (try Self.person(db, manager)).id) }
            if let mentor { request = request.filter(NewHire.Columns.mentorId == (try Self.person(db, mentor)).id) }
            var unreadable: [UnreadableRecord] = []
            var hires: [NewHire] = []
            do {
                // Decoded straight from the statement; only a workspace with an unreadable value pays
                // for the row-by-row pass below (copied rows look columns up by lowercased name).
                hires = try request.fetchAll(db)
            } catch is RowDecodingError {
                for row in try request.asRequest(of: Row.self).fetchAll(db) {
                    do {
                        hires.append(try NewHire(row: row))
                    } catch let error as RowDecodingError {
                        unreadable.append(
                            UnreadableRecord(
                                .newHire, newHireId: row["id"], candidateId: row["candidateId"], column: UnreadableRecord.column(of: error, in: "newHire")))
                    }
                }
            }
            let names = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM person").map { ($0["id"] as Int64, $0["name"] as String) })
            // One pass over the columns status needs, without decoding whole records: this is the hot path.
            // Titles are read afterwards, only for the milestones that are next due.
            var milestonesByHire: [Int64: [RampSummary.Facts]] = [:]
            // A milestone that cannot be read leaves its hire out: their percentages would be wrong.
            var unreadableHires: [Int64: String] = [:]
            // As of `today`: a milestone finished later was still open then (dates compare as text).
            let rows = try Row.fetchCursor(
                db, sql: "SELECT newHireId, milestoneId, dueDate, CASE WHEN completedOn > ? THEN 'open' ELSE state END, after FROM rampMilestone",
                arguments: [today.description])
            while let row = try rows.next() {
                // Read as `String` and `Int64`, which GRDB decodes straight from the statement; a
                // type that is only DatabaseValueConvertible costs a runtime conformance check per value.
                let hire: Int64 = row[0]
                let dueText: String? = row[2]
                guard let due = dueText.flatMap({ CalendarDate($0) }) else {
                    unreadableHires[hire] = unreadableHires[hire] ?? "rampMilestone.dueDate"
                    continue
                }
                let stateText: String? = row[3]
                guard let state = stateText.flatMap(MilestoneState.init(rawValue:)) else {
                    unreadableHires[hire] = unreadableHires[hire] ?? "rampMilestone.state"
                    continue
                }
                let id: String = row[1]
                let after: String? = row[4]
                let facts = RampSummary.Facts(id: id, title: "", due: due, state: state, after: Self.decodeIDs(after ?? "[]"))
                milestonesByHire[hire, default: []].append(facts)
            }
            let titleStatement = try db.makeStatement(sql: "SELECT title FROM rampMilestone WHERE newHireId = ? AND milestoneId = ?")
            let candidateNames = Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT candidate.id, candidate.name FROM candidate JOIN newHire ON newHire.candidateId = candidate.id")
                    .map { ($0[0] as Int64, $0[1] as String) })
            let summaries = try hires.compactMap { hire -> RampSummary? in
                if let column = unreadableHires[hire.id!] {
                    unreadable.append(UnreadableRecord(.newHire, newHireId: hire.id!, candidateId: hire.candidateId, column: column))
                    return nil
                }
                let milestones = milestonesByHire[hire.id!] ?? []
                var progress = RampSummary.progress(milestones, start: hire.startDate, today: today)
                if overdueOnly && progress.overdue == 0 { return nil }
                if let next = progress.next {
                    progress.next?.title = try String.fetchOne(titleStatement, arguments: [hire.id, next.milestone]) ?? ""
                }
                return RampSummary(
                    newHireId: hire.id!, candidateId: hire.candidateId, name: candidateNames[hire.candidateId] ?? "?", roleId: hire.roleId,
                    manager: names[hire.managerId] ?? "?", mentor: hire.mentorId.flatMap { names[$0] }, startDate: hire.startDate,
                    milestones: milestones.count, finished: progress.finished, percentDone: progress.percentDone,
                    percentElapsed: progress.percentElapsed, overdue: progress.overdue, atRisk: progress.atRisk, nextDue: progress.next,
                    rampedOn: hire.rampedOn.flatMap { $0 <= today ? $0 : nil })
            }
            return RampStatusRows(hires: summaries, unreadable: unreadable.sorted { $0.newHireId < $1.newHireId })
        }
    }

    /// A JSON array of ids. Ids are plain (no escapes), so the common case is scanned byte by
    /// byte; anything unusual goes through the JSON decoder.
    static func decodeIDs(_ json: String) -> [String] {
        if json == "[]" { return [] }
        var ids: [String] = []
        var start: String.UTF8View.Index?
        let utf8 = json.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\\") { return (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? [] }
            if byte == UInt8(ascii: "\"") {
                if let opened = start {
                    ids.append(String(json[opened..<index]))
                    start = nil
                } else {
                    start = utf8.index(after: index)
                }
            }
            index = utf8.index(after: index)
        }
        return ids
    }

    /// The names of the people with the given ids.
    static func personNames(_ db: Database, ids: Set<Int64>) throws -> [Int64: String] {
        let rows = try Row.fetchAll(db, Person.select(Person.Columns.id, Person.Columns.name).filter(ids.contains(Person.Columns.id)))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as Int64, $0["name"] as String) })
    }

    /// A new hire's timeline on `today`.
    public func rampTimeline(_ reference: String, today: CalendarDate) throws -> RampTimeline {
        try writer.read { db in
            let (hire, candidate) = try Self.newHire(db, reference)
            var unreadable: [UnreadableRecord] = []
            // As of `today`: milestones finished later were still open then.
            let milestones = try Self.readableMilestones(db, of: hire, unreadable: &unreadable).map { $0.asOf(today) }
            let states = MilestoneStatus.prerequisites(milestones)
            let people = Set([hire.managerId] + [hire.mentorId].compactMap { $0 } + milestones.compactMap(\.ownerPersonId))
            let names = try Self.personNames(db, ids: people)
            let entries = milestones.map { milestone in
                RampTimelineEntry(
                    milestone: milestone, status: MilestoneStatus.of(milestone, today: today, states: states),
                    ownerName: milestone.owner == .newHire ? candidate.name : milestone.ownerPersonId.flatMap { names[$0] })
            }
            let progress = RampSummary.progress(milestones, start: hire.startDate, today: today)
            let summary = RampSummary(
                newHireId: hire.id!, candidateId: hire.candidateId, name: candidate.name, roleId: hire.roleId,
                manager: names[hire.managerId] ?? "?", mentor: hire.mentorId.flatMap { names[$0] }, startDate: hire.startDate,
                milestones: milestones.count, finished: progress.finished, percentDone: progress.percentDone,
                percentElapsed: progress.percentElapsed, overdue: progress.overdue, atRisk: progress.atRisk, nextDue: progress.next,
                rampedOn: hire.rampedOn.flatMap { $0 <= today ? $0 : nil })
            let checkIns = UnreadableRecord.decode(
                try CheckIn.filter(CheckIn.Columns.newHireId == hire.id).order(CheckIn.Columns.on, CheckIn.Columns.id).asRequest(of: Row.self).fetchAll(db),
                as: CheckIn.self, kind: .checkIn, newHireId: hire.id!, candidateId: hire.candidateId, unreadable: &unreadable
            ).filter { $0.on <= today }
            let details = try checkIns.map { checkIn in
                CheckInDetail(checkIn: checkIn, observations: try Observation.filter(Observation.Columns.checkInId == checkIn.id).order(Observation.Columns.competencyId).fetchAll(db))
            }
            let observations = details.flatMap { detail in detail.observations.map { (on: detail.checkIn.on, competency: $0.competencyId, rating: $0.rating) } }
            let baseline = try Self.interviewBaseline(db, candidateId: hire.candidateId)
            let observed = Set(observations.map(\.competency))
            let tracked = hire.focusAreas + observed.subtracting(hire.focusAreas).sorted()
            let trajectories = Trajectory.build(competencies: tracked, baseline: baseline, start: hire.startDate, observations: observations)
            return RampTimeline(
                summary: summary, entries: entries, checkIns: details, trajectories: trajectories, focusAreas: hire.focusAreas,
                coachingStyle: hire.coachingStyle, unreadable: unreadable)
        }
    }

    /// The interview mean of each competency for a candidate (latest scorecard versions), if scorecards exist.
    static func interviewBaseline(_ db: Database, candidateId: Int64) throws -> [String: Double] {
        try InterviewBaseline.means(db, candidateId: candidateId)
    }

    /// Average days from start to ramped, per role, manager and mentor.
    public func timeToRamp() throws -> [TimeToRamp] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT newHire.roleId AS role, manager.name AS manager, mentor.name AS mentor,
                           newHire.startDate AS startDate, newHire.rampedOn AS rampedOn
                    FROM newHire
                    JOIN person AS manager ON manager.id = newHire.managerId
                    LEFT JOIN person AS mentor ON mentor.id = newHire.mentorId
                    WHERE newHire.rampedOn IS NOT NULL
                    """)
            var groups: [String: [String: [Int]]] = ["role": [:], "manager": [:], "mentor": [:]]
            for row in rows {
                guard let start = CalendarDate(row["startDate"] as String), let ramped = CalendarDate(row["rampedOn"] as String) else { continue }
                let days = start.days(until: ramped)
                groups["role"]![row["role"] as String, default: []].append(days)
                groups["manager"]![row["manager"] as String, default: []].append(days)
                groups["mentor"]![(row["mentor"] as String?) ?? "(none)", default: []].append(days)
            }
            return ["role", "manager", "mentor"].flatMap { dimension in
                groups[dimension]!.sorted { $0.key < $1.key }.map { key, days in
                    TimeToRamp(dimension: dimension, key: key, ramped: days.count, averageDays: (Double(days.reduce(0, +)) / Double(days.count) * 10).rounded() / 10)
                }
            }
        }
    }
}
