/// A problem found in an input file or feed, with where it was found.
///
/// Diagnostics are collected and reported together, rendered the way compilers
/// do: `Scorecards/ae.yaml:12:5: error: message`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var message: String
    /// What the user can do about it, for the front end to word after the message.
    public var remedy: Remedy?

    public init(_ severity: Severity, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil, remedy: Remedy? = nil) {
        self.severity = severity
        self.message = message
        self.remedy = remedy
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column: severity: message`, omitting the parts that are unknown.
    public var description: String {
        var location = ""
        if let file {
            location = file
            if let line {
                location += ":\(line)"
                if let column { location += ":\(column)" }
            }
            location += ": "
        }
        return "\(location)\(severity.rawValue): \(message)"
    }

    public var isError: Bool { severity == .error }
}

extension Sequence where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.isError } }
}

/// An error carrying the diagnostics that caused it; thrown when input has errors.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
