import Foundation
import GRDB

/// Logins for the team server: accounts, invitations, passwords.
public struct AccountService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Logins for the team server: accounts, invitations, passwords.
    public var accounts: AccountService { AccountService(workspace: self) }
}

extension AccountService {
    /// Gives a person a login, optionally with a password (checked by ``PasswordRules``);
    /// without one the account waits for an invitation to be accepted. Admins only.
    public func add(person reference: PersonID, password: String? = nil, hashing: PasswordHashing = .standard, actor: Actor) throws -> AccountSummary {
        try Policy.require(actor, .grantAccess)
        let person = try workspace.people.get(reference)
        if person.retiredAt != nil { throw HireError.invalid("person \(person.id!) has been retired and cannot sign in") }
        if let password { try PasswordRules.check(password, for: person) }
        let hash = password.map(hashing.hash)
        return try writer.write { db in
            if try Account.fetchOne(db, key: person.id!) != nil {
                throw HireError.conflict("person \(person.id!) already has an account")
            }
            try Account(personId: person.id!, passwordHash: hash, disabled: false, failureCount: 0, createdAt: Date()).insert(db)
            try db.audit(actor, .accountAdd, subject: "person \(person.id!)")
            return try Workspace.accountSummary(db, person: person.id!)
        }
    }

    /// Every account, by name.
    public func list(as viewer: Actor, now: Date = Date()) throws -> [AccountSummary] {
        try Policy.require(viewer, .grantAccess)
        return try writer.read { db in
            try Int64.fetchAll(db, sql: "SELECT a.personId FROM account a JOIN person p ON p.id = a.personId ORDER BY p.name, p.id")
                .map { try Workspace.accountSummary(db, person: $0, now: now) }
        }
    }

    /// A person's account.
    public func get(person reference: PersonID, as viewer: Actor) throws -> AccountSummary {
        try Policy.require(viewer, .grantAccess)
        let person = try workspace.people.get(reference)
        return try writer.read { db in try Workspace.accountSummary(db, person: person.id!) }
    }

    /// Turns an account off or on again. Turning it off ends every session of the person at once.
    @discardableResult
    public func setDisabled(person reference: PersonID, _ disabled: Bool, actor: Actor) throws -> AccountSummary {
        try Policy.require(actor, .grantAccess)
        let person = try workspace.people.get(reference)
        return try writer.write { db in
            var account = try Workspace.existingAccount(db, person: person.id!)
            account.disabled = disabled
            if !disabled { (account.failureCount, account.firstFailureAt, account.lockedUntil) = (0, nil, nil) }
            try account.update(db)
            if disabled { try Workspace.endSessions(db, person: person.id!) }
            try db.audit(actor, disabled ? .accountDisable : .accountEnable, subject: "person \(person.id!)")
            return try Workspace.accountSummary(db, person: person.id!)
        }
    }

    /// Resets an account: ends every session and unlocks it; sets `password` if given, else
    /// removes the password so the person sets a new one through an invitation.
    @discardableResult
    public func reset(person reference: PersonID, password: String?, hashing: PasswordHashing = .standard, actor: Actor) throws -> AccountSummary {
        try Policy.require(actor, .grantAccess)
        let person = try workspace.people.get(reference)
        if let password { try PasswordRules.check(password, for: person) }
        let hash = password.map(hashing.hash)
        return try writer.write { db in
            var account = try Workspace.existingAccount(db, person: person.id!)
            account.passwordHash = hash
            (account.failureCount, account.firstFailureAt, account.lockedUntil) = (0, nil, nil)
            try account.update(db)
            try Workspace.endSessions(db, person: person.id!)
            try db.execute(sql: "DELETE FROM accountInvite WHERE accountId = ?", arguments: [person.id!])
            try db.audit(actor, .accountReset, subject: "person \(person.id!)", detail: password == nil ? "password removed" : "password set")
            return try Workspace.accountSummary(db, person: person.id!)
        }
    }

    /// Issues a single-use sign-up token, valid ``inviteLifetime``, replacing earlier ones.
    /// Creates the account if the person has none. Returns the token for the link; the
    /// workspace keeps only its hash.
    public func invite(person reference: PersonID, actor: Actor, now: Date = Date()) throws -> String {
        try Policy.require(actor, .grantAccess)
        let person = try workspace.people.get(reference)
        let token = SecretToken.generate()
        if person.retiredAt != nil { throw HireError.invalid("person \(person.id!) has been retired and cannot sign in") }
        try writer.write { db in
            if let account = try Account.fetchOne(db, key: person.id!), account.passwordHash != nil {
                throw HireError.conflict("person \(person.id!) already has a password; an invitation would replace it silently", remedy: .resetPassword)
            }
            if try Account.fetchOne(db, key: person.id!) == nil {
                try Account(personId: person.id!, passwordHash: nil, disabled: false, failureCount: 0, createdAt: now).insert(db)
                try db.audit(actor, .accountAdd, subject: "person \(person.id!)")
            }
            try db.execute(sql: "DELETE FROM accountInvite WHERE accountId = ?", arguments: [person.id!])
            try db.execute(
                sql: "INSERT INTO accountInvite (tokenHash, accountId, expiresAt, createdAt) VALUES (?, ?, ?, ?)",
                arguments: [SecretToken.digest(token), person.id!, now.addingTimeInterval(Workspace.inviteLifetime), now])
            try db.audit(actor, .accountInvite, subject: "person \(person.id!)")
        }
        return token
    }

    /// The person a live sign-up token is for; ``HireError/Kind/notFound`` when it is unknown,
    /// used or expired.
    public func invitedPerson(token: String, now: Date = Date()) throws -> Person {
        try writer.read { db in
            let id = try Workspace.invitedAccount(db, token: token, now: now)
            return try Person.fetchOne(db, key: id)!
        }
    }

    /// Sets the password of an invited person and uses the token up. The person is the actor.
    public func acceptInvite(token: String, password: String, hashing: PasswordHashing = .standard, now: Date = Date()) throws -> Person {
        let person = try invitedPerson(token: token, now: now)
        try PasswordRules.check(password, for: person)
        let hash = hashing.hash(password)
        return try writer.write { db in
            let id = try Workspace.invitedAccount(db, token: token, now: now)
            try db.execute(sql: "UPDATE account SET passwordHash = ?, failureCount = 0, lockedUntil = NULL WHERE personId = ?", arguments: [hash, id])
            try db.execute(sql: "DELETE FROM accountInvite WHERE accountId = ?", arguments: [id])
            try db.audit(.person(id, accessRoles: []), .accountPassword, subject: "person \(id)", detail: "invitation accepted")
            return person
        }
    }
}
