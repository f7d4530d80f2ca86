import Foundation
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: sign-in, sessions, CSRF and security headers")
struct SignInRouteTests {
    @Test("GET /healthz answers ok, with the security headers like every response")
    func health() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var browser = Browser(client)
                for uri in ["/healthz", "/login", "/interviews", "/no-such-page", "/style.css"] {
                    let page = try await browser.get(uri)
                    let headers = page.response.headers
                    #expect(headers[HTTPFields.Element.Name("Content-Security-Policy")!]?.contains("default-src 'none'") == true, "\(uri)")
                    #expect(headers[HTTPFields.Element.Name("Content-Security-Policy")!]?.contains("frame-ancestors 'none'") == true, "\(uri)")
                    #expect(headers[HTTPFields.Element.Name("X-Content-Type-Options")!] == "nosniff", "\(uri)")
                    #expect(headers[HTTPFields.Element.Name("Referrer-Policy")!] == "no-referrer", "\(uri)")
                }
                let health = try await browser.get("/healthz")
                #expect(health.status == .ok && health.body == "ok\n")
                #expect(try await browser.get("/no-such-page").status == .notFound)
            }
        }
    }

    @Test("pages redirect to /login when not signed in")
    func redirects() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var browser = Browser(client)
                for uri in ["/", "/interviews", "/interviews/1/scorecard", "/candidates/1", "/candidates/1/scorecards"] {
                    let page = try await browser.get(uri)
                    #expect(page.status == .seeOther && page.location == "/login", "\(uri)")
                }
            }
        }
    }

    @Test("sign-in sets a new HttpOnly, SameSite=Lax session cookie each time; Secure behind https")
    func sessionCookie() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var browser = Browser(client)
                let login = try await browser.get("/login")
                #expect(login.setCookies.contains { $0.hasPrefix("hire_csrf=") })
                let first = try await browser.signIn("ida@example.com")
                #expect(first.status == .seeOther && first.location == "/interviews")
                let cookie = try #require(first.setCookies.first { $0.hasPrefix("hire_session=") })
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"))
                let firstId = try #require(browser.cookies["hire_session"])
                #expect(try await browser.get("/interviews").status == .ok)
                // Signing in again, even from a browser that has a session, gives a new id.
                try await browser.signIn("ida@example.com")
                #expect(browser.cookies["hire_session"] != nil && browser.cookies["hire_session"] != firstId)
            }
            try await fixture.test(baseURL: "https://hire.example.com") { client in
                var browser = Browser(client)
                let answer = try await browser.signIn("ida@example.com")
                #expect(answer.setCookies.first { $0.hasPrefix("hire_session=") }?.contains("Secure") == true)
            }
        }
    }

    @Test("a wrong password and an unknown email get the same answer; 5 failures lock the account")
    func failuresAndLockout() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var browser = Browser(client)
                let unknown = try await browser.signIn("nobody@example.com")
                let wrong = try await browser.signIn("ida@example.com", password: "not the password")
                #expect(unknown.status == .unprocessableContent && wrong.status == .unprocessableContent)
                let message = { (page: Browser.Page) in page.body.components(separatedBy: "role=\"alert\">").dropFirst().first?.prefix(60) }
                #expect(message(unknown) != nil && message(unknown) == message(wrong))
                for _ in 0..<4 { try await browser.signIn("ida@example.com", password: "not the password") }
                let locked = try await browser.signIn("ida@example.com")
                #expect(locked.status == .unprocessableContent && browser.cookies["hire_session"] == nil)
                // Another account is not affected.
                #expect(try await browser.signIn("jo@example.com").status == .seeOther)
            }
            let failures = try fixture.workspace.audit.events(as: "owner").filter { $0.action == AuditAction.signInFailure.rawValue }
            #expect(failures.count == 7)
        }
    }

    @Test("a form post without the right csrf_token is refused with 403 and writes nothing")
    func csrf() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var browser = Browser(client)
                _ = try await browser.get("/login")
                let noToken = try await browser.post("/login", [("email", "ida@example.com"), ("password", ServerFixture.password)], csrf: "")
                #expect(noToken.status == .forbidden && browser.cookies["hire_session"] == nil)
                let badToken = try await browser.post("/login", [("email", "ida@example.com"), ("password", ServerFixture.password)], csrf: "forged")
                #expect(badToken.status == .forbidden)
                try await browser.signIn("ida@example.com")
                _ = try await browser.get("/interviews/1/scorecard")
                let before = try fixture.count("scorecard")
                let forged = try await browser.post(
                    "/interviews/1/scorecard", [("rating.discovery", "3"), ("rating.grit", "3"), ("recommendation", "yes")], csrf: "forged")
                let after = try fixture.count("scorecard")
                #expect(forged.status == .forbidden && after == before)
                let logout = try await browser.post("/logout", csrf: "forged")
                #expect(logout.status == .forbidden)
                #expect(try await browser.get("/interviews").status == .ok)
            }
        }
    }

    @Test("sign-out and disabling a user end their live sessions at once")
    func sessionsEnd() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var phone = Browser(client)
                var laptop = Browser(client)
                try await phone.signIn("ida@example.com")
                try await laptop.signIn("ida@example.com")
                _ = try await laptop.get("/interviews")
                let out = try await laptop.post("/logout")
                #expect(out.status == .seeOther && out.location == "/login")
                #expect(try await phone.get("/interviews").location == "/login")
                var jo = Browser(client)
                try await jo.signIn("jo@example.com")
                #expect(try await jo.get("/interviews").status == .ok)
                try fixture.workspace.accounts.setDisabled(person: 2, true, actor: "owner")
                #expect(try await jo.get("/interviews").location == "/login")
                #expect(try await jo.signIn("jo@example.com").status == .unprocessableContent)
            }
        }
    }

    @Test("an invitation link sets a password once; the rules are shown next to the field")
    func invite() async throws {
        try await ServerFixture.with { fixture in
            let person = try fixture.workspace.people.add(name: "Lea Nine", email: "lea@example.com", title: nil, actor: "hr")
            let token = try fixture.workspace.accounts.invite(person: PersonID(person.id!), actor: "owner")
            try await fixture.test { client in
                var browser = Browser(client)
                let form = try await browser.get("/invite/\(token)")
                #expect(form.status == .ok && form.body.contains("Lea Nine"))
                let weak = try await browser.post("/invite/\(token)", [("password", "lea nine 12345")])
                #expect(weak.status == .unprocessableContent)
                #expect(weak.body.contains(#"aria-describedby="password-hint password-error""#) && weak.body.contains(#"id="password-error" class="error" role="alert""#))
                let done = try await browser.post("/invite/\(token)", [("password", ServerFixture.password)])
                #expect(done.status == .ok && done.body.contains("Password set"))
                #expect(try await browser.get("/invite/\(token)").status == .notFound)
                #expect(try await browser.signIn("lea@example.com").status == .seeOther)
            }
        }
    }

    @Test("the access log has route patterns, statuses and durations, and nothing personal")
    func accessLog() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var browser = Browser(client)
                try await browser.signIn("ida@example.com", password: "wrong password here")
                try await browser.signIn("ida@example.com")
                _ = try await browser.get("/candidates/1?email=ann@example.org&name=Ann")
                _ = try await browser.get("/interviews/1/scorecard")
            }
            let lines = fixture.log.lines
            #expect(lines.contains { $0.contains("route=/candidates/{id}") && $0.contains("status=200") && $0.contains("duration_ms=") })
            #expect(lines.contains { $0.contains("route=/login") && $0.contains("method=POST") })
            #expect(lines.allSatisfy { $0.contains("request_id=") })
            for secret in ["ann@", "Ann", "ida@", "Ida", "?", "email=", ServerFixture.password, "wrong password", "hire_session"] {
                #expect(!lines.contains { $0.contains(secret) }, "the access log holds \(secret)")
            }
        }
    }
}
