import Foundation

/// Computes the time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30-second steps) an
/// authenticator app shows for a secret. The library checks codes through this protocol so
/// that it needs no web framework; the team server supplies the implementation.
public protocol OneTimeCodeAlgorithm: Sendable {
    /// The code for `secret` (its UTF-8 bytes are the key) in the time step holding `date`.
    func code(secret: String, at date: Date) -> Int
}

/// The parameters of two-step sign-in codes.
public enum OneTimeCode {
    /// Digits in a code.
    public static let digits = 6
    /// Seconds a code is shown for.
    public static let period: TimeInterval = 30
    /// Steps either side of now a code is still accepted in, for phones whose clock drifts.
    public static let allowedDrift = 1

    /// The time step holding `date`.
    static func step(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 / period).rounded(.down)) }
}
