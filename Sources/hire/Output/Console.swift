import Foundation
import HireKit

/// Where `hire` writes: data to stdout, diagnostics to stderr (in colour only on a terminal).
enum Console {
    static let stderrIsTerminal = isatty(STDERR_FILENO) == 1
    static let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1

    /// Prints a line; control characters other than line feeds and tabs are shown escaped
    /// (JSON has none raw; text and CSV may hold stored names).
    static func out(_ text: String = "") {
        print(TerminalText.escaped(text, keepingLines: true))
    }

    /// Prints a line already made safe for a terminal (CSV built cell by cell), without a second scan.
    static func out(_ text: TerminalSafeText) {
        print(text.text)
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.escaped(text, keepingLines: true) + "\n").utf8))
    }

    static func diagnostic(_ diagnostic: Diagnostic) {
        let description = RemedyText.description(diagnostic)
        guard stderrIsTerminal else { return error(description) }
        let colour = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
        let text = TerminalText.escaped(description, keepingLines: true).replacingOccurrences(
            of: "\(diagnostic.severity.rawValue):", with: "\(colour)\(diagnostic.severity.rawValue):\u{1B}[0m")
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Pretty-printed JSON with sorted keys and ISO 8601 dates, so output can be diffed.
    static func json<T: Encodable>(_ value: T) throws {
        out(try jsonString(value))
    }

    static func jsonString<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
