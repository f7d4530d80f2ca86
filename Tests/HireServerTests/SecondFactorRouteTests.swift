import Foundation
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: two-step sign-in (TOTP), enrolment without JavaScript, --require-2fa")
struct SecondFactorRouteTests {
    static let totp = AuthenticatorTOTP()

    @Test("codes match the RFC 6238 SHA-1 test vectors (last 6 digits), with the RFC's ASCII secret as the key")
    func rfc6238() {
        let secret = "12345678901234567890"
        let vectors: [(TimeInterval, Int)] = [
            (59, 94_287_082), (1_111_111_109, 7_081_804), (1_111_111_111, 14_050_471), (1_234_567_890, 89_005_924),
            (2_000_000_000, 69_279_037), (20_000_000_000, 65_353_130),
        ]
        for (time, expected) in vectors {
            #expect(Self.totp.code(secret: secret, at: Date(timeIntervalSince1970: time)) == expected % 1_000_000, "\(time)")
        }
    }

    @Test("the otpauth link and the key shown as text carry the base32 of the very bytes that key the codes, with the app defaults")
    func authenticatorAgrees() throws {
        for _ in 0..<20 {
            let secret = SecondFactorService.newSecret()
            let text = Self.totp.base32Secret(secret)
            #expect(text.count == 40 && text.allSatisfy { "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".contains($0) }, "\(text)")
            #expect(try #require(Self.base32Decode(text)) == Array(secret.utf8))
            let link = Self.totp.authenticatorURL(secret: secret, label: "Hire:person 1", issuer: "Hire")
            #expect(link.hasPrefix("otpauth://totp/Hire:person%201?secret=\(text)&issuer=Hire"), "\(link)")
            // No digits, algorithm or period: the apps' defaults (6, SHA1, 30) are the ones used.
            #expect(!link.contains("digits=") && !link.contains("algorithm=") && !link.contains("period="))
        }
        // An app keyed with the RFC secret's base32 computes the RFC's codes.
        #expect(Self.totp.base32Secret("12345678901234567890") == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
    }

    @Test("an interviewer turns on two-step sign-in: key as text and link, a wrong code refused with nothing stored, recovery codes shown once")
    func enrolAndSignIn() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var browser = Browser(client)
                try await browser.signIn("ida@example.com")
                let page = try await browser.get("/account/two-factor")
                #expect(page.status == .ok && page.body.contains("otpauth://totp/"), "\(page.body)")
                let secret = try Self.secret(page.body)
                let wrong = try await browser.post("/account/two-factor", [("secret", Self.hex(secret)), ("otp", "000000")])
                #expect(wrong.status == .unprocessableContent && wrong.body.contains("id=\"otp-error\""))
                #expect(try fixture.count("accountSecondFactor") == 0)
                let code = Self.code(secret, fixture.now)
                let done = try await browser.post("/account/two-factor", [("secret", Self.hex(secret)), ("otp", code)])
                #expect(done.status == .ok, "\(done.body)")
                let recovery = done.body.matches(of: /<li><code>([a-z0-9-]{19})<\/code><\/li>/).map { String($0.1) }
                #expect(recovery.count == 10)
                #expect(try await browser.get("/account/two-factor").body.contains("Recovery codes left: 10"))
                try await Self.signOut(&browser)

