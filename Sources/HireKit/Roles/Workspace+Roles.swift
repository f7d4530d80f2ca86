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
    /// Stores profiles in one transaction. A profile that differs from the role's newest
    /// version becomes a new version; an identical one is left alone.
    @discardableResult
    public func storeRoles(_ profiles: [(profile: RoleProfile, path: String)], actor: Actor) throws -> [(id: String, version: Int, outcome: RoleLoadOutcome)] {
        try Policy.require(actor, .manageRoles)
        return try writer.write { db in
            var outcomes: [(String, Int, RoleLoadOutcome)] = []
            for (profile, path) in profiles {
                let now = Date()
                if var role = try StoredRole.fetchOne(db, key: profile.id) {
                    let latest = try RoleVersion.fetchOne(db, key: ["roleId": profile.id, "version": role.latestVersion])
                    if latest?.profile == profile {
                        outcomes.append((profile.id, role.latestVersion, .unchanged))
                        continue
                    }
                    role.latestVersion += 1
                    role.title = profile.title
                    role.department = profile.department
                    try role.update(db)
                    try RoleVersion(roleId: profile.id, version: role.latestVersion, profile: profile, sourcePath: path, loadedAt: now).insert(db)
                    try db.audit(actor, .roleVersion, subject: profile.id, detail: "version \(role.latestVersion)")
                    outcomes.append((profile.id, role.latestVersion, .newVersion))
                } else {
                    try StoredRole(id: profile.id, title: profile.title, department: profile.department, latestVersion: 1).insert(db)
                    try RoleVersion(roleId: profile.id, version: 1, profile: profile, sourcePath: path, loadedAt: now).insert(db)
                    try db.audit(actor, .roleAdd, subject: profile.id, detail: "version 1")
                    outcomes.append((profile.id, 1, .added))
                }
            }
            return outcomes
        }
    }

    /// The roles in the workspace with their newest versions' shape.
    public func roleSummaries() throws -> [RoleSummary] {
        try writer.read { db in
            try StoredRole.order(StoredRole.Columns.id).fetchAll(db).map { role in
                let profile = try Self.profile(db, role: role.id, version: role.latestVersion)
                let candidates = try Candidate.filter(Candidate.Columns.roleId == role.id).fetchCount(db)
                return RoleSummary(
                    id: role.id, title: role.title, department: role.department, version: role.latestVersion,
                    competencies: profile.competencies.count, rounds: profile.interviewPlan.count,
                    milestones: profile.onboarding.milestones.count, candidates: candidates)
            }
        }
    }

    /// A role's profile: the newest version, or the one named.
    public func roleProfile(_ id: String, version: Int? = nil) throws -> RoleVersion {
        try writer.read { db in try Self.roleVersion(db, role: id, version: version) }
    }

    static func roleVersion(_ db: Database, role id: String, version: Int? = nil) throws -> RoleVersion {
        guard let role = try StoredRole.fetchOne(db, key: id) else {
            let known = try String.fetchAll(db, sql: "SELECT id FROM role ORDER BY id")
            var message = "unknown role '\(id)'"
            message += Suggestion.didYouMean(id, in: known)
            throw HireError.notFound(message, remedy: known.isEmpty ? .loadRoles : nil)
        }
        let wanted = version ?? role.latestVersion
        guard let stored = try RoleVersion.fetchOne(db, key: ["roleId": id, "version": wanted]) else {
            throw HireError.notFound("role '\(id)' has no version \(wanted) (latest is \(role.latestVersion))")
        }
        return stored
    }

    static func profile(_ db: Database, role id: String, version: Int? = nil) throws -> RoleProfile {
        try roleVersion(db, role: id, version: version).profile
    }

    /// Every stored version of a role, oldest first.
    public func roleVersions(_ id: String) throws -> [RoleVersion] {
        try writer.read { db in
            _ = try Self.roleVersion(db, role: id)
            return try RoleVersion.filter(RoleVersion.Columns.roleId == id).order(RoleVersion.Columns.version).fetchAll(db)
        }
    }
}
