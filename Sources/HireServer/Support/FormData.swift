import Foundation

/// The fields of an `application/x-www-form-urlencoded` body; the last value of a repeated
/// field wins.
public struct FormData: Sendable, Hashable {
    public private(set) var fields: [String: String] = [:]

    public init(fields: [String: String] = [:]) { self.fields = fields }

    /// Parses a form body.
    public init(encoded body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields[name] = value
        }
    }

    public subscript(_ name: String) -> String? { fields[name] }

    /// The field's text with surrounding whitespace removed, `nil` when empty.
    public func text(_ name: String) -> String? {
        let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return value.isEmpty ? nil : value
    }

    private static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// Encodes fields as a form body (for tests and redirects).
    public static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { name, value in
            "\(name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
    }
}
