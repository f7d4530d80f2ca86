import Foundation

/// A day on the calendar, without a time: start dates, due dates, check-in dates.
///
/// Stored and printed as `YYYY-MM-DD`. Arithmetic uses the proleptic Gregorian calendar.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date; `nil` for impossible ones such as 2025-02-29.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (surrounding spaces allowed).
    public init?(_ text: String) {
        var digits: [Int] = []
        digits.reserveCapacity(8)
        var dashes: [Int] = []
        var index = 0
        let trimmed = text.utf8.first == UInt8(ascii: " ") || text.utf8.last == UInt8(ascii: " ") ? text.trimmingCharacters(in: .whitespaces) : text
        for byte in trimmed.utf8 {
            if byte == UInt8(ascii: "-") {
                dashes.append(index)
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(Int(byte - UInt8(ascii: "0")))
            } else {
                return nil
            }
            index += 1
        }
        guard digits.count == 8, dashes == [4, 7] else { return nil }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        self.init(year: year, month: digits[4] * 10 + digits[5], day: digits[6] * 10 + digits[7])
    }

    /// The years a date a person gives may fall in. Anything else is a typo (`9999-12-25`,
    /// `0202-01-01`) that would otherwise be stored and computed with for years.
    public static let plausibleYears = 1900...2200

    /// Parses a date a person gave (an argument, a form field): `YYYY-MM-DD` in ``plausibleYears``.
    public init?(given text: String) {
        guard let date = CalendarDate(text), Self.plausibleYears.contains(date.year) else { return nil }
        self = date
    }

    /// What ``init(given:)`` accepts, in words for an error message.
    public static let givenFormat = "a date YYYY-MM-DD between 1900-01-01 and 2200-12-31"

    /// Today in a time zone (the machine's by default).
    public static func today(in timeZone: TimeZone = .current) -> CalendarDate {
        on(Date(), in: timeZone)
    }

    /// The day `date` falls on in a time zone.
    public static func on(_ date: Date, in timeZone: TimeZone) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (negative before), from Howard Hinnant's `days_from_civil`.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date with a day number, the inverse of ``dayNumber``.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// The date `days` calendar days later (earlier if negative).
    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// Days from this date to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// ISO weekday: 1 Monday ... 7 Sunday.
    public var weekday: Int {
        let value = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (value < 0 ? value + 7 : value) + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    /// The date `days` business days later, skipping Saturdays and Sundays.
    /// Zero business days from a weekend date is the following Monday.
    public func adding(businessDays days: Int) -> CalendarDate {
        var date = self
        while date.isWeekend { date = date.adding(days: 1) }
        var remaining = days
        while remaining > 0 {
            date = date.adding(days: 1)
            if !date.isWeekend { remaining -= 1 }
        }
        return date
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

import GRDB

extension CalendarDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CalendarDate? {
        String.fromDatabaseValue(dbValue).flatMap { CalendarDate($0) }
    }
}
