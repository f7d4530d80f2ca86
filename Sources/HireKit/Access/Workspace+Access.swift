import GRDB

extension Workspace {
    static func accessRoles(_ db: Database, person: Int64) throws -> Set<AccessRole> {
        let raw = try String.fetchAll(db, sql: "SELECT accessRole FROM personAccess WHERE personId = ?", arguments: [person])
        return Set(raw.compactMap(AccessRole.init(rawValue:)))
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
