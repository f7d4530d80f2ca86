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
            abstract: "Record a check-in, with observations rated on the role's anchored scale and answers to the role's check-in questions.",
            discussion: """
                Observations feed each focus competency's trajectory from the interview baseline through day 30/60/90 (`hire ramp show`). \
                --answer ID=TEXT answers one of the role's check-in questions (`checkin:` in its profile; `hire roles show ROLE` lists them). \
                A role without its own questions asks the monthly review: results, new-opportunities, progress, forecast, next-steps, \
                which --results, --new-opportunities, --progress, --forecast and --next-steps also answer.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The new hire (candidate id or email).") var newHire: String
        @OptionGroup var today: TodayOptions

        @Option(help: ArgumentHelp("The day of the check-in; not after today.", valueName: "date"), transform: DateArgument.calendarDate) var on: CalendarDate
        @Option(help: "Notes.") var notes: String?
        @Option(help: ArgumentHelp("An observed rating, competency=rating (repeatable).", valueName: "competency=rating")) var observe: [String] = []
        @Option(help: ArgumentHelp("An answer to one of the role's check-in questions, id=text (repeatable).", valueName: "id=text")) var answer: [String] = []
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
            var answers: [String: String] = [:]
            for pair in answer {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else {
                    throw ValidationError("--answer takes id=text, as in results=\"two deals closed\" (got '\(pair)').")
                }
                answers[parts[0]] = parts[1]
            }
            let ws = try workspace.open()
            let detail = try ws.onboarding.checkIn(
                try ws.candidateID(newHire),
                NewCheckIn(
                    on: on, notes: notes, observations: observations, results: results, newOpportunities: newOpportunities,
                    progress: progress, forecast: forecast, nextSteps: nextSteps, answers: answers),
                today: today.today, actor: try actor.resolve(in: ws))
            Console.out(
                "Recorded check-in on \(detail.checkIn.on) with \(Counted.text(detail.observations.count, "observation"))"
                    + " and \(Counted.text(detail.checkIn.review.count, "answer"))")
        }
    }
}
