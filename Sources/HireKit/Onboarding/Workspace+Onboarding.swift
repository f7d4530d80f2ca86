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
        newHire.personId = try newHirePerson(db, candidate: candidate, actor: actor)
        try newHire.insert(db)
        for var milestone in RampPlanner.milestones(
            plan: role.profile.onboarding, newHireId: newHire.id!, start: request.start, businessDays: businessDays,
            managerId: request.managerId, mentorId: nil, focusAreas: focus, newHirePersonId: newHire.personId)
        {
            try milestone.insert(db)
        }
        try db.audit(actor, .rampStart, candidate: candidateId, detail: "start \(request.start), \(role.profile.onboarding.milestones.count) milestones")
        Log.onboarding.info(
            "ramp started",
            metadata: ["candidate": "\(candidateId)", "role": "\(roleId)", "milestones": "\(role.profile.onboarding.milestones.count)"])
        return newHire
    }

    /// The person a hire makes of the candidate, found by email or added (with the `new-hire`
    /// access role), so they can sign in and own milestones; `nil` when the candidate has no email.
    static func newHirePerson(_ db: Database, candidate: Candidate, actor: Actor) throws -> Int64? {
        guard let email = candidate.email, EmailAddress.isValid(email), !candidate.erased else { return nil }
        let key = EmailAddress.key(email)
        let id: Int64
        if let existing = try Person.filter(Person.Columns.emailKey == key).fetchOne(db) {
            id = existing.id!
        } else {
            var person = Person(name: candidate.name, email: email.trimmingCharacters(in: .whitespaces), emailKey: key, title: nil, createdAt: Date())
            try person.insert(db)
            id = person.id!
            try db.audit(actor, .personAdd, candidate: candidate.id, subject: "person \(id)", detail: "new hire")
        }
        try ensureAccess(db, person: id, .newHire)
        return id
    }

    static func newHire(_ db: Database, _ reference: CandidateID) throws -> (NewHire, Candidate) {
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

    /// A milestone is done or waived between the plan's start and today, never before or after.
    static func checkMilestoneDate(_ db: Database, _ date: CalendarDate, newHire: NewHire, today: CalendarDate?, what: String) throws {
        if date < newHire.startDate {
            throw HireError.invalid("the \(what) date \(date) is before the start date \(newHire.startDate)")
        }
        let today = try today ?? CalendarDate.today(in: timeZone(db))
        if date > today {
            throw HireError.invalid("the \(what) date \(date) is after today (\(today)); a milestone is recorded when it has happened")
        }
    }

    /// Marks the hire ramped once every milestone is done or waived.
    static func updateRamped(_ db: Database, newHire: NewHire, actor: Actor) throws {
        let milestones = try milestones(db, newHireId: newHire.id!)
        // A hire who left never ramps: their open milestones closed as left.
        guard milestones.allSatisfy({ $0.state == .done || $0.state == .waived }) else { return }
        var updated = newHire
        updated.rampedOn = milestones.compactMap(\.completedOn).max() ?? newHire.startDate
        try updated.update(db)
        try db.audit(actor, .rampRamped, candidate: newHire.candidateId, detail: "ramped on \(updated.rampedOn!)")
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

    /// The interview mean of each competency for a candidate (latest scorecard versions), if scorecards exist.
    static func interviewBaseline(_ db: Database, candidateId: Int64) throws -> [String: Double] {
        try InterviewBaseline.means(db, candidateId: candidateId)
    }
}
