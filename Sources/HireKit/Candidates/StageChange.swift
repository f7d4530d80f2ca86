import Foundation
import GRDB

/// One move of a candidate between stages: who moved them, when and why.
public struct StageChange: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var candidateId: Int64
    public var fromStage: Stage?
    public var toStage: Stage
    public var reason: String?
    public var actor: String
    public var at: Date

    public init(candidateId: Int64, fromStage: Stage?, toStage: Stage, reason: String?, actor: String, at: Date = Date()) {
        self.candidateId = candidateId
        self.fromStage = fromStage
        self.toStage = toStage
        self.reason = reason
        self.actor = actor
        self.at = at
    }

    public static let databaseTableName = "stageChange"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The table's columns, for requests.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let candidateId = Column(CodingKeys.candidateId)
        public static let fromStage = Column(CodingKeys.fromStage)
        public static let toStage = Column(CodingKeys.toStage)
        public static let reason = Column(CodingKeys.reason)
        public static let actor = Column(CodingKeys.actor)
        public static let at = Column(CodingKeys.at)
    }
}
