import Foundation
import HireTestSupport
import Testing

/// The issue "Nobody has to remember": calendars, moves and cancellations, reminders, end to end.
@Suite("hire calendar, interview move/cancel, remind and people notify")
struct CalendarRemindCommandTests {
    typealias Shipped = FirstUseCommandTests.Shipped

    static func setUp(_ s: Shipped) throws {
        try s.ok(["settings", "set", "time_zone", "UTC"])
        try s.ok(["people", "add", "Tom Becker", "--email", "tom@example.com"])
        try s.ok(["candidate", "add", "--name", "Ann Able", "--email", "ann@example.com", "--role", "account-executive"])
        try s.ok(["interview", "schedule", "1", "--round", "phone-screen", "--interviewer", "Tom Becker", "--at", "2026-03-02T10:00", "--location", "Room 1"])
    }

    @Test("calendar writes a 0600 .ics; move keeps the UID and bumps SEQUENCE; cancel marks it cancelled and frees the round")
    func calendar() throws {
        try Shipped.with { s in
            try Self.setUp(s)
            let path = s.folder.path("tom.ics")
            try s.ok(["calendar", "Tom Becker", "-o", path, "--base-url", "https://hire.example.com"])
            let first = try String(contentsOfFile: path, encoding: .utf8)
            #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
            #expect(first.contains("LOCATION:Room 1\r\n") && first.contains("SEQUENCE:0\r\n") && first.contains("URL:https://hire.example.com/interviews/1/scorecard\r\n"))
            let uid = try #require(first.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") })
            #expect(try s.ok(["interview", "move", "1", "--at", "2026-03-03T14:00"]).stdout.contains("Moved interview 1"))
            let moved = try s.ok(["calendar", "tom@example.com", "-o", "-"]).stdout
            #expect(moved.contains("\r\n\(uid)\r\n") && moved.contains("SEQUENCE:1\r\n"))
            try s.fails(["interview", "cancel", "1"], saying: "--reason")
            #expect(try s.ok(["interview", "cancel", "1", "--reason", "withdrew"]).stdout.contains("Cancelled interview 1"))
            let cancelled = try s.ok(["calendar", "1", "-o", "-"]).stdout
            #expect(cancelled.contains("\r\n\(uid)\r\n") && cancelled.contains("STATUS:CANCELLED\r\nEND:VEVENT"))
            try s.ok(["interview", "schedule", "1", "--round", "phone-screen", "--interviewer", "Tom Becker"])
            try s.fails(["interview", "move", "1", "--at", "2026-03-04T10:00"], saying: "interview 1 is cancelled")
            let audit = try s.ok(["audit"]).stdout
            #expect(audit.contains("interview.move") && audit.contains("interview.cancel") && !audit.contains("withdrew"))
        }
    }

    @Test("remind prints without --send; sends through the sendmail program once a day; notify --off stops it; exit 4 when none sent")
    func remind() throws {
        try Shipped.with { s in
            try Self.setUp(s)
            let printed = try s.ok(["remind", "--today", "2026-03-03"]).stdout
            #expect(printed.contains("To: Tom Becker <tom@example.com>") && printed.contains("phone-screen scorecard for Ann Able"), "\(printed)")
            try s.fails(["remind", "--today", "2026-03-03", "--send"], saying: "mail_from")
            try s.ok(["settings", "set", "mail_from", "Hire <hire@example.com>"])
            let none = try s.run(["remind", "--today", "2026-03-03", "--send", "--sendmail", "/bin/false"])
            #expect(none.status == 4 && none.stderr.contains("not sent to person 1"), "\(none.stderr)")
            let outbox = s.folder.path("outbox")
            let sink = "sh -c 'cat >> \(outbox)'"
            #expect(try s.ok(["remind", "--today", "2026-03-03", "--send", "--sendmail", sink]).stdout.contains("Sent to Tom Becker (person 1): 1 item."))
            #expect(try s.ok(["remind", "--today", "2026-03-03", "--send", "--sendmail", sink]).stdout == "Nothing to remind.\n")
            let mail = try String(contentsOfFile: outbox, encoding: .utf8)
            #expect(mail.components(separatedBy: "\nMessage-ID: ").count == 2 && mail.contains("To: \"Tom Becker\" <tom@example.com>"))
            try s.ok(["people", "notify", "Tom Becker", "--off"])
            #expect(try s.ok(["remind", "--today", "2026-03-04"]).stdout == "Nothing to remind.\n")
            try s.ok(["people", "notify", "tom@example.com", "--on"])
            #expect(try s.ok(["remind", "--today", "2026-03-04"]).stdout.contains("Overdue:"))
            let help = try s.ok(["remind", "--help"]).stdout
            #expect(help.contains("0 8 * * *") && help.contains("4 messages were due and none could be sent"))
        }
    }

    @Test("serve --remind-at takes a time HH:MM")
    func remindAt() throws {
        try Shipped.with { s in
            let result = try s.run(["serve", "--remind-at", "8am", "--port", "0"])
            #expect(result.status == 64 && result.stderr.contains("--remind-at takes a time HH:MM"), "\(result.stderr)")
        }
    }
}
