import ArgumentParser
import HireKit

/// `--role`, `--opening`, `--source`, `--from`, `--to`: which candidates a funnel covers.
struct FunnelFilterOptions: ParsableArguments {
    @Option(help: "Only candidates for this role.") var role: String?
    @Option(help: "Only candidates of this opening.") var opening: String?
    @Option(help: "Only candidates from this source.") var source: String?
    @Option(help: ArgumentHelp("Candidates who applied on or after this day.", valueName: "date"), transform: DateArgument.calendarDate) var from: CalendarDate?
    @Option(help: ArgumentHelp("Candidates who applied on or before this day.", valueName: "date"), transform: DateArgument.calendarDate) var to: CalendarDate?

    func validate() throws {
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to).") }
    }

    var filter: FunnelReport.Filter { FunnelReport.Filter(role: role, opening: opening, source: source, from: from, to: to) }
}

/// `--role` and `--outcome`: what a validity report sets against what.
struct ValidityOptions: ParsableArguments {
    @Option(help: "The role.") var role: String
    @Option(help: "The outcome: time-to-ramp, ramped-on-plan, day-90, retained-180, retained-365 or an imported metric.") var outcome: String
}
