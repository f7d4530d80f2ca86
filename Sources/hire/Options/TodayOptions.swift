import ArgumentParser
import HireKit

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// `--today`, for commands whose answer depends on the date.
struct TodayOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Act as if today were this date, YYYY-MM-DD (default: today's date here).", valueName: "date"))
    var today: CalendarDate?

    var date: CalendarDate { today ?? .today() }
}
