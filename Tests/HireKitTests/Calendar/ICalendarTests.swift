import Foundation
import Testing
@testable import HireKit

@Suite("iCalendar encoding: escaping, folding, CRLF, dates")
struct ICalendarTests {
    @Test("TEXT escapes backslash, semicolon, comma and newlines; other control characters become spaces")
    func escaping() {
        #expect(ICalendar.escape("a,b;c\\d\ne\r\nf\u{7}g") == "a\\,b\\;c\\\\d\\ne\\nf g")
        #expect(ICalendar.escape("Zoë Ångström") == "Zoë Ångström")
    }

    @Test("lines fold at 75 octets, never inside a UTF-8 character, continuation starts with a space, CRLF ends each")
    func folding() {
        let long = "DESCRIPTION:" + String(repeating: "ä€😀x", count: 40)
        let folded = ICalendar.fold(long)
        #expect(folded.hasSuffix("\r\n"))
        // ("\r\n" is one Character in Swift: cut the terminator by octets.)
        let body = String(decoding: folded.utf8.dropLast(2), as: UTF8.self)
        let physical = body.components(separatedBy: "\r\n")
        #expect(physical.count > 1)
        for (index, line) in physical.enumerated() {
            #expect(line.utf8.count <= 75, "line \(index) has \(line.utf8.count) octets")
            if index > 0 { #expect(line.hasPrefix(" ")) }
            // Each physical line is valid UTF-8 on its own: no character was split.
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
        // Unfolding restores the line exactly.
        #expect(body.replacingOccurrences(of: "\r\n ", with: "") == long)
        #expect(ICalendar.fold("SHORT:x") == "SHORT:x\r\n")
        // Exactly 75 octets stays on one line.
        #expect(ICalendar.fold(String(repeating: "a", count: 75)) == String(repeating: "a", count: 75) + "\r\n")
        #expect(ICalendar.fold(String(repeating: "a", count: 76)) == String(repeating: "a", count: 75) + "\r\n a\r\n")
    }

    @Test("a calendar: timed events in UTC with DURATION, all-day events as dates, stable UID, SEQUENCE, STATUS")
    func render() {
        let start = Date(timeIntervalSince1970: 1_796_292_000)  // 2026-12-03T10:00:00Z
        let calendar = PersonCalendar(
            name: "Hire: Tom", events: [
                CalendarEvent(
                    uid: "interview-1@w", sequence: 2, time: .timed(start: start, minutes: 90), summary: "Interview: Lopez, Ana (phone)",
                    description: "line one\nline two", location: "Room 1; floor 2", url: "https://h.example/interviews/1/scorecard",
                    cancelled: true),
                CalendarEvent(uid: "milestone-3@w", sequence: 0, time: .allDay(CalendarDate("2026-12-31")!), summary: "Due", description: "", location: nil, url: nil),
            ])
        let text = ICalendar.render(calendar, stamp: start)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "bare LF")
        for line in ["UID:interview-1@w", "DTSTART:20261203T100000Z", "DURATION:PT1H30M", "SEQUENCE:2", "STATUS:CANCELLED",
            "SUMMARY:Interview: Lopez\\, Ana (phone)", "DESCRIPTION:line one\\nline two", "LOCATION:Room 1\\; floor 2",
            "DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270101", "DTSTAMP:20261203T100000Z"]
        {
            #expect(text.contains("\r\n\(line)\r\n"), "missing \(line)")
        }
        #expect(ICalendar.duration(45) == "PT45M" && ICalendar.duration(60) == "PT1H")
    }
}
