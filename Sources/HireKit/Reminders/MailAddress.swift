import Foundation

/// A mailbox as a message header names it: an address and, optionally, a display name.
public struct MailAddress: Sendable, Hashable {
    public var name: String?
    public var address: String

    public init(name: String?, address: String) {
        self.name = name
        self.address = address
    }

    /// Parses `address` or `Name <address>`; `nil` when the address is not valid.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            let name = trimmed[..<open].trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\"")))
            guard EmailAddress.isValid(address) else { return nil }
            self.init(name: name.isEmpty ? nil : name, address: address)
        } else {
            guard EmailAddress.isValid(trimmed) else { return nil }
            self.init(name: nil, address: trimmed)
        }
    }
}
