import ArgumentParser
import HireKit

/// Turns `--by` and `--as` into the library's ``Actor``.
enum ActorResolver {
    /// The person named by `as` acting as themselves, else the workspace owner recorded as `by`
    /// (default: the OS user). `--by` naming someone other than `--as` is refused.
    static func actor(by: String?, as reference: String?, in workspace: Workspace) throws -> Actor {
        guard let reference else { return .owner(by ?? Actor.operatingSystemUser) }
        let person = try workspace.person(reference)
        if let by {
            let named = try? workspace.person(by)
            if named?.id != person.id {
                throw HireError.invalid("--by names someone other than --as; a person acting records themselves")
            }
        }
        return try workspace.access.actor(person: person.personID)
    }

    /// The actor for a viewer option (`--as` on read commands): the person, else the owner.
    static func viewer(_ reference: String?, in workspace: Workspace) throws -> Actor {
        try actor(by: nil, as: reference, in: workspace)
    }
}

extension Actor {
    /// The workspace owner at this terminal, for commands that read.
    static var localOwner: Actor { .owner(operatingSystemUser) }
}

extension AccessRole: ExpressibleByArgument {}

/// `--as`, for commands that read: see what that person may see (the blind rule, access roles).
struct ViewerOptions: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp("Read as this person (id, email or name), with their access roles.", valueName: "person"))
    var person: String?

    /// The person named by `--as`, else the workspace owner.
    func resolve(in workspace: Workspace) throws -> Actor {
        try ActorResolver.viewer(person, in: workspace)
    }
}
