import Foundation
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: admins' users and settings pages")
struct AdminRouteTests {
    static let pages = ["/admin/users", "/admin/settings"]

    @Test("admins only: others are refused with 403 and write nothing; not signed in goes to /login")
    func routeMatrix() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var anonymous = Browser(client)
                try await anonymous.expectSignInRequired(Self.pages)
                for person in ServerFixture.people {
                    let short = String(person.email.prefix { $0 != "@" })
                    var browser = Browser(client)
                    try await browser.signIn(person.email)
                    for uri in Self.pages {
                        #expect(try await browser.get(uri).status == (short == "ada" ? .ok : .forbidden), "\(short) \(uri)")
                    }
                    let navigation = try await browser.get("/interviews").body
                    #expect(navigation.contains(#"href="/admin/users""#) == (short == "ada"), "\(short)")
                    if short != "ada" {
                        #expect(try await browser.post("/admin/users/1/disable").status == .forbidden, "\(short)")
                        #expect(try await browser.post("/admin/settings", [("scorecard_due_hours", "48")]).status == .forbidden, "\(short)")
                        #expect(try await browser.post("/admin/users/invite", [("person", "1")]).status == .forbidden, "\(short)")
                    }
                }
            }
            #expect(try fixture.workspace.settings.scorecardDueHours() == 24)
            #expect(try fixture.workspace.accounts.get(person: 1, as: "owner").status == .active)
        }
    }

    @Test("disable ends the person's sessions at once; enable lets them in again; audited as the admin")
    func disableAndEnable() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var ida = Browser(client)
                try await ida.signIn("ida@example.com")
                #expect(try await ida.get("/interviews").status == .ok)
                var ada = Browser(client)
                try await ada.signIn("ada@example.com")
                let users = try await ada.get("/admin/users")
                #expect(users.body.contains("ida@example.com") && users.body.contains(#"id="disable-1""#) && !users.body.contains(#"id="disable-6""#))
                #expect(try await ada.post("/admin/users/1/disable").location == "/admin/users")
                #expect(try await ida.get("/interviews").location == "/login")
                #expect(try await ada.get("/admin/users").body.contains(#"id="enable-1""#))
                #expect(try await ada.post("/admin/users/1/enable").status == .seeOther)
                var again = Browser(client)
                #expect(try await again.signIn("ida@example.com").location == "/interviews")
                let events = try fixture.workspace.audit.events(as: "owner")
                #expect(events.contains { $0.action == AuditAction.accountDisable.rawValue && $0.actor == "person 6" })
            }
        }
    }

    @Test("invite shows a single-use sign-up link once; the link works")
    func invite() async throws {
        try await ServerFixture.with { fixture in
            let zed = try fixture.workspace.people.add(name: "Zed Nine", email: "zed@example.com", title: nil, actor: "hr")
            try await fixture.test { client in
                var ada = Browser(client)
                try await ada.signIn("ada@example.com")
                let users = try await ada.get("/admin/users")
                #expect(users.body.contains(#"<option value="\#(zed.id!)">Zed Nine</option>"#) && !users.body.contains(#"<option value="1">"#))
                let none = try await ada.post("/admin/users/invite", [("person", "")])
                #expect(none.status == .unprocessableContent && none.body.contains(#"id="invite-error""#))
                let invited = try await ada.post("/admin/users/invite", [("person", "\(zed.id!)")])
                let range = try #require(invited.body.range(of: #"/invite/[A-Za-z0-9_-]+"#, options: .regularExpression))
                var newcomer = Browser(client)
                #expect(try await newcomer.get(String(invited.body[range])).status == .ok)
            }
        }
    }

    @Test("settings: refusals by their field with what was typed kept; a valid change is stored")
    func settings() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var ada = Browser(client)
                try await ada.signIn("ada@example.com")
                _ = try await ada.get("/admin/settings")
                let refused = try await ada.post("/admin/settings", [("scorecard_due_hours", "0"), ("time_zone", "Mars/Base")])
                #expect(refused.status == .unprocessableContent && refused.body.contains(#"id="due-error" class="error""#))
                #expect(refused.body.contains(#"id="time_zone-error" class="error""#) && refused.body.contains(#"value="Mars/Base""#))
                let saved = try await ada.post("/admin/settings", [("scorecard_due_hours", "48"), ("hr_contact", "4")])
                #expect(saved.status == .seeOther && saved.location == "/admin/settings")
                #expect(try fixture.workspace.settings.scorecardDueHours() == 48 && fixture.workspace.settings.hrContact() == 4)
            }
        }
    }
}
