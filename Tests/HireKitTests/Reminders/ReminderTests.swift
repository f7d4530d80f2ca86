import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Reminders: what each person owes and tomorrow's interviews, once a day, as RFC 5322 messages")
struct ReminderTests {
    let workspace: Workspace
    let ivan: PersonID
    let zoe: PersonID
    let day = CalendarDate("2026-03-03")!

    init() throws {
        workspace = try Fixtures.workspaceWithRole()
        try workspace.settings.setTimeZone("UTC", actor: "t")
        ivan = try workspace.people.add(name: "Ivan Interviewer", email: "ivan@example.com", title: nil, actor: "t").personID
        zoe = try workspace.people.add(name: "Zoë Ångström-Núñez, Jr.", email: "zoe@example.com", title: nil, actor: "t").personID
        _ = try workspace.candidates.add(NewCandidate(name: "Nina Newhire", email: "nina@example.com", role: "test-role"), actor: "t")
        let utc = TimeZone(identifier: "UTC")!
        try workspace.interviews.schedule(
            candidate: 1, round: "screen", interviewer: ivan, at: CalendarDate("2026-03-02")!.start(in: utc).addingTimeInterval(10 * 3600), actor: "t")
        try workspace.interviews.schedule(
            candidate: 1, round: "panel", interviewer: zoe, at: CalendarDate("2026-03-04")!.start(in: utc).addingTimeInterval(9 * 3600),
            location: "Room 4", actor: "t")
    }

    @Test("one reminder per person: owed items from the owed list, then tomorrow's interviews; links under the base URL")
    func plan() throws {
        let reminders = try workspace.reminders.plan(today: day, as: "t", baseURL: "https://hire.example.com/")
        #expect(reminders.map(\.personId) == [ivan.rawValue, zoe.rawValue])
        let ivanItems = reminders[0].items
        #expect(ivanItems.map(\.section) == [.overdue] && ivanItems[0].text.hasPrefix("screen scorecard for Nina Newhire"))
        #expect(ivanItems[0].link == "https://hire.example.com/interviews/1/scorecard")
        #expect(reminders[1].items.map(\.section) == [.tomorrow] && reminders[1].items[0].text.contains("Room 4"))
        // The owed list is the source: the same scorecard, the same person.
        let owed = try workspace.owed.list(today: day, as: "t")
        #expect(owed.map(\.personId) == [ivan.rawValue])
    }

    @Test("a sent reminder is not planned again that day; a failed one is; opted-out people get none")
    func sentLogAndOptOut() throws {
        let reminder = try #require(try workspace.reminders.plan(today: day, person: ivan, as: "t").first)
        try workspace.reminders.record(reminder, messageId: "<a@x>", outcome: .failed("exited with status 75"), actor: "t")
        #expect(try workspace.reminders.plan(today: day, person: ivan, as: "t").count == 1)
        try workspace.reminders.record(reminder, messageId: "<b@x>", outcome: .sent, actor: "t")
        #expect(try workspace.reminders.plan(today: day, person: ivan, as: "t").isEmpty)
        #expect(try workspace.reminders.plan(today: day.adding(days: 1), person: ivan, as: "t").count == 1)
        try workspace.people.setNotify(zoe, on: false, actor: "t")
        #expect(try !workspace.people.notifies(zoe))
        #expect(try workspace.reminders.plan(today: day, as: "t").isEmpty)
        try workspace.people.setNotify(zoe, on: true, actor: "t")
        #expect(try workspace.reminders.plan(today: day, as: "t").map(\.personId) == [zoe.rawValue])
        // Someone else may not turn Zoë's reminders off.
        let ivanActor = try workspace.access.actor(person: ivan)
        #expect(throws: HireError.self) { try workspace.people.setNotify(zoe, on: false, actor: ivanActor) }
        // The log goes with the candidate.
        _ = try workspace.candidates.erase(1, reason: "asked to be forgotten", actor: "t")
        #expect(try workspace.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reminderSent")! } == 0)
    }

