import Foundation
import GRDB

/// Bearer tokens for the JSON API: created for a person by an admin, shown once, stored as
/// digests, listed and revoked. A token acts as its person with the roles they hold when used.
public struct TokenService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Bearer tokens for the JSON API.
    public var tokens: TokenService { TokenService(workspace: self) }
}

extension TokenService {
    /// The longest a token may live, and the longest name it may have.
    public static let maximumDays = 3650
    static let maximumNameLength = 100
    /// How stale a token's "last used" time may get before a use records it again (a write on
    /// every request would queue every reader behind the writer).
    static let lastUsedResolution: TimeInterval = 3600

    /// Creates a token for `person`, valid `days` days (or until revoked). Admins only.
    public func create(
        for reference: PersonID, name: String, days: Int? = nil, readOnly: Bool = false, actor: Actor, now: Date = Date()
    ) throws -> CreatedAPIToken {
        try Policy.require(actor, .grantAccess)
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw HireError.invalid("a token needs a name saying what uses it") }
        guard name.count <= Self.maximumNameLength else {
            throw HireError.invalid("a token's name may have at most \(Self.maximumNameLength) characters")
        }
        if let days, !(1...Self.maximumDays).contains(days) {
            throw HireError.invalid("a token lives 1 to \(Self.maximumDays) days, not \(days)")
        }
        let person = try workspace.people.get(reference)
        if person.retiredAt != nil { throw HireError.invalid("person \(person.id!) has been retired and cannot have a token") }
        let secret = "hire_" + SecretToken.generate()
        return try writer.write { db in
            var token = APIToken(
                personId: person.id!, name: name, tokenHash: SecretToken.digest(secret), readOnly: readOnly, createdAt: now,
                expiresAt: days.map { now.addingTimeInterval(TimeInterval($0) * 86_400) })
            try token.insert(db)
            try db.audit(
                actor, .tokenCreate, subject: "token \(token.id!)",
                detail: "person \(person.id!)\(readOnly ? ", read-only" : "")\(days.map { ", \($0) days" } ?? "")")
            return CreatedAPIToken(summary: try Self.summary(db, token), secret: secret)
        }
    }

    /// Every token, newest first, never with its secret. Admins only.
    public func list(as viewer: Actor) throws -> [APITokenSummary] {
        try Policy.require(viewer, .grantAccess)
        return try writer.read { db in
            try APIToken.order(APIToken.Columns.id.desc).fetchAll(db).map { try Self.summary(db, $0) }
        }
    }

    /// Revokes a token at once. Admins only.
    @discardableResult
    public func revoke(_ id: Int64, actor: Actor, now: Date = Date()) throws -> APITokenSummary {
        try Policy.require(actor, .grantAccess)
        return try writer.write { db in
            guard var token = try APIToken.fetchOne(db, key: id) else { throw HireError.notFound("no token \(id)", remedy: .listTokens) }
            guard token.revokedAt == nil else { throw HireError.conflict("token \(id) is already revoked") }
            token.revokedAt = now
            try token.update(db)
            try db.audit(actor, .tokenRevoke, subject: "token \(id)")
            return try Self.summary(db, token)
        }
    }

    /// Who a presented secret acts as, or `nil` when it is unknown, revoked, expired, or its
    /// person is retired or their login is disabled.
    public func caller(secret: String, now: Date = Date()) throws -> APICaller? {
        guard secret.hasPrefix("hire_"), secret.utf8.count < 200 else { return nil }
        let digest = SecretToken.digest(secret)
        let found = try writer.read { db -> (APIToken, Actor)? in
            guard let token = try APIToken.filter(APIToken.Columns.tokenHash == digest).fetchOne(db),
                token.revokedAt == nil, token.expiresAt.map({ $0 > now }) ?? true,
                let person = try Person.fetchOne(db, key: token.personId), person.retiredAt == nil
            else { return nil }
            if try Bool.fetchOne(db, sql: "SELECT disabled FROM account WHERE personId = ?", arguments: [token.personId]) == true { return nil }
            return (token, Actor.person(token.personId, accessRoles: try Workspace.accessRoles(db, person: token.personId)))
        }
        guard let (token, actor) = found else { return nil }
        if token.lastUsedAt.map({ now.timeIntervalSince($0) > Self.lastUsedResolution }) ?? true {
            try writer.write { db in
                try db.execute(sql: "UPDATE apiToken SET lastUsedAt = ? WHERE id = ?", arguments: [now, token.id!])
            }
        }
        return APICaller(actor: actor, tokenId: token.id!, readOnly: token.readOnly)
    }

    static func summary(_ db: Database, _ token: APIToken) throws -> APITokenSummary {
        let name = try String.fetchOne(db, sql: "SELECT name FROM person WHERE id = ?", arguments: [token.personId]) ?? ""
        return APITokenSummary(
            id: token.id!, personId: token.personId, personName: name, name: token.name, readOnly: token.readOnly,
            createdAt: token.createdAt, expiresAt: token.expiresAt, revokedAt: token.revokedAt, lastUsedAt: token.lastUsedAt)
    }
}
