import Foundation
import GRDB

/// What storing a profile did.
public enum RoleLoadOutcome: String, Sendable, Codable {
    /// A role new to the workspace.
    case added
    /// A changed profile, stored as a new version.
    case newVersion = "new-version"
    /// The same profile as the newest version; nothing written.
    case unchanged
}

/// A summary of a stored role for listings.
public struct RoleSummary: Sendable, Codable, Hashable {
    public var id: String
    public var title: String
    public var department: String?
    public var version: Int
    public var competencies: Int
    public var rounds: Int
    public var milestones: Int
    public var candidates: Int
}

extension Workspace {
    static func roleVersion(_ db: Database, role id: String, version: Int? = nil) throws -> RoleVersion {
        guard let role = try StoredRole.fetchOne(db.cachedStatement(sql: "SELECT * FROM role WHERE id = ?"), arguments: [id]) else {
            let known = try String.fetchAll(db, sql: "SELECT id FROM role ORDER BY id")
            var message = "unknown role '\(id)'"
            message += Suggestion.didYouMean(id, in: known)
            throw HireError.notFound(message, remedy: known.isEmpty ? .loadRoles : nil)
        }
        let wanted = version ?? role.latestVersion
        let versions = try db.cachedStatement(sql: "SELECT roleId, version, profile, sourcePath, loadedAt FROM roleVersion WHERE roleId = ? AND version = ?")
        guard let row = try Row.fetchOne(versions, arguments: [id, wanted]) else {
            throw HireError.notFound("role '\(id)' has no version \(wanted) (latest is \(role.latestVersion))")
        }
        let profile = try RoleProfileCache.shared.profile(row[2]) { json in
            try RoleVersion.databaseJSONDecoder(for: RoleVersion.Columns.profile.name).decode(RoleProfile.self, from: json)
        }
        return RoleVersion(roleId: row[0], version: row[1], profile: profile, sourcePath: row[3], loadedAt: row[4])
    }

    static func profile(_ db: Database, role id: String, version: Int? = nil) throws -> RoleProfile {
        try roleVersion(db, role: id, version: version).profile
    }
}