                // The password alone now leads to the code step; the code field is `otp`.
                fixture.now = fixture.now.addingTimeInterval(30)
                let step = try await browser.signIn("ida@example.com")
                #expect(step.status == .ok && step.body.contains("name=\"otp\"") && browser.cookies["hire_session"] == nil, "\(step.body)")
                // A wrong code is refused as a wrong password is: the same page and words.
                let refused = try await browser.post("/login", [("email", "ida@example.com"), ("password", ServerFixture.password), ("otp", "999999")])
                let badPassword = try await browser.post("/login", [("email", "ida@example.com"), ("password", "not the password")])
                #expect(refused.status == badPassword.status && refused.status == .unprocessableContent)
                #expect(refused.body == badPassword.body)
                #expect(browser.cookies["hire_session"] == nil)
                _ = try await browser.get("/login")
                let signedIn = try await browser.post(
                    "/login", [("email", "ida@example.com"), ("password", ServerFixture.password), ("otp", Self.code(secret, fixture.now))])
                #expect(signedIn.status == .seeOther && signedIn.location == "/interviews" && browser.cookies["hire_session"] != nil)
                try await Self.signOut(&browser)
                // A recovery code signs in once.
                _ = try await browser.get("/login")
                let withRecovery = try await browser.post("/login", [("email", "ida@example.com"), ("password", ServerFixture.password), ("otp", recovery[0])])
                #expect(withRecovery.status == .seeOther)
                try await Self.signOut(&browser)
                _ = try await browser.get("/login")
                let again = try await browser.post("/login", [("email", "ida@example.com"), ("password", ServerFixture.password), ("otp", recovery[0])])
                #expect(again.status == .unprocessableContent)
            }
        }
    }

    @Test("--require-2fa: an admin or recruiter is sent to enrolment from every page until enrolled; an interviewer is not")
    func required() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test(requireSecondFactor: true) { client in
                var interviewer = Browser(client)
                try await interviewer.signIn("ida@example.com")
                #expect(try await interviewer.get("/interviews").status == .ok)

                for email in ["rae@example.com", "ada@example.com"] {
                    var browser = Browser(client)
                    try await browser.signIn(email)
                    for uri in ["/", "/interviews", "/candidates/1", "/candidates/1/scorecards", "/interviews/1/scorecard"] {
                        let page = try await browser.get(uri)
                        #expect(page.status == .seeOther && page.location == "/account/two-factor", "\(email) \(uri)")
                    }
                    let page = try await browser.get("/account/two-factor")
                    let posted = try await browser.post("/interviews/1/scorecard", [("recommendation", "yes")])
                    #expect(posted.status == .seeOther && posted.location == "/account/two-factor", "\(posted.status)")
                    #expect(page.status == .ok && page.body.contains("needs two-step sign-in"))
                    let secret = try Self.secret(page.body)
                    let done = try await browser.post("/account/two-factor", [("secret", Self.hex(secret)), ("otp", Self.code(secret, fixture.now))])
                    #expect(done.status == .ok)
                    #expect(try await browser.get("/interviews").status == .ok, "\(email)")
                    #expect(try await browser.get("/healthz").status == .ok)
                }
            }
        }
    }

    /// Signs out with the session's token (read from a page first).
    static func signOut(_ browser: inout Browser) async throws {
        _ = try await browser.get("/account/two-factor")
        let out = try await browser.post("/logout")
        #expect(out.status == .seeOther && out.location == "/login" && browser.cookies["hire_session"] == nil)
    }

    // MARK: - An authenticator app, as the tests play it

    /// The key shown as text on the enrolment page, decoded from base32 as an app does.
    static func secret(_ body: String) throws -> String {
        let text = try #require(body.firstMatch(of: /<code id="secret" class="secret">([A-Z2-7 ]+)<\/code>/)).1
        let bytes = try #require(base32Decode(text.replacingOccurrences(of: " ", with: "")))
        return String(decoding: bytes, as: UTF8.self)
    }

    static func code(_ secret: String, _ date: Date) -> String { String(format: "%06d", totp.code(secret: secret, at: date)) }

    static func hex(_ secret: String) -> String { secret.utf8.map { String(format: "%02x", $0) }.joined() }

    /// RFC 4648 base32 without padding.
    static func base32Decode(_ text: String) -> [UInt8]? {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var (buffer, bits, out) = (0, 0, [UInt8]())
        for character in text {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            buffer = (buffer << 5) | value
            bits += 5
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((buffer >> bits) & 0xFF))
            }
        }
        return out
    }
}
