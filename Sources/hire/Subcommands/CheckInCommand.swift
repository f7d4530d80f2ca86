import ArgumentParser
import HireKit

extension Hire {
    /// `hire checkin`: 1:1s and field observations of new hires.
    struct CheckInCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "checkin",
            abstract: "Record monthly 1:1s and field observations of a new hire.",
            subcommands: [Add.self])
    }
}

extension Hire.CheckInCommand {
    /// `hire checkin add NEWHIRE --on DATE [--observe c=3 ...]`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a check-in, with observations rated on the role's anchored scale and an optional monthly review.",
            discussion: "Observations feed each focus competency's trajectory from the interview baseline through day 30/60/90 (`hire ramp show`).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The new hire (candidate id or email).") var newHire: String
        @Option(help: ArgumentHelp("The day of the check-in.", valueName: "date"), transform: DateArgument.calendarDate) var on: CalendarDate
        @Option(help: "Notes.") var notes: String?
        @Option(help: ArgumentHelp("An observed rating, competency=rating (repeatable).", valueName: "competency=rating")) var observe: [String] = []
        @Option(help: "Monthly review: results to date.") var results: String?
        @Option(name: .customLong("new-opportunities"), help: "Monthly review: new opportunities.") var newOpportunities: String?
        @Option(help: "Monthly review: progress on existing opportunities.") var progress: String?
        @Option(help: "Monthly review: deals forecast to close in the next 30 days.") var forecast: String?
        @Option(name: .customLong("next-steps"), help: "Monthly review: agreed next steps.") var nextSteps: String?

        func run() throws {
            var observations: [String: Double] = [:]
            for pair in observe {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let rating = Double(parts[1]) else {
                    throw ValidationError("--observe takes competency=rating, as in discovery=3 (got '\(pair)').")
                }
                observations[parts[0]] = rating
            }
            let ws = try workspace.open()
            let detail = try ws.onboarding.checkIn(
                try ws.candidateID(newHire),
                NewCheckIn(
                    on: on, notes: notes, observations: observations, results: results, newOpportunities: newOpportunities,
                    progress: progress, forecast: forecast, nextSteps: nextSteps), actor: try actor.resolve(in: ws))
            Console.out("Recorded check-in on \(detail.checkIn.on) with \(Counted.text(detail.observations.count, "observation"))")
        }
    }
}
