import ArgumentParser

/// Checks every command-line argument before parsing: what a person types is stored and later
/// printed, so it holds no control character (a tab only in free text), is at most 16 KB like
/// a feed's fields, and `--by` and `--reason` are never empty.
enum ArgumentCheck {
    /// The longest argument, in UTF-8 bytes: the feeds' field limit.
    static let maximumBytes = 16 * 1024

    /// Options whose value is free text, where a tab is allowed.
    static let freeText: Set<String> = [
        "--notes", "--note", "--reason", "--evidence", "--skip", "--override", "--allow-late-start",
        "--results", "--new-opportunities", "--progress", "--forecast", "--next-steps",
    ]

    /// Options that must not be empty or only spaces.
    static let nonEmpty: Set<String> = ["--by", "--reason"]

    static func check(_ arguments: [String]) throws {
        var option: String?
        for argument in arguments {
            var name = option
            var value = argument
            if option == nil, argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            let label = name.map { "the value of \($0)" } ?? "the argument '\(TerminalText.escaped(String(argument.prefix(40))))'"
            if value.utf8.count > maximumBytes {
                throw ValidationError("\(label) is longer than 16 KB (\(value.utf8.count) bytes)")
            }
            if let control = value.unicodeScalars.first(where: { TerminalText.isControl($0) && !($0 == "\t" && freeText.contains(name ?? "")) }) {
                throw ValidationError(
                    "\(label) holds a control character (\(TerminalText.escaped(String(control)))); type it without one")
            }
            if let name, nonEmpty.contains(name), value.allSatisfy(\.isWhitespace) {
                throw ValidationError("\(name) needs a value that is not empty")
            }
            option = option == nil && argument.hasPrefix("--") && !argument.contains("=") ? argument : nil
        }
    }
}
