/// Text made safe to print on a terminal: control characters shown escaped (`\u{1B}`), never raw,
/// so a stored name cannot move the cursor, forge a table row or hide a link (ESC, OSC 8, BEL,
/// CR, LF, U+0085, U+009B, U+009D, ...).
enum TerminalText {
    /// `text` with every C0 control, DEL and C1 control escaped; with `keepingLines`, line feeds
    /// and tabs (the layout of multi-line output) stay.
    static func escaped(_ text: String, keepingLines: Bool = false) -> String {
        guard needsEscaping(text, keepingLines: keepingLines) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) && !(keepingLines && (scalar == "\n" || scalar == "\t")) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true).leftPadded(2))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }

    /// A byte scan first: almost all output has nothing to escape.
    private static func needsEscaping(_ text: String, keepingLines: Bool) -> Bool {
        text.utf8.contains { byte in
            (byte < 0x20 && !(keepingLines && (byte == 0x0A || byte == 0x09))) || byte == 0x7F || byte == 0xC2
        }
    }
}

/// Text already made safe for a terminal the way `TerminalText.escaped(_:keepingLines: true)`
/// makes it (by whoever built it), which `Console.out` prints without scanning it again.
struct TerminalSafeText {
    let text: String

    /// `escaped` must have no control character other than line feeds and tabs.
    init(escaped: String) { text = escaped }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
