import Foundation
import GRDB

/// A requisition: an open position for a role. Applicant feeds cite its id as the applied position.
public struct Opening: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public var id: String
    public var roleId: String
    public var title: String
    /// `open` or `closed`.
    public var status: String
    public var createdAt: Date
    /// The hiring manager who decides on the opening's candidates; `nil` lets any hiring manager.
    public var managerId: Int64?
    /// How many people the opening hires.
    public var headcount: Int

    public static let databaseTableName = "opening"

    /// Whether the opening is closed (hidden from lists unless asked for).
    public var isClosed: Bool { status == "closed" }

    /// Adds `headcount` (default 1) to the opening table: migration `openings-v2-headcount`.
    static func addHeadcount(_ db: Database) throws {
        try db.alter(table: "opening") { t in t.add(column: "headcount", .integer).notNull().defaults(to: 1) }
    }

    /// The table's columns, for requests.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let roleId = Column(CodingKeys.roleId)
        public static let title = Column(CodingKeys.title)
        public static let status = Column(CodingKeys.status)
        public static let createdAt = Column(CodingKeys.createdAt)
        public static let managerId = Column(CodingKeys.managerId)
        public static let headcount = Column(CodingKeys.headcount)
    }
}

/// How far an opening is filled.
public struct OpeningProgress: Sendable, Hashable, Codable {
    public var opening: Opening
    /// Its candidates hired so far.
    public var hired: Int
    /// Whether every place is filled.
    public var isFilled: Bool { hired >= opening.headcount }
}

extension Workspace {
    static func ensureManager(_ db: Database, _ person: Int64) throws {
        guard try Person.fetchOne(db, key: person) != nil else { throw HireError.notFound("no person \(person)", remedy: .addPerson) }
        try ensureAccess(db, person: person, .hiringManager)
    }

    static func opening(_ db: Database, _ id: String) throws -> Opening {
        guard let opening = try Opening.fetchOne(db, key: id) else {
            throw HireError.notFound("unknown opening '\(id)'", remedy: .addOpening(id))
        }
        return opening
    }
}
