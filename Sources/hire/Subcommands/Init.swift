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

        @Option(name: .customLong("time-zone"), help: ArgumentHelp("The time zone that decides what 'today' is for due dates: an IANA name such as Europe/Berlin, or UTC; abbreviations such as EST and POSIX forms such as GMT+5 are refused (default: this machine's, \(TimeZone.current.identifier)).", valueName: "name"))
        var timeZone: String?

        func validate() throws {
            do {
                _ = try TimeZoneName.check(zoneName)
            } catch let error as HireError {
                guard timeZone == nil else { throw ValidationError(error.message) }
                throw ValidationError("this machine's time zone: \(error.message); give one with --time-zone NAME")
            }
        }

        /// `--time-zone`, else this machine's.
        private var zoneName: String { timeZone ?? TimeZone.current.identifier }

        func run() throws {
            let created = try Workspace.create(at: workspace.path)
            let zone = try TimeZoneName.check(zoneName)
            try created.settings.setTimeZone(zone, actor: try actor.resolve(in: created))
            Console.out("Created workspace \(created.path ?? workspace.path) (time zone \(zone))")
            Console.out("Next: hire roles load Scorecards/")
        }
    }
}
