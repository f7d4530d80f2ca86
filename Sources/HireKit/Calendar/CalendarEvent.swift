import Foundation

/// One event of a person's calendar: an interview (timed) or a due date (all day).
public struct CalendarEvent: Sendable, Hashable {
    /// When it happens.
    public enum Time: Sendable, Hashable {
        /// From a start, for a number of minutes.
        case timed(start: Date, minutes: Int)
        /// A whole day.
        case allDay(CalendarDate)
    }

    /// Globally unique and stable for the same thing, so a changed event replaces the old one.
    public var uid: String
    /// How many times it changed.
    public var sequence: Int
    public var time: Time
    public var summary: String
    public var description: String
    public var location: String?
    /// A link to act on it (the scorecard form), when the server's base URL is known.
    public var url: String?
    /// Whether it was cancelled (`STATUS:CANCELLED`).
    public var cancelled: Bool = false
}

/// A person's calendar: the events of ``CalendarService/calendar(person:as:baseURL:today:)``.
public struct PersonCalendar: Sendable, Hashable {
    /// The calendar's name, as subscribers see it.
    public var name: String
    public var events: [CalendarEvent]
}
