import Foundation
import GRDB

/// A mentor with their strengths and current load, for listings.
public struct MentorSummary: Sendable, Codable, Hashable {
    public var personId: Int64
    public var name: String
    public var capacity: Int
    public var activeMentees: Int
    public var strengths: [MentorStrength]
}

extension Workspace {
    static func mentorSummary(_ db: Database, person: Person) throws -> MentorSummary {
        let mentor = try Mentor.fetchOne(db, key: person.id)!
        let active = try NewHire.filter(NewHire.Columns.mentorId == person.id && NewHire.Columns.rampedOn == nil).fetchCount(db)
        let strengths = try MentorStrength.filter(MentorStrength.Columns.personId == person.id).order(MentorStrength.Columns.competencyId).fetchAll(db)
        return MentorSummary(personId: person.id!, name: person.name, capacity: mentor.capacity, activeMentees: active, strengths: strengths)
    }

    static func knownCompetencies(_ db: Database) throws -> Set<String> {
        Set(try RoleVersion.fetchAll(db).flatMap { $0.profile.competencies.map(\.id) })
    }

    static func largestScaleMax(_ db: Database) throws -> Int {
        try RoleVersion.fetchAll(db).map(\.profile.scale.max).max() ?? RatingScale.largestMax
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
