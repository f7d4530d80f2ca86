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

    /// `emailKey` of the UTF-8 `bytes`, straight into `key` (emptied first) when they are ASCII;
    /// `false` (and `key` unspecified) for other text, which needs `emailKey(String)`.
    static func emailKey(ascii bytes: UnsafeBufferPointer<UInt8>, into key: inout [UInt8]) -> Bool {
        key.removeAll(keepingCapacity: true)
        for byte in bytes {
            if byte >= 0x80 { return false }
            if isSpace(byte) { continue }
            key.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return true
    }

    /// `EmailAddress.isValid(email)`: one `@`, a non-empty local part, a dotted domain, no spaces.
    static func isValidEmail(_ email: String) -> Bool {
        var email = email
        return email.withUTF8 { isValidEmail($0) }
    }

    /// `isValidEmail` of the string UTF-8 `utf8` spells.
    static func isValidEmail(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.allSatisfy({ $0 < 0x80 }), !utf8.contains(0x0D) else { return EmailAddress.isValid(String(decoding: utf8, as: UTF8.self)) }
        var bytes = utf8[...]
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
        var text = text
        return text.withUTF8 { number($0) }
    }

    /// `Double` of UTF-8 `bytes`, as `number(_:)` of the string they spell.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard bytes.count <= 15, !bytes.isEmpty else { return Double(String(decoding: bytes, as: UTF8.self)) }
        var value: Int64 = 0
        var negative = false
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            if offset == 0, byte == UInt8(ascii: "-"), bytes.count > 1 {
                negative = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return Double(String(decoding: bytes, as: UTF8.self)) }
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
