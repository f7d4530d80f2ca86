import GRDB

/// The id of a stored record, typed by what it identifies, so that a candidate's id cannot be
/// passed where a person's is expected. Front ends resolve what a user typed to one of these.
public struct RecordID<Record>: RawRepresentable, Hashable, Comparable, Sendable, Codable, LosslessStringConvertible,
    ExpressibleByIntegerLiteral
{
    public let rawValue: Int64

    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public init(integerLiteral value: Int64) { self.rawValue = value }

    /// An id written in decimal, as in a URL path.
    public init?(_ description: String) {
        guard let value = Int64(description) else { return nil }
        rawValue = value
    }

    public var description: String { String(rawValue) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(Int64.self) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension RecordID: DatabaseValueConvertible, StatementColumnConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Self? {
        guard let value = Int64.fromDatabaseValue(dbValue) else { return nil }
        return Self(rawValue: value)
    }

    public init(sqliteStatement: SQLiteStatement, index: CInt) {
        self.init(rawValue: Int64(sqliteStatement: sqliteStatement, index: index))
    }
}

/// A candidate's id.
public typealias CandidateID = RecordID<Candidate>
/// A person's id (interviewers, managers, mentors, HR, new hires with a login).
public typealias PersonID = RecordID<Person>
/// A submitted scorecard's id.
public typealias ScorecardID = RecordID<Scorecard>
/// A scheduled interview's id.
public typealias InterviewID = RecordID<Interview>
