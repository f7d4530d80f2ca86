import Foundation
import GRDB

/// A requisition: an open position for a role. Applicant feeds cite its id as the applied position.
public struct Opening: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public var id: String
    public var roleId: String
    public var title: String
    public var status: String
    public var createdAt: Date
    /// The hiring manager who decides on the opening's candidates; `nil` lets any hiring manager.
    public var managerId: Int64?

    public static let databaseTableName = "opening"
}

extension Workspace {
    /// Adds an opening for a role. Candidates whose feed cited its id and who have no opening
    /// yet (and no role, or its role) are attached to it.
    @discardableResult
    public func addOpening(id: String, role: String, title: String?, manager: Int64? = nil, actor: Actor) throws -> Opening {
        try Policy.require(actor, .manageOpenings)
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
            let opening = Opening(id: id, roleId: role, title: title ?? profile.title, status: "open", createdAt: Date(), managerId: manager)
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

    private static func ensureManager(_ db: Database, _ person: Int64) throws {
        guard try Person.fetchOne(db, key: person) != nil else { throw HireError.notFound("no person \(person)", remedy: .addPerson) }
        try ensureAccess(db, person: person, .hiringManager)
    }

    /// All openings, by id.
    public func openings(role: String? = nil) throws -> [Opening] {
        try writer.read { db in
            var request = Opening.order(Column("id"))
            if let role { request = request.filter(Column("roleId") == role) }
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
