import Foundation
import GRDB

/// A person's secret calendar address (`/calendar/TOKEN.ics` on the team server), which
/// calendar apps poll without signing in. The workspace keeps only the token's digest; a new
/// address replaces the old one, and turning it off revokes it at once.
extension CalendarService {
    /// A new subscription token for `person` (the person themself or an admin), replacing any
    /// earlier one. Shown once: the workspace keeps its SHA-256 digest.
    public func subscribe(person reference: PersonID, actor: Actor, now: Date = Date()) throws -> String {
        let token = SecretToken.generate()
        try writer.write { db in
            let person = try Workspace.person(db, reference)
            try Policy.require(actor, .viewOwed, Relation(isNamedPerson: actor.personId == person.id))
            try db.execute(
                sql: "INSERT OR REPLACE INTO calendarSubscription (personId, tokenHash, createdAt) VALUES (?, ?, ?)",
                arguments: [person.id!, SecretToken.digest(token), now])
            try db.audit(actor, .calendarSubscribe, subject: "person \(person.id!)")
        }
        return token
    }

    /// Turns `person`'s calendar address off. Returns whether there was one.
    @discardableResult
    public func unsubscribe(person reference: PersonID, actor: Actor) throws -> Bool {
        try writer.write { db in
            let person = try Workspace.person(db, reference)
            try Policy.require(actor, .viewOwed, Relation(isNamedPerson: actor.personId == person.id))
            try db.execute(sql: "DELETE FROM calendarSubscription WHERE personId = ?", arguments: [person.id!])
            guard db.changesCount > 0 else { return false }
            try db.audit(actor, .calendarUnsubscribe, subject: "person \(person.id!)")
            return true
        }
    }

    /// When `person`'s calendar address was made, or `nil` when they have none.
    public func subscription(person reference: PersonID) throws -> Date? {
        try writer.read { db in
            try Date.fetchOne(db, sql: "SELECT createdAt FROM calendarSubscription WHERE personId = ?", arguments: [reference.rawValue])
        }
    }

    /// The calendar behind a subscription token, as its person sees it; `nil` for a token
    /// unknown or revoked, or a person retired.
    public func ics(subscription token: String, baseURL: String? = nil, stamp: Date = Date()) throws -> String? {
        guard !token.isEmpty, token.utf8.count <= 100 else { return nil }
        let found = try writer.read { db -> (PersonID, Actor)? in
            guard let person = try Int64.fetchOne(
                db, sql: "SELECT s.personId FROM calendarSubscription s JOIN person p ON p.id = s.personId WHERE s.tokenHash = ? AND p.retiredAt IS NULL",
                arguments: [SecretToken.digest(token)])
            else { return nil }
            return (PersonID(person), Actor.person(person, accessRoles: try Workspace.accessRoles(db, person: person)))
        }
        guard let (person, actor) = found else { return nil }
        return try ics(person: person, as: actor, baseURL: baseURL, stamp: stamp)
    }
}
