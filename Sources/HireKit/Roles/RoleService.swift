import Foundation
import GRDB

/// Role profiles: storing validated profiles and reading their versions.
public struct RoleService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Role profiles: storing validated profiles and reading their versions.
    public var roles: RoleService { RoleService(workspace: self) }
}

extension RoleService {
    /// Stores profiles in one transaction. A profile that differs from the role's newest
    /// version becomes a new version; an identical one is left alone.
    @discardableResult
    public func store(_ profiles: [(profile: RoleProfile, path: String)], actor: Actor) throws -> [(id: String, version: Int, outcome: RoleLoadOutcome)] {
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

    /// The ids of the roles in the workspace, in order: for choosing one, without reading profiles
    /// or counting candidates as ``summaries()`` does.
    public func ids() throws -> [String] {
        try writer.read { db in try String.fetchAll(db, StoredRole.select(StoredRole.Columns.id).order(StoredRole.Columns.id)) }
    }

    /// The roles in the workspace with their newest versions' shape.
    public func summaries() throws -> [RoleSummary] {
        try writer.read { db in
            try StoredRole.order(StoredRole.Columns.id).fetchAll(db).map { role in
                let profile = try Workspace.profile(db, role: role.id, version: role.latestVersion)
                let candidates = try Candidate.filter(Candidate.Columns.roleId == role.id).fetchCount(db)
                return RoleSummary(
                    id: role.id, title: role.title, department: role.department, version: role.latestVersion,
                    competencies: profile.competencies.count, rounds: profile.interviewPlan.count,
                    milestones: profile.onboarding.milestones.count, candidates: candidates)
            }
        }
    }

    /// A role's profile: the newest version, or the one named.
    public func profile(_ id: String, version: Int? = nil) throws -> RoleVersion {
        try writer.read { db in try Workspace.roleVersion(db, role: id, version: version) }
    }

    /// Every stored version of a role, oldest first.
    public func versions(_ id: String) throws -> [RoleVersion] {
        try writer.read { db in
            _ = try Workspace.roleVersion(db, role: id)
            return try RoleVersion.filter(RoleVersion.Columns.roleId == id).order(RoleVersion.Columns.version).fetchAll(db)
        }
    }
}
