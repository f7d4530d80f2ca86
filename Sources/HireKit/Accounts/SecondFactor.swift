import Foundation
import GRDB

/// A login's two-step sign-in: the TOTP secret and the last time step a code was used in.
struct SecondFactorRecord: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    var personId: Int64
    var secret: String
    var lastUsedStep: Int64
    var enrolledAt: Date

    static let databaseTableName = "accountSecondFactor"
}

/// Thrown by sign-in when the password is right and the login has two-step sign-in, but no
/// code was given: the front end asks for one.
public struct SecondFactorRequired: Error, Sendable, Hashable {}

/// What sign-in accepted as the second factor.
enum SecondFactorUse: Sendable {
    case code
    case recoveryCode(left: Int)
}
