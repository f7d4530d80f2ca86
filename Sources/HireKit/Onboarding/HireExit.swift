import Foundation
import GRDB

/// Why a new hire left.
public enum ExitKind: String, Sendable, Hashable, Codable, CaseIterable, DatabaseValueConvertible {
    /// They chose to leave.
    case voluntary
    /// The company let them go.
    case involuntary
}

/// A new hire's leaving: the day, voluntary or not, and a note. Leaving ends the ramp.
public struct HireExit: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public var newHireId: Int64
    public var leftOn: CalendarDate
    public var kind: ExitKind
    public var note: String?
    public var actor: String
    public var createdAt: Date

    public static let databaseTableName = "newHireExit"

    /// The table's columns, for requests.
    public enum Columns {
        public static let newHireId = Column(CodingKeys.newHireId)
        public static let leftOn = Column(CodingKeys.leftOn)
        public static let kind = Column(CodingKeys.kind)
    }
}
