/// One field of RFC 4180 CSV, safe to open in a spreadsheet.
enum CSVField {
    /// Quotes a field that holds a comma, quote or line break, and neutralises text that a
    /// spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first, after any spaces) with a leading `'`.
    /// Numbers such as `-0.5` are left as they are. Fast on large exports: bytes, not Foundation.
    static func encode(_ value: String) -> String {
        var value = value
        // Spaces first do not stop a spreadsheet from running `  =1+1`.
        if let first = value.utf8.first(where: { $0 != UInt8(ascii: " ") }), Self.formulaStarts.contains(first), Double(value) == nil {
            value = "'" + value
        }
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { return value }
        guard value.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + value + "\"" }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    private static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]
}
