import Foundation
import GRDB

/// One interviewer's submitted assessment of a candidate in one interview round.
///
/// Never edited once written: an amendment is a new version that `supersedes` the old one,
/// and scores use the latest version.
public struct Scorecard: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord, Identifiable {
    public var id: Int64?
    public var candidateId: Int64
    public var roleId: String
    /// The role profile version the ratings refer to (the candidate's).
    public var roleVersion: Int
    public var roundId: String
    public var interviewerId: Int64
    /// 1 for the first submission, then one more for each amendment.
    public var version: Int
    /// The id of the version this one replaces, for amendments.
    public var supersedes: Int64?
    public var recommendation: Recommendation
    public var notes: String?
    public var submittedAt: Date
    /// Why the previous version was amended.
    public var amendReason: String?
    /// Who recorded it, for the audit trail.
    public var actor: String

    public static let databaseTableName = "scorecard"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The table's columns, for requests.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let candidateId = Column(CodingKeys.candidateId)
        public static let roleId = Column(CodingKeys.roleId)
        public static let roleVersion = Column(CodingKeys.roleVersion)
        public static let roundId = Column(CodingKeys.roundId)
        public static let interviewerId = Column(CodingKeys.interviewerId)
        public static let version = Column(CodingKeys.version)
        public static let supersedes = Column(CodingKeys.supersedes)
        public static let recommendation = Column(CodingKeys.recommendation)
        public static let notes = Column(CodingKeys.notes)
        public static let submittedAt = Column(CodingKeys.submittedAt)
        public static let amendReason = Column(CodingKeys.amendReason)
        public static let actor = Column(CodingKeys.actor)
    }
}

extension Recommendation: DatabaseValueConvertible {}

/// One competency's rating on a scorecard: a level of the role's scale, or n/a with a reason.
public struct Rating: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public var scorecardId: Int64
    public var competencyId: String
    /// The level given; `nil` means not rated (n/a), with `skipReason` saying why.
    public var value: Double?
    public var skipReason: String?
    /// What the interviewer saw or heard that earned the rating.
    public var evidence: String?

    public init(scorecardId: Int64, competencyId: String, value: Double?, skipReason: String? = nil, evidence: String? = nil) {
        self.scorecardId = scorecardId
        self.competencyId = competencyId
        self.value = value
        self.skipReason = skipReason
        self.evidence = evidence
    }

    public static let databaseTableName = "rating"

    /// The table's columns, for requests.
    public enum Columns {
        public static let scorecardId = Column(CodingKeys.scorecardId)
        public static let competencyId = Column(CodingKeys.competencyId)
        public static let value = Column(CodingKeys.value)
        public static let skipReason = Column(CodingKeys.skipReason)
        public static let evidence = Column(CodingKeys.evidence)
    }
}

/// An interviewer booked for one round with a candidate.
public struct Interview: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord, Identifiable {
    public var id: Int64?
    public var candidateId: Int64
    public var roundId: String
    public var interviewerId: Int64
    /// When the interview takes place, if known.
    public var at: Date?
    public var actor: String
    public var createdAt: Date
    /// How long it lasts, in minutes.
    public var durationMinutes: Int = Interview.defaultDuration
    /// Where it takes place: a room, an address or a video link, if given.
    public var location: String? = nil
    /// How many times it was changed (moved or cancelled): the calendar's `SEQUENCE`.
    public var sequence: Int = 0

    public static let databaseTableName = "interview"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The length of an interview when none is given, in minutes.
    public static let defaultDuration = 60

    /// When it ends, if its start is known.
    public var end: Date? { at.map { $0.addingTimeInterval(TimeInterval(durationMinutes * 60)) } }

    /// Whether it overlaps `other` in time (both with a start).
    public func overlaps(_ other: Interview) -> Bool {
        guard let start = at, let end, let otherStart = other.at, let otherEnd = other.end else { return false }
        return start < otherEnd && otherStart < end
    }

    /// Adds `durationMinutes` (default 60) to the interview table: migration `interviews-v2-duration`.
    static func addDuration(_ db: Database) throws {
        try db.alter(table: "interview") { t in t.add(column: "durationMinutes", .integer).notNull().defaults(to: defaultDuration) }
    }

    /// The table's columns, for requests.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let candidateId = Column(CodingKeys.candidateId)
        public static let roundId = Column(CodingKeys.roundId)
        public static let interviewerId = Column(CodingKeys.interviewerId)
        public static let at = Column(CodingKeys.at)
        public static let actor = Column(CodingKeys.actor)
        public static let createdAt = Column(CodingKeys.createdAt)
        public static let location = Column(CodingKeys.location)
        public static let sequence = Column(CodingKeys.sequence)
    }
}
