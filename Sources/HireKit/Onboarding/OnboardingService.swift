import Foundation
import GRDB

/// Onboarding: ramp plans, milestones, their owners and check-ins.
public struct OnboardingService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Onboarding: ramp plans, milestones, their owners and check-ins.
    public var onboarding: OnboardingService { OnboardingService(workspace: self) }
}

extension OnboardingService {
    /// Names the person who owns one milestone of a new hire's plan (an HR milestone handled by
    /// someone other than the `hr_contact`, say); the owner shows by name and owes it.
    @discardableResult
    public func assign(_ reference: CandidateID, milestone id: String, to person: PersonID, actor: Actor) throws -> RampMilestone {
        try writer.write { db in
            let (newHire, _) = try Workspace.newHire(db, reference)
            try Workspace.require(db, actor, .assignMilestone, candidate: newHire.candidateId)
            var milestone = try Workspace.milestone(db, newHire: newHire, id)
            guard let owner = try Person.fetchOne(db, key: person) else { throw HireError.notFound("no person \(person)", remedy: .addPerson) }
            if owner.retiredAt != nil { throw HireError.invalid("person \(person) has been retired and cannot own a milestone") }
            guard milestone.state == .open else { throw HireError.conflict("milestone '\(id)' is already \(milestone.state.rawValue)") }
            milestone.ownerPersonId = person.rawValue
            milestone.updatedBy = actor.recordedName
            try milestone.update(db)
            try db.audit(actor, .rampAssign, candidate: newHire.candidateId, subject: id, detail: "person \(person)")
            return milestone
        }
    }

