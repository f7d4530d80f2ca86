import Foundation
import HireKit
import HireTestSupport
import Testing

@Suite("hire binary: hire user reset-2fa")
struct SecondFactorCommandTests {
    typealias Session = ScorecardCommandTests.Session

    /// Codes that depend only on the time step: enough to enrol through the library.
    struct StepCodes: OneTimeCodeAlgorithm {
        func code(secret: String, at date: Date) -> Int { Int(date.timeIntervalSince1970 / 30) % 1_000_000 }
    }

    @Test("hire user reset-2fa turns two-step sign-in off (admins only), ends sessions, shows in user list and the audit")
    func reset() throws {
        try Session.with { session in
            let added = try HireBinary.run(
                ["user", "add", "Ida One", "--password-stdin"] + session.ws, stdin: Data((UserCommandTests.password + "\n").utf8))
            #expect(added.status == 0, "\(added.stderr)")
            try session.ok(["user", "add", "Jo Two"])
            do {
                let workspace = try Workspace.open(at: session.folder.path("w.sqlite"))
                let now = Date()
                let code = String(format: "%06d", StepCodes().code(secret: "", at: now))
                _ = try workspace.secondFactors.enrol(
                    person: 1, secret: SecondFactorService.newSecret(), code: code, algorithm: StepCodes(), actor: try workspace.access.actor(person: 1), now: now)
            }
            #expect(try session.ok(["user", "list"]).stdout.contains(/Ida One.*\bon\s*$/.anchorsMatchLineEndings()))

            let refused = try session.run(["user", "reset-2fa", "Ida One", "--as", "Jo Two"])
            #expect(refused.status != 0 && refused.stderr.contains("(access.grant)"), "\(refused.stderr)")
            let reset = try session.ok(["user", "reset-2fa", "ida@example.com"]).stdout
            #expect(reset.contains("Turned off two-step sign-in for Ida One (person 1)"), "\(reset)")
            #expect(try session.ok(["user", "list"]).stdout.contains(/Ida One.*\boff\s*$/.anchorsMatchLineEndings()))
            let again = try session.ok(["user", "reset-2fa", "1"]).stdout
            #expect(again.contains("had no two-step sign-in"), "\(again)")
            let audit = try session.ok(["audit"]).stdout
            #expect(audit.contains("account.2fa.enrol") && audit.contains("account.2fa.reset"), "\(audit)")
            let unknown = try session.run(["user", "reset-2fa", "Kim Three"])
            #expect(unknown.status != 0 && unknown.stderr.contains("has no account"), "\(unknown.stderr)")
        }
    }
}
