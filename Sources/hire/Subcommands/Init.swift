import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire init`: creates an empty workspace.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create a new, empty workspace (an SQLite file readable by you only).",
            discussion: "Refuses to touch an existing file. Next: `hire roles load Scorecards/`.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Option(name: .customLong("time-zone"), help: ArgumentHelp("The time zone that decides what 'today' is for due dates, an IANA name (default: this machine's, \(TimeZone.current.identifier)).", valueName: "name"))
        var timeZone: String?

        func validate() throws {
            if let timeZone, TimeZone(identifier: timeZone) == nil {
                throw ValidationError("unknown time zone '\(timeZone)'; use an IANA name such as Europe/Berlin")
            }
        }

        func run() throws {
            let created = try Workspace.create(at: workspace.path)
            try created.setTimeZone(timeZone ?? TimeZone.current.identifier, actor: try actor.resolve(in: created))
            Console.out("Created workspace \(created.path ?? workspace.path) (time zone \(try created.timeZone().identifier))")
            Console.out("Next: hire roles load Scorecards/")
        }
    }
}
