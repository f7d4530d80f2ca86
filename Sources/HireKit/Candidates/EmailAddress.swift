import Foundation

/// Rules for email addresses as identities.
public enum EmailAddress {
    /// The form used to recognise the same address: whitespace removed, lowercased.
    public static func key(_ email: String) -> String {
        String(email.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }).lowercased()
    }

    /// A plausible address: one `@`, a non-empty local part, a dotted domain, no spaces.
    public static func isValid(_ email: String) -> Bool {
        let trimmed = email.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, trimmed.count <= 254 else { return false }
        let domain = parts[1]
        guard !trimmed.contains(where: { $0.isWhitespace }), domain.contains("."), !domain.hasPrefix("."),
            !domain.hasSuffix("."), !domain.contains("..")
        else { return false }
        return true
    }
}
