import GRDB

extension Workspace {
    /// The access roles a person holds.
    public func accessRoles(of person: Int64) throws -> Set<AccessRole> {
        try writer.read { db in try Self.accessRoles(db, person: person) }
    }

    static func accessRoles(_ db: Database, person: Int64) throws -> Set<AccessRole> {
        let raw = try String.fetchAll(db, sql: "SELECT accessRole FROM personAccess WHERE personId = ?", arguments: [person])
        return Set(raw.compactMap(AccessRole.init(rawValue:)))
    }

    /// The actor for a person acting as themselves, with the access roles they hold.
    public func actor(person: Int64) throws -> Actor {
        try writer.read { db in
            guard try Person.fetchOne(db, key: person) != nil else { throw HireError.notFound("no person \(person)") }
            return .person(person, accessRoles: try Self.accessRoles(db, person: person))
        }
    }

    /// Grants and revokes a person's access roles; returns the roles they then hold.
    @discardableResult
    public func changeAccess(of person: Int64, grant: Set<AccessRole>, revoke: Set<AccessRole>, actor: Actor) throws -> Set<AccessRole> {
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
            let held = try Self.accessRoles(db, person: person)
            if !grant.isEmpty || !revoke.isEmpty {
                try db.audit(
                    actor, .personAccess, subject: "person \(person)",
                    detail: "grant \(grant.map(\.rawValue).sorted().joined(separator: ",")); revoke \(revoke.map(\.rawValue).sorted().joined(separator: ","))")
            }
            return held
        }
    }

    /// Gives a person an access role in the current transaction, when naming them in a
    /// schedule, decision or mentor assignment makes them hold it.
    static func ensureAccess(_ db: Database, person: Int64, _ role: AccessRole) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO personAccess (personId, accessRole) VALUES (?, ?)", arguments: [person, role.rawValue])
    }

    /// Throws unless `actor` may do `permission` to the candidate.
    static func require(_ db: Database, _ actor: Actor, _ permission: Permission, candidate: Int64, named person: Int64? = nil) throws {
        var relation = try Relation.of(actor, candidate: candidate, in: db)
        if let person { relation.isNamedPerson = actor.personId == person }
        try Policy.require(actor, permission, relation, record: "candidate \(candidate)")
    }

    /// Whether `actor` may do `permission` to the candidate.
    static func allows(_ db: Database, _ actor: Actor, _ permission: Permission, candidate: Int64) throws -> Bool {
        Policy.allows(actor, permission, try Relation.of(actor, candidate: candidate, in: db))
    }
}
