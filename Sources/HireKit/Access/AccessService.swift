import Foundation
import GRDB

/// Access roles: who holds which, and the `Actor` a person acts as.
public struct AccessService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Access roles: who holds which, and the `Actor` a person acts as.
    public var access: AccessService { AccessService(workspace: self) }
}

extension AccessService {
    /// The access roles a person holds.
    public func roles(of person: PersonID) throws -> Set<AccessRole> {
        try writer.read { db in try Workspace.accessRoles(db, person: person.rawValue) }
    }

    /// The actor for a person acting as themselves, with the access roles they hold.
    public func actor(person: PersonID) throws -> Actor {
        try writer.read { db in
            guard try Person.fetchOne(db, key: person) != nil else { throw HireError.notFound("no person \(person)") }
            return .person(person.rawValue, accessRoles: try Workspace.accessRoles(db, person: person.rawValue))
        }
    }

    /// Grants and revokes a person's access roles; returns the roles they then hold.
    @discardableResult
    public func change(of person: PersonID, grant: Set<AccessRole>, revoke: Set<AccessRole>, actor: Actor) throws -> Set<AccessRole> {
        try Policy.require(actor, .grantAccess)
        let both = grant.intersection(revoke)
        if !both.isEmpty {
            throw HireError.invalid("cannot grant and revoke \(both.map(\.rawValue).sorted().joined(separator: ", ")) at once")
        }
        return try writer.write { db in
            guard try Person.fetchOne(db, key: person) != nil else { throw HireError.notFound("no person \(person)") }
            for role in grant {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO personAccess (personId, accessRole) VALUES (?, ?)", arguments: [person, role.rawValue])
            }
            for role in revoke {
                try db.execute(sql: "DELETE FROM personAccess WHERE personId = ? AND accessRole = ?", arguments: [person, role.rawValue])
            }
            let held = try Workspace.accessRoles(db, person: person.rawValue)
            if !grant.isEmpty || !revoke.isEmpty {
                try db.audit(
                    actor, .personAccess, subject: "person \(person)",
                    detail: "grant \(grant.map(\.rawValue).sorted().joined(separator: ",")); revoke \(revoke.map(\.rawValue).sorted().joined(separator: ","))")
            }
            return held
        }
    }
}
