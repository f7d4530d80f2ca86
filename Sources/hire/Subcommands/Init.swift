import ArgumentParser
import HireKit

extension Hire {
    /// `hire init`: creates an empty workspace.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a new, empty workspace (an SQLite file readable by you only).",
            discussion: "Refuses to touch an existing file. Next: `hire roles load Scorecards/`.")

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let created = try Workspace.create(at: workspace.path)
            Console.out("Created workspace \(created.path ?? workspace.path)")
            Console.out("Next: hire roles load Scorecards/")
        }
    }
}
