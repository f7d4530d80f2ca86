import Foundation

/// Dates and times as Hire writes and reads them: the one place that builds date formatters,
/// each built once per pattern and time zone (building one costs far more than using it).
public enum DateFormatting {
    /// The patterns Hire writes, all in the POSIX locale.
    public enum Pattern: String, Sendable {
        /// `2026-03-02 14:05`
        case minute = "yyyy-MM-dd HH:mm"
        /// `2026-03-02 14:05:09`
        case second = "yyyy-MM-dd HH:mm:ss"
        /// `2026-03-02 14:05:09.123`
        case millisecond = "yyyy-MM-dd HH:mm:ss.SSS"
        /// `Thu, 03 Dec 2026 08:00:00 +0000`, a mail `Date` header (RFC 5322), in UTC only
        case mailUTC = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
    }

    /// `date` written with `pattern` in `timeZone`.
    public static func string(_ date: Date, _ pattern: Pattern, in timeZone: TimeZone) -> String {
        cache.withFormatter(pattern.rawValue, timeZone) { $0.string(from: date) }
    }

    /// `text` read with a `DateFormatter` pattern in `timeZone`, or `nil` if it does not match.
    public static func date(_ text: String, pattern: String, in timeZone: TimeZone) -> Date? {
        cache.withFormatter(pattern, timeZone) { $0.date(from: text) }
    }

    private static let cache = Cache()

    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var formatters: [String: DateFormatter] = [:]

        func withFormatter<T>(_ pattern: String, _ timeZone: TimeZone, _ body: (DateFormatter) -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            let key = pattern + "|" + timeZone.identifier
            if let formatter = formatters[key] { return body(formatter) }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = timeZone
            formatter.dateFormat = pattern
            formatters[key] = formatter
            return body(formatter)
        }
    }
}