    /// Records a check-in held on a day between the hire's start and `today` (default: today in the
    /// workspace's time zone); observations must name the role's competencies and lie on its scale, and
    /// answers must answer the role's check-in questions (``RoleProfile/checkInQuestions``).
    @discardableResult
    public func checkIn(_ reference: CandidateID, _ new: NewCheckIn, today: CalendarDate? = nil, actor: Actor) throws -> CheckInDetail {
        try writer.write { db in
            let (hire, _) = try Workspace.newHire(db, reference)
            // Not found for those who may not know the ramp exists; refused for those who may only look.
            try Workspace.require(db, actor, .viewRamp, candidate: hire.candidateId)
            try Workspace.require(db, actor, .checkIn, candidate: hire.candidateId)
            let profile = try Workspace.profile(db, role: hire.roleId, version: hire.roleVersion)
            if new.on < hire.startDate { throw HireError.invalid("the check-in date \(new.on) is before the start date \(hire.startDate)") }
            let today = try today ?? CalendarDate.today(in: Workspace.timeZone(db))
            if new.on > today {
                throw HireError.invalid("the check-in date \(new.on) is after today (\(today)); a check-in is recorded once it has been held")
            }
            var problems: [String] = []
            for (competency, rating) in new.observations.sorted(by: { $0.key < $1.key }) {
                if profile.competency(competency) == nil {
                    var message = "unknown competency '\(competency)' for role \(hire.roleId)"
                    message += Suggestion.didYouMean(competency, in: profile.competencies.map(\.id))
                    problems.append(message)
                } else if !profile.scale.contains(rating) {
                    problems.append("observation \(competency)=\(rating.plainText) is outside the scale \(profile.scale.min)..\(profile.scale.max)")
                }
            }
            let questions = profile.checkInQuestions
            let given = new.allAnswers
            for id in given.keys.sorted() where !questions.contains(where: { $0.id == id }) {
                problems.append(
                    "role \(hire.roleId) asks no check-in question '\(id)'; its questions: \(questions.map(\.id).joined(separator: ", "))"
                        + Suggestion.didYouMean(id, in: questions.map(\.id)))
            }
            for (id, text) in given.sorted(by: { $0.key < $1.key }) where text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append("the answer to check-in question '\(id)' is empty")
            }
            if !problems.isEmpty { throw HireError.invalid(problems.joined(separator: "\n")) }
            let answers = questions.compactMap { question in
                given[question.id].map { CheckInAnswer(id: question.id, question: question.question, answer: $0) }
            }
            var checkIn = CheckIn(newHireId: hire.id!, on: new.on, notes: new.notes, actor: actor.recordedName, createdAt: Date())
            if profile.checkIn == nil {
                // The default monthly review keeps its own columns, as before profiles had questions.
                checkIn.results = given["results"]
                checkIn.newOpportunities = given["new-opportunities"]
                checkIn.progress = given["progress"]
                checkIn.forecast = given["forecast"]
                checkIn.nextSteps = given["next-steps"]
            } else if !answers.isEmpty {
                checkIn.answers = answers
            }
            try checkIn.insert(db)
            let observations = new.observations.sorted { $0.key < $1.key }.map {
                Observation(checkInId: checkIn.id!, competencyId: $0.key, rating: $0.value)
            }
            for observation in observations { try observation.insert(db) }
            try db.audit(actor, .checkInAdd, candidate: hire.candidateId, detail: "\(new.on), \(observations.count) observations, \(answers.count) answers")
            return CheckInDetail(checkIn: checkIn, observations: observations)
        }
    }

    /// A new hire's plan as `viewer` may see it (HR, admins, hiring managers, the hire's
    /// manager and mentor); hidden plans are not found.
    public func plan(_ reference: CandidateID, as viewer: Actor) throws -> RampPlan {
        try writer.read { db in
            let (newHire, _) = try Workspace.newHire(db, reference)
            try Workspace.require(db, viewer, .viewRamp, candidate: newHire.candidateId)
        }
        return try plan(reference)
    }

    /// A new hire's plan: focus areas, coaching style, mentor and milestones.
    public func plan(_ reference: CandidateID) throws -> RampPlan {
        try writer.read { db in
            let (newHire, candidate) = try Workspace.newHire(db, reference)
            var unreadable: [UnreadableRecord] = []
            let milestones = try Workspace.readableMilestones(db, of: newHire, unreadable: &unreadable)
            return RampPlan(
                newHire: newHire, name: candidate.name, manager: try Person.fetchOne(db, key: newHire.managerId)?.name ?? "?",
                mentor: try newHire.mentorId.flatMap { try Person.fetchOne(db, key: $0)?.name }, focusAreas: newHire.focusAreas,
                coachingStyle: newHire.coachingStyle, quadrant: newHire.quadrant, milestones: milestones, unreadable: unreadable)
        }
    }

    /// Marks a milestone done on `date`, which lies between the plan's start and `today`
    /// (default: today in the workspace's time zone). Refuses one whose dependencies are
    /// unfinished unless `forceReason` is given, and, given the ``RampMilestone/revision`` the
    /// caller read, one changed since (someone else got there first).
    @discardableResult
    public func complete(
        _ reference: CandidateID, milestone id: String, on date: CalendarDate, note: String?, forceReason: String?, today: CalendarDate? = nil,
        expecting revision: String? = nil, actor: Actor
    ) throws -> RampMilestone {
        try writer.write { db in
            let (newHire, _) = try Workspace.newHire(db, reference)
            var milestone = try Workspace.milestone(db, newHire: newHire, id)
            try Workspace.require(db, actor, milestone.owner.completion, candidate: newHire.candidateId)
            try milestone.check(revision)
            switch milestone.state {
            case .done: throw HireError.conflict("milestone '\(id)' is already done (on \(milestone.completedOn.map(String.init(describing:)) ?? "?"))")
            case .waived: throw HireError.conflict("milestone '\(id)' was waived; a waived milestone cannot be completed")
            case .left: throw HireError.conflict("milestone '\(id)' was closed when the new hire left")
            case .open: break
            }
            try Workspace.checkMilestoneDate(db, date, newHire: newHire, today: today, what: "completion")
            let all = try Workspace.milestones(db, newHireId: newHire.id!)
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
            try Workspace.updateRamped(db, newHire: newHire, actor: actor)
            return milestone
        }
    }

    /// Waives a milestone with a reason, on `date`, which lies between the plan's start and
    /// `today` (default: today in the workspace's time zone); given a `revision`, only if the
    /// milestone is unchanged since it was read.
    @discardableResult
    public func waive(
        _ reference: CandidateID, milestone id: String, reason: String, on date: CalendarDate, today: CalendarDate? = nil,
        expecting revision: String? = nil, actor: Actor
    ) throws -> RampMilestone {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw HireError.invalid("waiving a milestone needs a reason") }
        return try writer.write { db in
            let (newHire, _) = try Workspace.newHire(db, reference)
            var milestone = try Workspace.milestone(db, newHire: newHire, id)
            try Workspace.require(db, actor, milestone.owner.completion, candidate: newHire.candidateId)
            try milestone.check(revision)
            guard milestone.state == .open else { throw HireError.conflict("milestone '\(id)' is already \(milestone.state.rawValue)") }
            try Workspace.checkMilestoneDate(db, date, newHire: newHire, today: today, what: "waiver")
            milestone.state = .waived
            milestone.completedOn = date
            milestone.reason = reason
            milestone.updatedBy = actor.recordedName
            try milestone.update(db)
            try db.audit(actor, .rampWaive, candidate: newHire.candidateId, subject: id)
            try Workspace.updateRamped(db, newHire: newHire, actor: actor)
            return milestone
        }
    }

    /// Every active new hire's progress on `today`, optionally of one manager or mentor, or only those with overdue milestones.
    /// Hires with a stored value that cannot be read are left out (see ``statusRows(today:manager:mentor:overdueOnly:includeRamped:)``).
    public func status(today: CalendarDate, manager: PersonID? = nil, mentor: PersonID? = nil, overdueOnly: Bool = false, includeRamped: Bool = false)
        throws -> [RampSummary]
    {
        try statusRows(today: today, manager: manager, mentor: mentor, overdueOnly: overdueOnly, includeRamped: includeRamped).hires
    }

    /// ``status(today:manager:mentor:overdueOnly:includeRamped:)`` with the hires it left out because a value stored
    /// for them (a start date, a milestone's due date) cannot be read.
    public func statusRows(today: CalendarDate, manager: PersonID? = nil, mentor: PersonID? = nil, overdueOnly: Bool = false, includeRamped: Bool = false)
        throws -> RampStatusRows
    {
        try writer.read { db in
            var request = NewHire.order(NewHire.Columns.startDate, NewHire.Columns.id)
            // As of `today`: a hire who ramped later was still ramping then.
            if !includeRamped {
                request = request.filter(NewHire.Columns.rampedOn == nil || NewHire.Columns.rampedOn > today)
                // A hire who had left by `today` is no longer ramping either.
                request = request.filter(
                    sql: "NOT EXISTS (SELECT 1 FROM newHireExit x WHERE x.newHireId = newHire.id AND x.leftOn <= ?)", arguments: [today.description])
            }
            if let manager { request = request.filter(NewHire.Columns.managerId == (try Workspace.person(db, manager)).id) }
            if let mentor { request = request.filter(NewHire.Columns.mentorId == (try Workspace.person(db, mentor)).id) }
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
                let facts = RampSummary.Facts(id: id, title: "", due: due, state: state, after: Workspace.decodeIDs(after ?? "[]"))
                milestonesByHire[hire, default: []].append(facts)
            }
            let titleStatement = try db.makeStatement(sql: "SELECT title FROM rampMilestone WHERE newHireId = ? AND milestoneId = ?")
            let leftOn = Dictionary(
                try HireExit.filter(HireExit.Columns.leftOn <= today).fetchAll(db).map { ($0.newHireId, $0.leftOn) }, uniquingKeysWith: { first, _ in first })
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
                    rampedOn: hire.rampedOn.flatMap { $0 <= today ? $0 : nil }, leftOn: leftOn[hire.id!])
            }
            return RampStatusRows(hires: summaries, unreadable: unreadable.sorted { $0.newHireId < $1.newHireId })
        }
    }

    /// A new hire's timeline on `today`.
    public func timeline(_ reference: CandidateID, today: CalendarDate) throws -> RampTimeline {
        try writer.read { db in
            let (hire, candidate) = try Workspace.newHire(db, reference)
            var unreadable: [UnreadableRecord] = []
            // As of `today`: milestones finished later were still open then.
            let milestones = try Workspace.readableMilestones(db, of: hire, unreadable: &unreadable).map { $0.asOf(today) }
            let states = MilestoneStatus.prerequisites(milestones)
            let people = Set([hire.managerId] + [hire.mentorId].compactMap { $0 } + milestones.compactMap(\.ownerPersonId))
            let names = try Workspace.personNames(db, ids: people)
            let entries = milestones.map { milestone in
                RampTimelineEntry(
                    milestone: milestone, status: MilestoneStatus.of(milestone, today: today, states: states),
                    ownerName: milestone.owner == .newHire ? candidate.name : milestone.ownerPersonId.flatMap { names[$0] })
            }
            let progress = RampSummary.progress(milestones, start: hire.startDate, today: today)
            let exit = try HireExit.filter(HireExit.Columns.newHireId == hire.id && HireExit.Columns.leftOn <= today).fetchOne(db)
            let summary = RampSummary(
                newHireId: hire.id!, candidateId: hire.candidateId, name: candidate.name, roleId: hire.roleId,
                manager: names[hire.managerId] ?? "?", mentor: hire.mentorId.flatMap { names[$0] }, startDate: hire.startDate,
                milestones: milestones.count, finished: progress.finished, percentDone: progress.percentDone,
                percentElapsed: progress.percentElapsed, overdue: progress.overdue, atRisk: progress.atRisk, nextDue: progress.next,
                rampedOn: hire.rampedOn.flatMap { $0 <= today ? $0 : nil }, leftOn: exit?.leftOn)
            let checkIns = UnreadableRecord.decode(
                try CheckIn.filter(CheckIn.Columns.newHireId == hire.id).order(CheckIn.Columns.on, CheckIn.Columns.id).asRequest(of: Row.self).fetchAll(db),
                as: CheckIn.self, kind: .checkIn, newHireId: hire.id!, candidateId: hire.candidateId, unreadable: &unreadable
            ).filter { $0.on <= today }
            let details = try checkIns.map { checkIn in
                CheckInDetail(checkIn: checkIn, observations: try Observation.filter(Observation.Columns.checkInId == checkIn.id).order(Observation.Columns.competencyId).fetchAll(db))
            }
            let observations = details.flatMap { detail in detail.observations.map { (on: detail.checkIn.on, competency: $0.competencyId, rating: $0.rating) } }
            let baseline = try Workspace.interviewBaseline(db, candidateId: hire.candidateId)
            let observed = Set(observations.map(\.competency))
            let tracked = hire.focusAreas + observed.subtracting(hire.focusAreas).sorted()
            let trajectories = Trajectory.build(competencies: tracked, baseline: baseline, start: hire.startDate, observations: observations)
            return RampTimeline(
                summary: summary, entries: entries, checkIns: details, trajectories: trajectories, focusAreas: hire.focusAreas,
                coachingStyle: hire.coachingStyle, unreadable: unreadable)
        }
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
