import Foundation
import GRDB

/// Mentors: their strengths and capacity, suggestions and assignments.
public struct MentorService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Mentors: their strengths and capacity, suggestions and assignments.
    public var mentors: MentorService { MentorService(workspace: self) }
}

extension MentorService {
    /// Makes a person a mentor (or updates their strengths and capacity).
    @discardableResult
    public func add(_ reference: PersonID, strengths: [String], capacity: Int, actor: Actor) throws -> MentorSummary {
        try Policy.require(actor, .managePeople)
        guard capacity >= 1 else { throw HireError.invalid("a mentor's capacity must be at least 1", remedy: .supply(.capacity)) }
        guard !strengths.isEmpty else { throw HireError.invalid("give the mentor's strengths", remedy: .supply(.strengths)) }
        return try writer.write { db in
            let person = try Workspace.person(db, reference)
            try Workspace.requireActive(person, as: "made a mentor")
            let parsed = try strengths.map { try MentorStrength.parse($0, personId: person.id!) }
            let known = try Workspace.knownCompetencies(db)
            for strength in parsed where !known.isEmpty && !known.contains(strength.competencyId) {
                var message = "unknown competency '\(strength.competencyId)'"
                message += Suggestion.didYouMean(strength.competencyId, in: known.sorted())
                throw HireError.notFound(message)
            }
            let highest = try Workspace.largestScaleMax(db)
            for strength in parsed {
                if let rating = strength.rating, rating < 0 || rating > Double(highest) {
                    throw HireError.invalid("strength rating \(rating) for '\(strength.competencyId)' is outside the role scales (0..\(highest))")
                }
            }
            try Mentor(personId: person.id!, capacity: capacity, createdAt: Date()).save(db)
            try Workspace.ensureAccess(db, person: person.id!, .mentor)
            try MentorStrength.filter(MentorStrength.Columns.personId == person.id).deleteAll(db)
            for strength in parsed { try strength.insert(db) }
            try db.audit(actor, .mentorAdd, subject: "person \(person.id!)", detail: "capacity \(capacity)")
            return try Workspace.mentorSummary(db, person: person)
        }
    }

    /// Every mentor, by name.
    public func list() throws -> [MentorSummary] {
        try writer.read { db in
            try Person.filter(sql: "id IN (SELECT personId FROM mentor)").order(Person.Columns.name).fetchAll(db).map {
                try Workspace.mentorSummary(db, person: $0)
            }
        }
    }

    /// Mentors with free capacity ranked for a new hire's focus areas; never the hire or their manager.
    /// Throws ``HireError/Kind/notFound`` when the workspace has no mentor at all.
    public func suggest(_ reference: CandidateID) throws -> [MentorMatcher.Suggestion] {
        try writer.read { db in
            let (hire, candidate) = try Workspace.newHire(db, reference)
            if try Mentor.fetchCount(db) == 0 { throw HireError.notFound("there are no mentors yet", remedy: .addFirstMentor) }
            let profile = try Workspace.profile(db, role: hire.roleId, version: hire.roleVersion)
            var excluded: Set<Int64> = [hire.managerId]
            if let key = candidate.emailKey, let same = try Person.filter(Person.Columns.emailKey == key).fetchOne(db) { excluded.insert(same.id!) }
            if let current = hire.mentorId { excluded.insert(current) }
            let candidates = try Person.filter(sql: "id IN (SELECT personId FROM mentor) AND retiredAt IS NULL").fetchAll(db).map { person in
                let summary = try Workspace.mentorSummary(db, person: person)
                return MentorMatcher.Candidate(
                    personId: summary.personId, name: summary.name, capacity: summary.capacity, activeMentees: summary.activeMentees,
                    strengths: Dictionary(summary.strengths.map { ($0.competencyId, $0.rating) }, uniquingKeysWith: { first, _ in first }))
            }
            return MentorMatcher.rank(
                candidates, focusAreas: hire.focusAreas, scale: profile.scale, roleCompetencies: profile.competencies.map(\.id), excluded: excluded)
        }
    }

    /// Assigns (or reassigns) a mentor. Over capacity needs `forceReason`; open mentor-owned
    /// milestones move to the new mentor; the previous assignment is ended and kept.
    @discardableResult
    public func assign(_ reference: CandidateID, mentor mentorReference: PersonID, reason: String?, forceReason: String?, today: CalendarDate, actor: Actor)
        throws -> MentorAssignment
    {
        try writer.write { db in
            var (hire, candidate) = try Workspace.newHire(db, reference)
            try Workspace.require(db, actor, .assignMentor, candidate: candidate.id!)
            let person = try Workspace.person(db, mentorReference)
            try Workspace.requireActive(person, as: "assigned as a mentor")
            guard try Mentor.fetchOne(db, key: person.id) != nil else {
                throw HireError.notFound("\(person.name) is not a mentor", remedy: .addMentor(person.id!))
            }
            if let key = candidate.emailKey, key == person.emailKey {
                throw HireError.invalid("a new hire cannot mentor themselves")
            }
            if hire.mentorId == person.id { throw HireError.conflict("\(person.name) is already the mentor") }
            let summary = try Workspace.mentorSummary(db, person: person)
            var forced = false
            if summary.activeMentees >= summary.capacity {
                guard let forceReason, !forceReason.isEmpty else {
                    throw HireError.invalid(
                        "\(person.name) already mentors \(summary.activeMentees) of \(summary.capacity)", remedy: .forceOverCapacity)
                }
                forced = true
            }
            if var current = try MentorAssignment.filter(MentorAssignment.Columns.newHireId == hire.id && MentorAssignment.Columns.endedOn == nil).fetchOne(db) {
                current.endedOn = today
                try current.update(db)
            }
            var assignment = MentorAssignment(
                newHireId: hire.id!, mentorId: person.id!, assignedOn: today, endedOn: nil,
                reason: [reason, forceReason.map { "over capacity: \($0)" }].compactMap { $0 }.joined(separator: "; ").nilIfEmpty,
                forced: forced, actor: actor.recordedName)
            try assignment.insert(db)
            hire.mentorId = person.id
            try hire.update(db)
            try db.execute(
                sql: "UPDATE rampMilestone SET ownerPersonId = ? WHERE newHireId = ? AND owner = 'mentor' AND state = 'open'",
                arguments: [person.id, hire.id])
            try db.audit(actor, .mentorAssign, candidate: hire.candidateId, subject: "person \(person.id!)", detail: forced ? "over capacity" : nil)
            return assignment
        }
    }

    /// A new hire's mentor assignments, oldest first.
    public func history(_ reference: CandidateID) throws -> [MentorAssignment] {
        try writer.read { db in
            let (hire, _) = try Workspace.newHire(db, reference)
            return try MentorAssignment.filter(MentorAssignment.Columns.newHireId == hire.id).order(MentorAssignment.Columns.id).fetchAll(db)
        }
    }
}
