import Foundation
import GRDB

extension Workspace {
    /// The one answer to every refused sign-in: it never tells which check failed.
    static let signInRefused = HireError.invalid("the email or password is not right, or the account is locked for a while")
}

extension SessionService {
    /// Signs in as ``signIn(email:password:otp:oneTimeCodes:hashing:now:)`` does, and also limits failures per
    /// client address with `throttle`: from a locked address every attempt is refused (in the
    /// same time and words), and the lock is audited without the address. A `nil` address
    /// (unknown) is limited per account only.
    public func signIn(
        email: String, password: String, otp: String? = nil, oneTimeCodes: (any OneTimeCodeAlgorithm)? = nil, from address: String?,
        throttle: SignInAddressThrottle, hashing: PasswordHashing = .standard, now: Date = Date()
    ) throws -> SignIn {
        let attempt = { try signIn(email: email, password: password, otp: otp, oneTimeCodes: oneTimeCodes, hashing: hashing, now: now) }
        guard let address else { return try attempt() }
        if throttle.isLocked(address, now: now) {
            hashing.verifyDummy(password)
            try writer.write { db in try db.audit(.signIn, .signInFailure, detail: "client address locked") }
            throw Workspace.signInRefused
        }
        do {
            return try attempt()
        } catch let error as HireError where error.kind == .invalid {
            if throttle.recordFailure(address, now: now) {
                try writer.write { db in
                    try db.audit(.signIn, .signInFailure, detail: "client address locked for \(Int(Workspace.lockoutWindow / 60)) minutes")
                }
            }
            throw error
        }
    }
}
