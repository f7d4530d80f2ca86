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
    /// Adds an opening for a role. Candidates whose feed cited its id and who have no opening
    /// yet (and no role, or its role) are attached to it.
    @discardableResult
    public func addOpening(id: String, role: String, title: String?, manager: Int64? = nil, headcount: Int = 1, actor: Actor) throws -> Opening {
        try Policy.require(actor, .manageOpenings)
        guard headcount >= 1 else { throw HireError.invalid("an opening's headcount is at least 1") }
        let id = id.trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty, !id.contains(where: { $0.isWhitespace }) else {
            throw HireError.invalid("an opening id must be non-empty and without spaces")
        }
        return try writer.write { db in
            let profile = try Self.profile(db, role: role)
            if try Opening.fetchOne(db, key: id) != nil {
                throw HireError.conflict("opening '\(id)' already exists")
            }
            if let manager { try Self.ensureManager(db, manager) }
            let opening = Opening(id: id, roleId: role, title: title ?? profile.title, status: "open", createdAt: Date(), managerId: manager, headcount: headcount)
            try opening.insert(db)
            try db.audit(actor, .openingAdd, subject: id, detail: "role \(role)" + (manager.map { ", manager \($0)" } ?? ""))
            try Self.attachCitingCandidates(db, to: opening, actor: actor)
            return opening
        }
    }

    /// Names the hiring manager of an opening, who then holds the hiring-manager access role.
    @discardableResult
    public func setOpeningManager(_ id: String, manager: Int64, actor: Actor) throws -> Opening {
        try Policy.require(actor, .manageOpenings)
        return try writer.write { db in
            var opening = try Self.opening(db, id)
            try Self.ensureManager(db, manager)
            opening.managerId = manager
            try opening.update(db)
            try db.audit(actor, .openingEdit, subject: opening.id, detail: "manager \(manager)")
            return opening
        }
    }

    /// Sets how many people an opening hires.
    @discardableResult
    public func setOpeningHeadcount(_ id: String, _ headcount: Int, actor: Actor) throws -> Opening {
        try Policy.require(actor, .manageOpenings)
        guard headcount >= 1 else { throw HireError.invalid("an opening's headcount is at least 1") }
        return try writer.write { db in
            var opening = try Self.opening(db, id)
            opening.headcount = headcount
            try opening.update(db)
            try db.audit(actor, .openingEdit, subject: opening.id, detail: "headcount \(headcount)")
            return opening
        }
    }

    private static func ensureManager(_ db: Database, _ person: Int64) throws {
        guard try Person.fetchOne(db, key: person) != nil else { throw HireError.notFound("no person \(person)", remedy: .addPerson) }
        try ensureAccess(db, person: person, .hiringManager)
    }

    /// Closes an opening (it stays, with its candidates; lists hide it) or reopens it.
    @discardableResult
    public func setOpeningClosed(_ id: String, _ closed: Bool, reason: String?, actor: Actor) throws -> Opening {
        try Policy.require(actor, .manageOpenings)
        return try writer.write { db in
            var opening = try Self.opening(db, id)
            guard opening.isClosed != closed else {
                throw HireError.conflict("opening '\(opening.id)' is already \(opening.status)")
            }
            opening.status = closed ? "closed" : "open"
            try opening.update(db)
            try db.audit(actor, closed ? .openingClose : .openingReopen, subject: opening.id, detail: reason)
            return opening
        }
    }

    /// How far an opening is filled: its hired candidates against its headcount.
    public func openingProgress(_ id: String) throws -> OpeningProgress {
        try writer.read { db in
            let opening = try Self.opening(db, id)
            let hired = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM candidate WHERE openingId = ? AND stage = 'hired'", arguments: [opening.id]) ?? 0
            return OpeningProgress(opening: opening, hired: hired)
        }
    }

    /// Openings, by id; closed ones only with `includeClosed`.
    public func openings(role: String? = nil, includeClosed: Bool = false) throws -> [Opening] {
        try writer.read { db in
            var request = Opening.order(Opening.Columns.id)
            if !includeClosed { request = request.filter(Opening.Columns.status != "closed") }
            if let role { request = request.filter(Opening.Columns.roleId == role) }
            return try request.fetchAll(db)
        }
    }

    static func opening(_ db: Database, _ id: String) throws -> Opening {
        guard let opening = try Opening.fetchOne(db, key: id) else {
            throw HireError.notFound("unknown opening '\(id)'", remedy: .addOpening(id))
        }
        return opening
    }
}
