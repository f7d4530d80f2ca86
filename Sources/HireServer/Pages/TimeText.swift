import Foundation

/// Dates as the pages show them, in the workspace's time zone.
enum TimeText {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Tue 1 Dec 2026, 09:30": the pattern `EEE d MMM yyyy, HH:mm` in English, from the
    /// Gregorian calendar's fields (a `DateFormatter` made per date cost a tenth of a page).
    static func timestamp(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute], from: date)
        let (weekday, day, month, year) = (parts.weekday ?? 1, parts.day ?? 1, parts.month ?? 1, parts.year ?? 1)
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(weekdays[weekday - 1]) \(day) \(months[month - 1]) \(padded(year, 4)), \(padded(parts.hour ?? 0, 2)):\(padded(parts.minute ?? 0, 2))"
    }
}
