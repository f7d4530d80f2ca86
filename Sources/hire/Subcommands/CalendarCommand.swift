import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire calendar PERSON -o FILE.ics`: a person's interviews, due dates and check-ins as iCalendar.
    struct CalendarCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "calendar",
            abstract: "Write a person's interviews, milestone due dates and 1:1 check-ins as an iCalendar (.ics) file.",
            discussion: """
                Interviews are timed events (with their length, location, the candidate's name and round, and a link to \
                the scorecard form when --base-url or the base_url setting gives the server's address); milestones the \
                person owns and a manager's check-ins are all-day events. Times are in UTC. Each event keeps its UID, so \
                importing the file again replaces changed events (a moved interview's SEQUENCE goes up; a cancelled one \
                is marked cancelled). With --as PERSON, someone who is not an admin, recruiter or hiring manager may \
                export only their own.
                """)

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(help: "The person: id, email or name.") var person: String
        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file ('-' for standard output).", valueName: "file.ics")) var output: String
        @Option(help: ArgumentHelp("The team server's address, for links (default: the base_url setting).", valueName: "url")) var baseURL: String?
        @Option(name: .customLong("as"), help: ArgumentHelp("Export as this person.", valueName: "person")) var viewer: String?

        func run() throws {
            let ws = try workspace.open()
            let base = try baseURL ?? ws.settings.value(.baseURL)
            let text = try ws.calendars.ics(person: try ws.personID(person), as: try ActorResolver.viewer(viewer, in: ws), baseURL: base)
            if output == "-" { return FileHandle.standardOutput.write(Data(text.utf8)) }
            try ReportFile.write(text, to: output)
            Console.error("Wrote \(output).")
        }
    }
}
