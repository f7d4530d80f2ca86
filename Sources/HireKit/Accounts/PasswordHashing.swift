import Foundation
import HummingbirdBcrypt

/// How passwords are hashed: bcrypt at a cost of 12 or more in production. Tests may lower
/// the cost to run fast.
public struct PasswordHashing: Sendable, Hashable {
    /// The bcrypt cost (log2 of the rounds).
    public var cost: UInt8

    public init(cost: UInt8) { self.cost = cost }

    /// bcrypt at cost 12.
    public static let standard = PasswordHashing(cost: 12)

    func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }

    /// Spends as long as checking a real password, for an email that has no account, so the
    /// answer takes the same time either way.
    func verifyDummy(_ password: String) {
        _ = Bcrypt.verify(password, hash: dummyHash)
    }

    /// A hash at this cost of a password nobody has, made once per cost.
    private var dummyHash: String {
        Self.lock.withLock {
            if let hash = Self.dummyHashes[cost] { return hash }
            let hash = Bcrypt.hash(SecretToken.generate(), cost: cost)
            Self.dummyHashes[cost] = hash
            return hash
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var dummyHashes: [UInt8: String] = [:]
}
