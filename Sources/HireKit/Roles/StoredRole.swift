import Foundation
import GRDB

/// A role as stored in the workspace: its id, title and newest profile version.
public struct StoredRole: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public var id: String
    public var title: String
    public var department: String?
    public var latestVersion: Int

    public static let databaseTableName = "role"
}

/// One version of a role profile. Candidates and scorecards point at the version they were assessed with.
public struct RoleVersion: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public var roleId: String
    public var version: Int
    public var profile: RoleProfile
    public var sourcePath: String?
    public var loadedAt: Date

    public static let databaseTableName = "roleVersion"
}
