/// Rules for the ids users write in profiles and on the command line.
enum Identifier {
    /// Lowercase ASCII letters, digits, dashes and underscores, starting with a letter or digit.
    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isLetterOrDigit(first) else { return false }
        return id.unicodeScalars.allSatisfy { isLetterOrDigit($0) || $0 == "-" || $0 == "_" }
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
