import ArgumentParser
import HireKit

/// `--today`, for commands whose answer depends on the date.
struct TodayOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Act as if today were this date, YYYY-MM-DD (default: today's date here).", valueName: "date"), transform: DateArgument.calendarDate)
    var today: CalendarDate?

    /// The `--today` date, else today in the workspace's time zone.
    func date(in workspace: Workspace) throws -> CalendarDate {
        try today ?? workspace.settings.today()
    }
}
