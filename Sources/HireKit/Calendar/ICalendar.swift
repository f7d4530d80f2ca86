import Foundation

/// Writes iCalendar (RFC 5545): content lines escaped, folded at 75 octets on UTF-8 character
/// boundaries and ended with CRLF; times in UTC, all-day events as dates.
public enum ICalendar {
    /// The `PRODID` of every calendar Hire writes.
    public static let productID = "-//Hire//Hire Calendar//EN"

    /// The calendar as an iCalendar text; `stamp` is the `DTSTAMP` of every event.
    public static func render(_ calendar: PersonCalendar, stamp: Date = Date()) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productID)", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:\(escape(calendar.name))",
        ]
        for event in calendar.events {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:\(escape(event.uid))")
            lines.append("DTSTAMP:\(utc(stamp))")
            switch event.time {
            case .timed(let start, let minutes):
                lines.append("DTSTART:\(utc(start))")
                lines.append("DURATION:\(duration(minutes))")
            case .allDay(let day):
                lines.append("DTSTART;VALUE=DATE:\(date(day))")
                lines.append("DTEND;VALUE=DATE:\(date(day.adding(days: 1)))")
                lines.append("TRANSP:TRANSPARENT")
            }
            lines.append("SEQUENCE:\(event.sequence)")
            lines.append("SUMMARY:\(escape(event.summary))")
            if !event.description.isEmpty { lines.append("DESCRIPTION:\(escape(event.description))") }
            if let location = event.location { lines.append("LOCATION:\(escape(location))") }
            if let url = event.url { lines.append("URL:\(url)") }
            lines.append("STATUS:\(event.cancelled ? "CANCELLED" : "CONFIRMED")")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined()
    }

    /// A TEXT value escaped: backslash, semicolon, comma and newlines (RFC 5545 3.3.11); other
    /// control characters, which no TEXT value may hold, become spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r": out += "\\n"
            case _ where scalar.properties.generalCategory == .control && scalar != "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line folded so no physical line exceeds 75 octets (without its CRLF), never
    /// inside a UTF-8 character; continuation lines start with a space. Ends with CRLF.
    public static func fold(_ line: String) -> String {
        var out = ""
        var width = 0
        for scalar in line.unicodeScalars {
            let octets = UTF8.width(scalar)
            if width + octets > 75 {
                out += "\r\n "
                width = 1
            }
            out.unicodeScalars.append(scalar)
            width += octets
        }
        return out + "\r\n"
    }

    /// A UTC date-time, `20261203T140000Z`.
    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!)
    }

    /// A DURATION value, `PT1H30M`.
    static func duration(_ minutes: Int) -> String {
        let (hours, rest) = (minutes / 60, minutes % 60)
        return "PT" + (hours > 0 ? "\(hours)H" : "") + (rest > 0 || hours == 0 ? "\(rest)M" : "")
    }

    /// A DATE value, `20261203`.
    static func date(_ day: CalendarDate) -> String {
        String(format: "%04d%02d%02d", day.year, day.month, day.day)
    }
}
