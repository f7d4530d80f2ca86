/// Small helpers for XML text that libxml2 hands over undecoded.
enum XMLText {
    /// Decodes the predefined entities and numeric character references in an attribute value.
    ///
    /// libxml2's SAX2 passes `&amp;` in attribute values through as `&#38;` unless entity
    /// substitution is on, which must never be for untrusted input; so it is done here.
    static func decodeReferences(_ value: String) -> String {
        var output = ""
        output.reserveCapacity(value.utf8.count)
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semicolon) <= 10 else {
                output += rest[amp...]
                return output
            }
            let name = rest[rest.index(after: amp)..<semicolon]
            if let decoded = decode(name) {
                output.append(decoded)
            } else {
                output += rest[amp...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        output += rest
        return output
    }

    private static func decode(_ name: Substring) -> Character? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let code = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return code.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }
}
