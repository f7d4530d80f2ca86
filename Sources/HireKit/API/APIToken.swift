import Foundation
import GRDB

/// A bearer token for the JSON API. It acts as its person, with the access roles they hold
/// when it is used; the secret is shown once and kept only as its SHA-256 digest.
struct APIToken: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    var id: Int64?
    var personId: Int64
    var name: String
    var tokenHash: String
    var readOnly: Bool
    var createdAt: Date
    var expiresAt: Date?
    var revokedAt: Date?
    var lastUsedAt: Date?

    static let databaseTableName = "apiToken"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let personId = Column(CodingKeys.personId)
        static let tokenHash = Column(CodingKeys.tokenHash)
        static let revokedAt = Column(CodingKeys.revokedAt)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A token as `hire token list` shows it: never the secret.
public struct APITokenSummary: Sendable, Hashable, Codable {
    public var id: Int64
    public var personId: Int64
    public var personName: String
    public var name: String
    public var readOnly: Bool
    public var createdAt: Date
    public var expiresAt: Date?
    public var revokedAt: Date?
    public var lastUsedAt: Date?

    /// Whether the token can be used at `now`.
    public func isUsable(at now: Date) -> Bool {
        revokedAt == nil && (expiresAt.map { $0 > now } ?? true)
    }
}

/// A token just created: its secret, shown this once.
public struct CreatedAPIToken: Sendable, Hashable {
    public var summary: APITokenSummary
    /// The bearer secret (`hire_…`); the workspace keeps only its digest.
    public var secret: String
}

/// Who a presented token acts as.
public struct APICaller: Sendable, Hashable {
    public var actor: Actor
    public var tokenId: Int64
    /// A read-only token may only read: every write is refused.
    public var readOnly: Bool
}
