import Foundation

/// Who is acting: the workspace owner at the command line, or a person of the workspace with
/// their access roles. Every service call that reads protected data or writes takes one, and
/// every write records it in the audit log.
public struct Actor: Sendable, Hashable {
    /// The person acting, or `nil` for the workspace owner, who is no person of the workspace.
    public var personId: Int64?
    /// What the actor may do.
    public var accessRoles: Set<AccessRole>
    /// The name the audit log records: the owner's free-text name, or `person N`.
    public var recordedName: String

    /// The workspace owner working locally, holding every access role, recorded as `name`.
    public static func owner(_ name: String) -> Actor {
        Actor(personId: nil, accessRoles: Set(AccessRole.allCases), recordedName: name)
    }

    /// A person of the workspace with the access roles they hold.
    public static func person(_ id: Int64, accessRoles: Set<AccessRole>) -> Actor {
        Actor(personId: id, accessRoles: accessRoles, recordedName: "person \(id)")
    }

    /// Whether the actor holds any of `roles`.
    public func holds(_ roles: AccessRole...) -> Bool { !accessRoles.isDisjoint(with: roles) }

    /// The operating-system user running Hire: the owner's default name.
    public static var operatingSystemUser: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
    }
}

extension Actor: ExpressibleByStringLiteral {
    /// The owner recorded under a fixed name, as tests and scripts write it.
    public init(stringLiteral name: String) { self = .owner(name) }
}
