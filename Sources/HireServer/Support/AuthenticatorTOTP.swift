import Foundation
import HireKit
import HummingbirdOTP

/// Time-based one-time codes as authenticator apps compute them (RFC 6238: SHA-1, 6 digits,
/// 30 seconds), through HummingbirdOTP. Its `TOTP(secret:)` keys the HMAC with the secret's
/// UTF-8 bytes, and its `otpauth://` link carries the base32 of those same bytes, so an app
/// set up from the link (or from ``base32Secret(_:)`` typed by hand) shows the codes checked here.
public struct AuthenticatorTOTP: OneTimeCodeAlgorithm {
    public init() {}

    public func code(secret: String, at date: Date) -> Int {
        TOTP(secret: secret, length: OneTimeCode.digits, timeStep: Int(OneTimeCode.period), hashFunction: .sha1).compute(date: date)
    }

    /// The `otpauth://totp/...` link that sets up an authenticator app with `secret`.
    public func authenticatorURL(secret: String, label: String, issuer: String) -> String {
        TOTP(secret: secret, length: OneTimeCode.digits, timeStep: Int(OneTimeCode.period), hashFunction: .sha1)
            .createAuthenticatorURL(label: label, issuer: issuer)
    }

    /// The secret as authenticator apps take it typed in: the base32 text of the link.
    public func base32Secret(_ secret: String) -> String {
        let link = authenticatorURL(secret: secret, label: "x", issuer: "x")
        return URLComponents(string: link)?.queryItems?.first { $0.name == "secret" }?.value ?? ""
    }
}
