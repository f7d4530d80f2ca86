import Foundation
import GRDB

/// A record of a change to the workspace: who did what, when. Never edited once written.
/// `detail` holds ids and codes, not personal data.
public struct AuditEvent: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var at: Date
    public var actor: String
    public var action: String
    public var candidateId: Int64?
    public var subject: String?
    public var detail: String?

    public init(actor: String, action: String, candidateId: Int64? = nil, subject: String? = nil, detail: String? = nil, at: Date = Date()) {
        self.at = at
        self.actor = actor
        self.action = action
        self.candidateId = candidateId
        self.subject = subject
        self.detail = detail
    }

    public static let databaseTableName = "auditEvent"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The table's columns, for requests.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let at = Column(CodingKeys.at)
        public static let actor = Column(CodingKeys.actor)
        public static let action = Column(CodingKeys.action)
        public static let candidateId = Column(CodingKeys.candidateId)
        public static let subject = Column(CodingKeys.subject)
        public static let detail = Column(CodingKeys.detail)
    }
}

extension Database {
    /// Appends an event to the audit log in the current transaction, recording `actor`.
    func audit(_ actor: Actor, _ action: AuditAction, candidate: Int64? = nil, subject: String? = nil, detail: String? = nil) throws {
        var event = AuditEvent(actor: actor.recordedName, action: action.rawValue, candidateId: candidate, subject: subject, detail: detail)
        try event.insert(self)
    }
}
