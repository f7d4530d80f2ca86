import Foundation
import GRDB

extension Workspace {
    /// How long a sign-up link stays valid.
    public static let inviteLifetime: TimeInterval = 72 * 3600

    // MARK: Helpers

    static func invitedAccount(_ db: Database, token: String, now: Date) throws -> Int64 {
        let row = try Row.fetchOne(
            db, sql: "SELECT i.accountId FROM accountInvite i JOIN account a ON a.personId = i.accountId WHERE i.tokenHash = ? AND i.expiresAt > ? AND NOT a.disabled",
            arguments: [SecretToken.digest(token), now])
        guard let id: Int64 = row?[0] else { throw HireError.notFound("this sign-up link is unknown, used or expired") }
        return id
    }

    static func existingAccount(_ db: Database, person: Int64) throws -> Account {
        guard let account = try Account.fetchOne(db, key: person) else {
            throw HireError.notFound("person \(person) has no account")
        }
        return account
    }

    static func accountSummary(_ db: Database, person: Int64, now: Date = Date()) throws -> AccountSummary {
        let account = try existingAccount(db, person: person)
        let found = try Person.fetchOne(db, key: person)!
        let status: AccountSummary.Status =
            if account.disabled { .disabled }
            else if let until = account.lockedUntil, until > now { .locked }
            else if account.passwordHash == nil { .invited }
            else { .active }
        return AccountSummary(
            personId: person, name: found.name, email: found.email, accessRoles: try accessRoles(db, person: person).sorted(),
            status: status, lastSignInAt: account.lastSignInAt,
            secondFactor: try SecondFactorRecord.fetchOne(db, key: person) != nil)
    }
}
