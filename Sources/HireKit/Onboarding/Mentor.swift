import Foundation
import GRDB

/// A person who can mentor new hires, with how many at once.
public struct Mentor: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public var personId: Int64
    public var capacity: Int
    public var createdAt: Date

    public static let databaseTableName = "mentor"

    /// The table's columns, for requests.
    public enum Columns {
        public static let personId = Column(CodingKeys.personId)
        public static let capacity = Column(CodingKeys.capacity)
        public static let createdAt = Column(CodingKeys.createdAt)
    }
}

/// A competency a mentor is strong in, optionally rated on the role scale.
public struct MentorStrength: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public var personId: Int64
    public var competencyId: String
    public var rating: Double?

    public static let databaseTableName = "mentorStrength"

    /// Parses `discovery` or `discovery=4`.
    public static func parse(_ text: String, personId: Int64) throws -> MentorStrength {
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let id = parts.first, !id.isEmpty else { throw HireError.invalid("a strength needs a competency id") }
        var rating: Double?
        if parts.count == 2 {
            guard let value = Double(parts[1]), value.isFinite else {
                throw HireError.invalid("strength '\(text)': the rating must be a number, as in discovery=4")
            }
            rating = value
        }
        return MentorStrength(personId: personId, competencyId: id, rating: rating)
    }

    /// The table's columns, for requests.
    public enum Columns {
        public static let personId = Column(CodingKeys.personId)
        public static let competencyId = Column(CodingKeys.competencyId)
        public static let rating = Column(CodingKeys.rating)
    }
}

/// One period of a mentor looking after a new hire; reassignments end the previous one.
public struct MentorAssignment: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var newHireId: Int64
    public var mentorId: Int64
    public var assignedOn: CalendarDate
    public var endedOn: CalendarDate?
    public var reason: String?
    public var forced: Bool
    public var actor: String

    public static let databaseTableName = "mentorAssignment"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The table's columns, for requests.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let newHireId = Column(CodingKeys.newHireId)
        public static let mentorId = Column(CodingKeys.mentorId)
        public static let assignedOn = Column(CodingKeys.assignedOn)
        public static let endedOn = Column(CodingKeys.endedOn)
        public static let reason = Column(CodingKeys.reason)
        public static let forced = Column(CodingKeys.forced)
        public static let actor = Column(CodingKeys.actor)
    }
}
