/// One field of RFC 4180 CSV, safe to open in a spreadsheet.
enum CSVField {
    /// Quotes a field that holds a comma, quote or line break, and neutralises text that a
    /// spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first, after any spaces) with a leading `'`.
    /// Numbers such as `-0.5` are left as they are. Fast on large exports: bytes, not Foundation.
    static func encode(_ value: String) -> String {
        var value = value
        // Spaces first do not stop a spreadsheet from running `  =1+1`.
        if let first = value.utf8.first(where: { $0 != UInt8(ascii: " ") }), isFormulaStart(first), Double(value) == nil {
            value = "'" + value
        }
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { return value }
        guard value.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + value + "\"" }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// `encode(value)` made safe for a terminal as `TerminalText.escaped(_:keepingLines: true)`
    /// makes it, byte for byte, with one scan of the bytes for both in the usual case: a field
    /// with no control character, quote or comma (almost all of them) is only checked for a
    /// formula, and one with quotes or commas but no control character is only quoted.
    static func encodeForTerminal(_ value: String) -> String {
        var first: UInt8?
        var quoted = false
        for byte in value.utf8 {
            // Controls (line breaks and tabs too: they are quoted, or start a formula), DEL and
            // the lead byte of U+0080...U+00BF (C1 controls among them): the full path.
            if byte < 0x20 || byte == 0x7F || byte == 0xC2 { return TerminalText.escaped(encode(value), keepingLines: true) }
            // A quote or comma only: quoted, with nothing to escape.
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ",") { quoted = true }
            if first == nil, byte != UInt8(ascii: " ") { first = byte }
        }
        if quoted { return encode(value) }
        if let first, isFormulaStart(first), Double(value) == nil { return "'" + value }
        return value
    }

    @inline(__always)
    private static func isFormulaStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }
}
