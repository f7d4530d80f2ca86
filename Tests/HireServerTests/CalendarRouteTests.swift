import Foundation
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: a person's calendar address for calendar apps")
struct CalendarRouteTests {
    @Test("a signed-in person makes an address (shown once); it serves their iCalendar without signing in; a new one or off stops the old")
    func subscription() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test(baseURL: "https://hire.example.com") { client in
                var browser = Browser(client)
                #expect(try await browser.signIn("ida@example.com").status == .seeOther)
                #expect(try await browser.get("/account/calendar").status == .ok)
                let page = try await browser.post("/account/calendar", [("action", "new")])
                #expect(page.status == .ok)
                let text = page.body
                let start = try #require(text.range(of: "https://hire.example.com/calendar/"))
                let token = String(text[start.upperBound...].prefix { $0 != "." })
                #expect(token.count > 30)
                let stored = try await fixture.workspace.reader.read { db in try String.fetchAll(db, sql: "SELECT tokenHash FROM calendarSubscription") }
                #expect(stored == [SecretToken.digest(token)])

                let feed = try await client.execute(uri: "/calendar/\(token).ics", method: .get)
                #expect(feed.status == .ok)
                #expect(feed.headers[.contentType]?.hasPrefix("text/calendar") == true)
                let ics = String(buffer: feed.body)
                #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n"))
                #expect(ics.contains("Ann Example"))
                #expect(!fixture.log.lines.joined().contains(token))

                #expect(try await client.execute(uri: "/calendar/nope.ics", method: .get).status == .notFound)
                let again = try await browser.post("/account/calendar", [("action", "new")])
                #expect(again.status == .ok)
                #expect(try await client.execute(uri: "/calendar/\(token).ics", method: .get).status == .notFound)
                #expect(try await browser.post("/account/calendar", [("action", "off")]).status == .ok)
                #expect(try fixture.count("calendarSubscription") == 0)
                let actions = try fixture.workspace.audit.events(as: "owner").map(\.action)
                #expect(actions.filter { $0 == AuditAction.calendarSubscribe.rawValue }.count == 2)
                #expect(actions.contains(AuditAction.calendarUnsubscribe.rawValue))
            }
        }
    }
}
