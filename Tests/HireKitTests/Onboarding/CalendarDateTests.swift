import Testing
@testable import HireKit

@Suite("Calendar dates and due-date arithmetic")
struct CalendarDateTests {
    func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test("parsing refuses impossible and malformed dates")
    func parsing() {
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2025-02-29") == nil)
        #expect(CalendarDate("1900-02-29") == nil)
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("2026-13-01") == nil)
        #expect(CalendarDate("2026-04-31") == nil)
        #expect(CalendarDate("26-1-1") == nil)
        #expect(CalendarDate("yesterday") == nil)
    }

    @Test("calendar days cross month ends, year ends and leap days")
    func calendarDays() {
        #expect(date("2026-01-31").adding(days: 1) == date("2026-02-01"))
        #expect(date("2024-02-28").adding(days: 1) == date("2024-02-29"))
        #expect(date("2025-02-28").adding(days: 1) == date("2025-03-01"))
        #expect(date("2026-12-31").adding(days: 1) == date("2027-01-01"))
        #expect(date("2024-01-01").adding(days: 366) == date("2025-01-01"))
        #expect(date("2026-03-01").adding(days: -1) == date("2026-02-28"))
        #expect(date("2026-01-01").days(until: date("2026-03-01")) == 59)
        #expect(RampPlanner.dueDate(start: date("2024-01-31"), dueDay: 30, businessDays: false) == date("2024-03-01"))
    }

    @Test("weekdays are right (2026-11-24 is a Tuesday)")
    func weekdays() {
        #expect(date("2026-11-24").weekday == 2)
        #expect(date("2026-11-28").isWeekend)
        #expect(date("1970-01-01").weekday == 4)
        #expect(date("1969-12-28").weekday == 7)
    }

    @Test("business days skip weekends")
    func businessDays() {
        // Friday + 1 business day is Monday; Monday + 5 is the next Monday.
        #expect(date("2026-11-27").adding(businessDays: 1) == date("2026-11-30"))
        #expect(date("2026-11-30").adding(businessDays: 5) == date("2026-12-07"))
        #expect(date("2026-11-24").adding(businessDays: 0) == date("2026-11-24"))
        // A Saturday start counts from the Monday.
        #expect(date("2026-11-28").adding(businessDays: 0) == date("2026-11-30"))
        #expect(date("2026-11-28").adding(businessDays: 1) == date("2026-12-01"))
        // Across a leap-year February end.
        #expect(date("2024-02-28").adding(businessDays: 2) == date("2024-03-01"))
        #expect(RampPlanner.dueDate(start: date("2026-11-27"), dueDay: 10, businessDays: true) == date("2026-12-11"))
    }
}

@Suite("Stored id lists")
struct StoredIDListTests {
    @Test("plain and unusual JSON id lists decode the same way")
    func decodeIDs() {
        #expect(Workspace.decodeIDs("[]") == [])
        #expect(Workspace.decodeIDs(#"["a","b-2"]"#) == ["a", "b-2"])
        #expect(Workspace.decodeIDs(#"[ "a" , "b" ]"#) == ["a", "b"])
        #expect(Workspace.decodeIDs(#"["a\"b"]"#) == ["a\"b"])
        #expect(CalendarDate(" 2026-01-02 ") == CalendarDate(year: 2026, month: 1, day: 2))
        #expect(CalendarDate("2026-01 -02") == nil)
    }
}
