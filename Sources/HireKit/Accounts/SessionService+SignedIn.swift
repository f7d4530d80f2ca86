import Foundation
import GRDB

/// The person a live session belongs to, as the team server needs them on every request.
public struct SignedInPerson: Sendable, Hashable {
    public var session: AccountSession
    /// The person with the access roles they hold now.
    public var actor: Actor
    public var name: String
    /// Whether their login has two-step sign-in.
    public var secondFactorEnrolled: Bool
}

extension SessionService {
    /// The live session with this id, or `nil` when it is unknown, idle too long, too old, or
    /// its account is disabled. Ended sessions are deleted; last-seen is written at most every
    /// `limits.touchInterval`.
    public func session(id sessionId: String, limits: SessionLimits = .standard, now: Date = Date()) throws -> AccountSession? {
        try signedIn(sessionId: sessionId, limits: limits, now: now)?.session
    }

    /// The signed-in person of the session with this id, live as ``session(id:limits:now:)``
    /// decides, with their access roles, name and two-step status.
    ///
    /// One read of one prepared statement: every signed-in request of the server asks it, and
    /// four separate reads cost ten times a request that needs none (BENCHMARKS.md).
    public func signedIn(sessionId: String, limits: SessionLimits = .standard, now: Date = Date()) throws -> SignedInPerson? {
        let digest = SecretToken.digest(sessionId)
        let found = try writer.read { db -> (person: SignedInPerson, createdAt: Date, lastSeenAt: Date, disabled: Bool)? in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT s.accountId, s.csrfToken, s.createdAt, s.lastSeenAt, a.disabled, p.name,
                        EXISTS (SELECT 1 FROM accountSecondFactor f WHERE f.personId = s.accountId),
                        (SELECT group_concat(r.accessRole, ',') FROM personAccess r WHERE r.personId = s.accountId)
                    FROM accountSession s JOIN account a ON a.personId = s.accountId JOIN person p ON p.id = s.accountId
                    WHERE s.idHash = ?
                    """)
            guard let row = try Row.fetchOne(statement, arguments: [digest]) else { return nil }
            let personId: Int64 = row[0]
            let roles = (row[7] as String?)?.split(separator: ",").compactMap { AccessRole(rawValue: String($0)) } ?? []
            let person = SignedInPerson(
                session: AccountSession(personId: personId, csrfToken: row[1]),
                actor: .person(personId, accessRoles: Set(roles)), name: row[5], secondFactorEnrolled: row[6])
            return (person, row[2], row[3], row[4])
        }
        guard let found else { return nil }
        if found.disabled || now.timeIntervalSince(found.lastSeenAt) > limits.idle || now.timeIntervalSince(found.createdAt) > limits.absolute {
            try writer.write { db in _ = try AccountSessionRecord.deleteOne(db, key: digest) }
            return nil
        }
        if now.timeIntervalSince(found.lastSeenAt) >= limits.touchInterval {
            try writer.write { db in
                try db.execute(sql: "UPDATE accountSession SET lastSeenAt = ? WHERE idHash = ?", arguments: [now, digest])
            }
        }
        return found.person
    }
}
