import ArgumentParser
import Foundation
import HireKit

/// `--workspace`, shared by every command that uses the workspace.
struct WorkspaceOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The workspace file (default: $HIRE_WORKSPACE, else ./hire.sqlite).", valueName: "path"))
    var workspace: String?

    var path: String {
        workspace ?? ProcessInfo.processInfo.environment["HIRE_WORKSPACE"].flatMap { $0.isEmpty ? nil : $0 } ?? Workspace.defaultPath
    }

    func open() throws -> Workspace {
        Self.opened = path
        return try Workspace.open(at: path)
    }

    /// The workspace this run opened, to name it in errors the library reports without a path.
    nonisolated(unsafe) static var opened: String?
}

/// The output formats of commands that print data.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case csv
}

/// `--format`, for commands that print data.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text, json or csv (csv for lists).")
    var format: OutputFormat = .text
}

/// `--by`, for commands that change the workspace.
struct ActorOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Who is making the change, for the audit trail (default: the OS user).", valueName: "name"))
    var by: String?

    var actor: String { by ?? Actor.current }
}
