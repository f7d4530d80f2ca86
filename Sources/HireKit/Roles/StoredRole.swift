import Foundation
import GRDB

/// A role as stored in the workspace: its id, title and newest profile version.
public struct StoredRole: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public var id: String
    public var title: String
    public var department: String?
    public var latestVersion: Int

    public static let databaseTableName = "role"

    /// The table's columns, for requests.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let title = Column(CodingKeys.title)
        public static let department = Column(CodingKeys.department)
        public static let latestVersion = Column(CodingKeys.latestVersion)
    }
}

/// One version of a role profile. Candidates and scorecards point at the version they were assessed with.
public struct RoleVersion: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public var roleId: String
    public var version: Int
    public var profile: RoleProfile
    public var sourcePath: String?
    public var loadedAt: Date

    public static let databaseTableName = "roleVersion"

    /// The table's columns, for requests.
    public enum Columns {
        public static let roleId = Column(CodingKeys.roleId)
        public static let version = Column(CodingKeys.version)
        public static let profile = Column(CodingKeys.profile)
        public static let sourcePath = Column(CodingKeys.sourcePath)
        public static let loadedAt = Column(CodingKeys.loadedAt)
    }
}
