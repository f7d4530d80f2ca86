import Foundation
import GRDB

/// A person's sign-in to the team server. The password is kept only as a bcrypt hash.
struct Account: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    var personId: Int64
    var passwordHash: String?
    var disabled: Bool
    /// Failed sign-ins since `firstFailureAt`, for the lockout.
    var failureCount: Int
    var firstFailureAt: Date?
    var lockedUntil: Date?
    var lastSignInAt: Date?
    var createdAt: Date

    static let databaseTableName = "account"

    enum Columns {
        static let personId = Column(CodingKeys.personId)
    }
}

/// An account as the front ends list it: who, and whether they can sign in.
public struct AccountSummary: Sendable, Hashable, Codable {
    /// Whether and how the account can be used now.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Signs in with a password.
        case active
        /// Waits for the person to set a password through an invitation.
        case invited
        /// Locked for a while after too many failed sign-ins.
        case locked
        /// Turned off by an admin.
        case disabled
    }

    public var personId: Int64
    public var name: String
    public var email: String
    public var accessRoles: [AccessRole]
    public var status: Status
    public var lastSignInAt: Date?
    /// Whether two-step sign-in (a one-time code) is on.
    public var secondFactor: Bool = false
}
