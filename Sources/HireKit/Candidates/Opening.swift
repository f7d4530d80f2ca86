import Foundation
import GRDB

/// A requisition: an open position for a role. Applicant feeds cite its id as the applied position.
public struct Opening: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public var id: String
    public var roleId: String
    public var title: String
    public var status: String
    public var createdAt: Date

    public static let databaseTableName = "opening"
}

extension Workspace {
    /// Adds an opening for a role.
    @discardableResult
    public func addOpening(id: String, role: String, title: String?, actor: String) throws -> Opening {
        let id = id.trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty, !id.contains(where: { $0.isWhitespace }) else {
            throw HireError.invalid("an opening id must be non-empty and without spaces")
        }
        return try writer.write { db in
            let profile = try Self.profile(db, role: role)
            if try Opening.fetchOne(db, key: id) != nil {
                throw HireError.conflict("opening '\(id)' already exists")
            }
            let opening = Opening(id: id, roleId: role, title: title ?? profile.title, status: "open", createdAt: Date())
            try opening.insert(db)
            try db.audit(actor, "opening.add", subject: id, detail: "role \(role)")
            return opening
        }
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
            throw HireError.notFound("unknown opening '\(id)'; add it with `hire opening add \(id) --role ROLE`")
        }
        return opening
    }
}
