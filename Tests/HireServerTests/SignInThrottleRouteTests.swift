import Foundation
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: sign-in failures limited per client address")
struct SignInThrottleRouteTests {
    static func browser(_ client: any TestClientProtocol, from address: String) -> Browser {
        var browser = Browser(client)
        browser.headers[HTTPFields.Element.Name("X-Forwarded-For")!] = address
        return browser
    }

    @Test("behind a trusted proxy, 5 failures from one forwarded address lock that address, audited without it")
    func trustedProxy() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.application(trustedProxies: ["127.0.0.1"]).test(.live) { client in
                var attacker = Self.browser(client, from: "203.0.113.9")
                for n in 1...5 { #expect(try await attacker.signIn("nobody\(n)@example.com").status == .unprocessableContent) }
                // Right password, locked address: refused in the same words.
                let locked = try await attacker.signIn("ida@example.com")
                #expect(locked.status == .unprocessableContent && attacker.cookies["hire_session"] == nil)
                // The same account from another address signs in: neither it nor the proxy is locked.
                var colleague = Self.browser(client, from: "198.51.100.4")
                #expect(try await colleague.signIn("ida@example.com").status == .seeOther)
                // A client cannot escape by prepending a forged hop: the proxy's last hop counts.
                var forging = Self.browser(client, from: "198.51.100.77, 203.0.113.9")
                #expect(try await forging.signIn("jo@example.com").status == .unprocessableContent)
            }
            let events = try fixture.workspace.audit.events(as: "owner")
            let details = events.filter { $0.action == AuditAction.signInFailure.rawValue }.compactMap(\.detail)
            #expect(details.contains("client address locked for 15 minutes") && details.contains("client address locked"), "\(details)")
            #expect(!events.contains { ($0.detail ?? "").contains("203.0.113") || ($0.subject ?? "").contains("203.0.113") })
            #expect(!fixture.log.lines.contains { $0.contains("203.0.113") })
        }
    }

    @Test("without a trusted proxy, X-Forwarded-For is ignored: the socket's address is limited")
    func socketAddress() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.application().test(.live) { client in
                var attacker = Self.browser(client, from: "203.0.113.9")
                for n in 1...5 { try await attacker.signIn("nobody\(n)@example.com") }
                var other = Self.browser(client, from: "198.51.100.4")
                #expect(try await other.signIn("ida@example.com").status == .unprocessableContent)
            }
        }
    }

    @Test("an address lock ends after 15 minutes")
    func lockExpires() throws {
        let throttle = SignInAddressThrottle()
        let start = Date()
        for n in 0..<4 { #expect(!throttle.recordFailure("203.0.113.9", now: start.addingTimeInterval(Double(n)))) }
        #expect(throttle.recordFailure("203.0.113.9", now: start.addingTimeInterval(4)))
        #expect(throttle.isLocked("203.0.113.9", now: start.addingTimeInterval(60)))
        #expect(!throttle.isLocked("203.0.113.10", now: start.addingTimeInterval(60)))
        #expect(!throttle.isLocked("203.0.113.9", now: start.addingTimeInterval(4 + 15 * 60 + 1)))
        // Failures spread wider than the window never lock.
        let slow = SignInAddressThrottle()
        for n in 0..<10 { #expect(!slow.recordFailure("198.51.100.1", now: start.addingTimeInterval(Double(n) * 4 * 60))) }
    }
}
