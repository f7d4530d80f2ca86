import Foundation
import GRDB

/// A hire whose start lies more than ``Decision/lateStartYears`` years after the decision's day,
/// refused unless a reason is given: usually a typo (`9999-12-25`), whose due dates would sit in
/// every dashboard for years.
public struct LateStartRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// The start date asked for.
    public let start: CalendarDate
    /// The day of the decision.
    public let decidedOn: CalendarDate
    /// The latest start accepted without a reason.
    public let latest: CalendarDate

    public var description: String {
        "the start date \(start) is more than \(Decision.lateStartYears) years after the decision's day \(decidedOn) "
            + "(the latest start without a reason is \(latest)); a start that late needs a reason, kept with the decision"
    }
}

extension Decision {
    /// How many years after the decision a start may lie without a reason.
    public static let lateStartYears = 2

    /// Refuses a start more than ``lateStartYears`` after `decidedOn` unless `reason` is given.
    static func checkLateStart(_ start: CalendarDate, decidedOn: CalendarDate, reason: String?) throws {
        let latest = decidedOn.adding(years: lateStartYears)
        if start > latest && reason == nil {
            throw LateStartRefusal(start: start, decidedOn: decidedOn, latest: latest)
        }
    }

    /// Migration `decisions-v2-late-start`: the reason a hire may start late.
    static func addLateStartReason(_ db: Database) throws {
        try db.alter(table: "decision") { t in t.add(column: "lateStartReason", .text) }
    }
}

extension CalendarDate {
    /// The same day `years` later; 29 February becomes 28 February in a common year.
    func adding(years: Int) -> CalendarDate {
        CalendarDate(year: year + years, month: month, day: day) ?? CalendarDate(year: year + years, month: month, day: day - 1)!
    }
}
