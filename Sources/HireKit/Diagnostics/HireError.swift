/// An error a user can act on: what went wrong, in words, without personal data.
public struct HireError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Broad classes of failure, used for exit codes and tests.
    public enum Kind: String, Sendable, Equatable {
        /// Something named on the command line does not exist.
        case notFound
        /// Input that breaks a rule (a bad value, an illegal transition).
        case invalid
        /// The request conflicts with what the workspace already holds.
        case conflict
        /// The workspace is missing, unreadable or from a newer Hire.
        case workspace
        /// Reading or writing a file failed.
        case io
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    public static func notFound(_ message: String) -> HireError { HireError(.notFound, message) }
    public static func invalid(_ message: String) -> HireError { HireError(.invalid, message) }
    public static func conflict(_ message: String) -> HireError { HireError(.conflict, message) }
    public static func workspace(_ message: String) -> HireError { HireError(.workspace, message) }
    public static func io(_ message: String) -> HireError { HireError(.io, message) }
}
