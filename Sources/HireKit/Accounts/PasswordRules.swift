import Foundation

/// What a password must be: at least 12 characters, and not containing the person's own name
/// or the local part of their email.
public enum PasswordRules {
    /// The shortest password accepted.
    public static let minimumLength = 12

    /// Throws ``HireError/Kind/invalid`` saying what is wrong with `password` for `person`.
    public static func check(_ password: String, for person: Person) throws {
        guard password.count >= minimumLength else {
            throw HireError.invalid("the password needs at least \(minimumLength) characters")
        }
        let lowered = password.lowercased()
        let local = person.email.split(separator: "@").first.map { String($0).lowercased() } ?? ""
        let nameParts = person.name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let words = ([local, nameParts.joined()] + nameParts).filter { $0.count >= 3 }
        if words.contains(where: lowered.contains) {
            throw HireError.invalid("the password must not contain your name or email")
        }
    }
}
