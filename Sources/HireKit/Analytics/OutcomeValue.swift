import Foundation
import GRDB

/// One imported business result of a hire: a named metric (quota attainment at 6 months, say),
/// a number and the day it was measured. One value per hire, metric and day.
public struct OutcomeValue: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var candidateId: Int64
    public var metric: String
    public var value: Double
    public var date: CalendarDate
    public var updatedAt: Date

    public static let databaseTableName = "outcome"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The table's columns, for requests.
    public enum Columns {
        public static let candidateId = Column(CodingKeys.candidateId)
        public static let metric = Column(CodingKeys.metric)
        public static let value = Column(CodingKeys.value)
        public static let date = Column(CodingKeys.date)
    }
}
