import Foundation

/// A daily time of day for reminders (`08:00`), in the workspace's time zone.
public struct ReminderSchedule: Sendable, Hashable {
    public var hour: Int
    public var minute: Int

    /// `HH:MM`, 00:00 to 23:59; `nil` otherwise.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }), let hour = Int(parts[0]), let minute = Int(parts[1]),
            (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// The first time after `now` that the clock in `zone` shows this time (on a day that skips
    /// it for daylight saving, the next moment that exists).
    public func next(after now: Date, in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.nextDate(
            after: now, matching: DateComponents(hour: hour, minute: minute, second: 0), matchingPolicy: .nextTime, direction: .forward)!
    }
}
