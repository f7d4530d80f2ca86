import Foundation

/// CSV rows written to standard output in large chunks, each field encoded as it is appended
/// to one byte buffer (no string per row: a slate of 100,000 candidates is a million fields).
/// Control characters are escaped as in ``Table/csv``: the output may be a terminal.
struct CSVOutput {
    private var buffer: [UInt8] = []
    /// What ends each row: LF, or CRLF for Excel.
    private let rowEnding: [UInt8]

    init(excel: Bool = false) {
        rowEnding = excel ? [0x0D, 0x0A] : [0x0A]
        buffer.reserveCapacity(Self.chunk + 4096)
        if excel { buffer.append(contentsOf: CSVStyle.excelByteOrderMark.utf8) }
    }

    /// Appends one row, each field as ``CSVField/encodeForTerminal(_:)`` makes it.
    mutating func row(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            buffer.append(contentsOf: CSVField.encodeForTerminal(field).utf8)
        }
        buffer.append(contentsOf: rowEnding)
        if buffer.count >= Self.chunk { flush() }
    }

    /// Writes what is buffered.
    mutating func flush() {
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    private static let chunk = 1 << 16
}
