import Foundation
import GRDB

/// A signed-in browser, stored by the SHA-256 of its id.
struct AccountSessionRecord: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    var idHash: String
    var accountId: Int64
    var csrfToken: String
    var createdAt: Date
    var lastSeenAt: Date

    static let databaseTableName = "accountSession"
}

/// A live session, as the server sees it on each request.
public struct AccountSession: Sendable, Hashable {
    /// The person signed in.
    public var personId: Int64
    /// The token every form posted in this session must carry.
    public var csrfToken: String
}

/// A new session: the secret id for the browser's cookie, and what the server keeps.
public struct SignIn: Sendable, Hashable {
    /// The session id to put in the cookie; the workspace keeps only its hash.
    public var sessionId: String
    public var session: AccountSession
}

/// The server's session lifetimes.
public struct SessionLimits: Sendable, Hashable {
    /// A session unused this long ends.
    public var idle: TimeInterval
    /// A session ends this long after sign-in, used or not.
    public var absolute: TimeInterval
    /// Last-seen is written at most this often.
    public var touchInterval: TimeInterval

    public init(idle: TimeInterval = 8 * 3600, absolute: TimeInterval = 7 * 86400, touchInterval: TimeInterval = 300) {
        self.idle = idle
        self.absolute = absolute
        self.touchInterval = touchInterval
    }

    public static let standard = SessionLimits()
}
