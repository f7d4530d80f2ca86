/// The one escaping function for text the library writes into HTML and SVG markup itself.
///
/// Templates escape their `{{ }}` values on their own; charts are built as markup by the
/// library, so every user-supplied string placed inside a chart goes through ``escape(_:)``.
public enum HTMLEscaping {
    /// `text` with `& < > " '` replaced by character references: safe as element text and as a quoted attribute value.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
