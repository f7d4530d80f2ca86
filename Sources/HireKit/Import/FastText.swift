/// ASCII fast paths for the per-record text checks of an import, giving exactly the results of
/// `EmailAddress.key` and `EmailAddress.isValid` (which they fall back to for other text),
/// without Foundation character sets on the hot path.
enum FastText {
    /// `EmailAddress.key(email)`: whitespace removed, lowercased.
    static func emailKey(_ email: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(email.utf8.count)
        for byte in email.utf8 {
            if byte >= 0x80 { return EmailAddress.key(email) }
            if isSpace(byte) { continue }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `EmailAddress.isValid(email)`: one `@`, a non-empty local part, a dotted domain, no spaces.
    static func isValidEmail(_ email: String) -> Bool {
        let utf8 = email.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }), !utf8.contains(0x0D) else { return EmailAddress.isValid(email) }
        var bytes = Array(utf8)[...]
        while let first = bytes.first, isSpace(first) { bytes = bytes.dropFirst() }
        while let last = bytes.last, isSpace(last) { bytes = bytes.dropLast() }
        guard bytes.count <= 254, !bytes.contains(where: isSpace) else { return false }
        let at = UInt8(ascii: "@")
        guard let index = bytes.firstIndex(of: at), index > bytes.startIndex else { return false }
        let domain = bytes[(index + 1)...]
        guard !domain.contains(at) else { return false }
        let dot = UInt8(ascii: ".")
        guard domain.contains(dot), domain.first != dot, domain.last != dot else { return false }
        var previous: UInt8 = 0
        for byte in domain {
            if byte == dot, previous == dot { return false }
            previous = byte
        }
        return true
    }

    /// `Double(text)`, without the general parser for plain whole numbers (`36`, `-4`), which
    /// are most numbers in feeds: up to 15 digits convert exactly.
    static func number(_ text: String) -> Double? {
        let utf8 = text.utf8
        guard utf8.count <= 15, !utf8.isEmpty else { return Double(text) }
        var value: Int64 = 0
        var negative = false
        for (offset, byte) in utf8.enumerated() {
            if offset == 0, byte == UInt8(ascii: "-"), utf8.count > 1 {
                negative = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return Double(text) }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        // `Double("-0")` is -0.0.
        return negative ? -Double(value) : Double(value)
    }

    /// Whether `text` starts with an ASCII digit (a date, a number), so no keyword can match it.
    @inline(__always)
    static func startsWithDigit(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
    }

    /// ASCII whitespace and newlines (tab, LF, VT, FF, CR, space), as Foundation and `Character` see them.
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