    @Test("the message: encoded words for UTF-8 names, multipart text and HTML in base64, Date and Message-ID")
    func message() throws {
        let reminder = try #require(try workspace.reminders.plan(today: day, person: zoe, as: "t", baseURL: "https://h.example").first)
        let message = ReminderMessage(reminder, from: MailAddress("Hire <hire@example.com>")!, date: Date(timeIntervalSince1970: 1_772_524_800))
        let rendered = message.rendered
        let headers = rendered.components(separatedBy: "\n\n")[0]
        #expect(headers.contains("From: \"Hire\" <hire@example.com>"))
        #expect(headers.contains("To: =?UTF-8?B?") && !headers.contains("Zoë"))
        #expect(headers.contains("Date: Tue, 03 Mar 2026 08:00:00 +0000"))
        #expect(headers.contains("Message-ID: <hire.2026-03-03.") && headers.contains("@example.com>"))
        #expect(headers.contains("Content-Type: multipart/alternative; boundary="))
        for word in headers.split(whereSeparator: { $0 == " " || $0 == "\n" }) where word.hasPrefix("=?") { #expect(word.count <= 75) }
        let ascii = rendered.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii)
        #expect(message.html.contains("<a href=\"https://h.example/interviews/2/scorecard\">"))
        #expect(message.subject == "Hire reminder: 1 interview tomorrow")
        // Decoding the encoded words gives the name back.
        let decoded = MailHeader.encodedWords("Zoë Ångström-Núñez, Jr. and a much longer name to need two words")
            .split(separator: "\n ").map { word -> String in
                let payload = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
                return String(decoding: Data(base64Encoded: String(payload))!, as: UTF8.self)
            }.joined()
        #expect(decoded == "Zoë Ångström-Núñez, Jr. and a much longer name to need two words")
    }

    @Test("a command line splits into words with quotes; a failing program is reported without addresses")
    func sendmail() throws {
        #expect(Sendmail(command: "msmtp --host=127.0.0.1 -t")?.arguments == ["msmtp", "--host=127.0.0.1", "-t"])
        #expect(Sendmail(command: "sh -c 'exit 3'")?.arguments == ["sh", "-c", "exit 3"])
        #expect(Sendmail(command: "  ") == nil && Sendmail(command: "sh -c 'open") == nil)
        let failing = try #require(Sendmail(command: "sh -c 'cat >/dev/null; echo refused zoe@example.com >&2; exit 75'"))
        #expect(failing.send("To: zoe@example.com\n\nhi\n") == .failed("sh exited with status 75: refused (address)"))
        #expect(Sendmail(command: "sh -c 'cat >/dev/null'")!.send("x\n") == .sent)
        #expect(Sendmail(command: "/nonexistent/sendmail")!.send("x\n") == .failed("cannot run /nonexistent/sendmail"))
    }

    @Test("an interview at exactly midnight after today is tomorrow's interview, not also a scorecard owed today")
    func midnight() throws {
        let midnight = day.adding(days: 1).start(in: TimeZone(identifier: "UTC")!)
        try workspace.interviews.schedule(candidate: 1, round: "panel", interviewer: ivan, at: midnight, actor: "t")
        let ivanItems = try workspace.reminders.plan(today: day, as: "t").first { $0.personId == ivan.rawValue }!.items
        #expect(ivanItems.map(\.section) == [.overdue, .tomorrow])
        #expect(try workspace.owed.list(today: day, as: "t").filter { $0.personId == ivan.rawValue && $0.subject == "panel" }.isEmpty)
    }
}

@Suite("The daily reminder time of hire serve --remind-at")
struct ReminderScheduleTests {
    @Test("HH:MM only; the next run is later today or tomorrow, in the workspace's time zone, across daylight saving")
    func next() throws {
        #expect(ReminderSchedule("08:00") == ReminderSchedule("08:00") && ReminderSchedule("8:00") == nil && ReminderSchedule("24:00") == nil)
        #expect(ReminderSchedule("08:60") == nil && ReminderSchedule("0800") == nil)
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        let schedule = try #require(ReminderSchedule("08:00"))
        // 2026-03-28 06:00 UTC is 07:00 in Berlin: later today, 07:00 UTC.
        let morning = Date(timeIntervalSince1970: 1_774_677_600)
        #expect(schedule.next(after: morning, in: berlin) == morning.addingTimeInterval(3600))
        // After 08:00 Berlin time: the next day, which is summer time (08:00 CEST = 06:00 UTC).
        let later = morning.addingTimeInterval(2 * 3600)
        #expect(schedule.next(after: later, in: berlin) == Date(timeIntervalSince1970: 1_774_764_000))
    }
}
