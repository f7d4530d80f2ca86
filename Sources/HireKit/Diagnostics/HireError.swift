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
        /// The actor may not do this (see ``Policy``).
        case forbidden
    }

    public var kind: Kind
    /// What went wrong, in words that name no front end's flags or commands.
    public var message: String
    /// What the user can do about it, for the front end to word.
    public var remedy: Remedy?
    /// The permission refused, for ``Kind/forbidden``.
    public var permission: Permission?

    public init(_ kind: Kind, _ message: String, remedy: Remedy? = nil) {
        self.kind = kind
        self.message = message
        self.remedy = remedy
    }

    public var description: String { message }

    public static func notFound(_ message: String, remedy: Remedy? = nil) -> HireError { HireError(.notFound, message, remedy: remedy) }
    public static func invalid(_ message: String, remedy: Remedy? = nil) -> HireError { HireError(.invalid, message, remedy: remedy) }
    public static func conflict(_ message: String, remedy: Remedy? = nil) -> HireError { HireError(.conflict, message, remedy: remedy) }
    public static func workspace(_ message: String, remedy: Remedy? = nil) -> HireError { HireError(.workspace, message, remedy: remedy) }
    public static func io(_ message: String) -> HireError { HireError(.io, message) }

    /// The policy refused `permission` to `actor`.
    public static func forbidden(_ permission: Permission, actor: Actor) -> HireError {
        let holder = actor.personId.map { "person \($0)" } ?? "the workspace owner"
        var error = HireError(.forbidden, "\(holder) may not do this (\(permission.rawValue))")
        error.permission = permission
        return error
    }
}
