import ArgumentParser
import HireKit

extension ExitKind: ExpressibleByArgument {}

extension Hire.Ramp {
    /// `hire ramp leave NEWHIRE --on DATE --kind voluntary|involuntary [--note TEXT]`
    struct Leave: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "leave",
            abstract: "Record that a new hire left: ends the ramp (open milestones close as left, nothing more is owed).",
            discussion: "Leaving is kept for retention at 180 and 365 days (`hire validity --outcome retained-180`); the note is erased with the candidate.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var today: TodayOptions

        @Argument(help: "The new hire (candidate id or email).") var newHire: String
        @Option(help: ArgumentHelp("The day they left; between the start and today.", valueName: "date"), transform: DateArgument.calendarDate) var on: CalendarDate
        @Option(help: "voluntary or involuntary.") var kind: ExitKind
        @Option(help: "A note (kept with the leaving, erased with the candidate).") var note: String?

        func run() throws {
            let workspace = try workspace.open()
            let exit = try workspace.onboarding.leave(
                try workspace.candidateID(newHire), on: on, kind: kind, note: note, today: try today.date(in: workspace), actor: try actor.resolve(in: workspace))
            Console.out("Left (\(exit.kind.rawValue)) on \(exit.leftOn); open milestones closed as left.")
        }
    }
}
