import Foundation
import HireTestSupport
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite("hire binary: logins for the team server, and hire serve")
struct UserCommandTests {
    typealias Session = ScorecardCommandTests.Session
    static let password = "correct horse battery"

    func run(_ session: Session, _ arguments: [String], stdin: String? = nil) throws -> HireBinary.Result {
        try HireBinary.run(arguments + session.ws, stdin: stdin.map { Data($0.utf8) })
    }

    @Test("hire user add grants access roles and sets a password from stdin; weak passwords are refused")
    func add() throws {
        try Session.with { session in
            let weak = try run(session, ["user", "add", "Ida One", "--password-stdin"], stdin: "ida one 12345\n")
            #expect(weak.status != 0 && weak.stderr.contains("must not contain your name or email"), "\(weak.stderr)")
            let short = try run(session, ["user", "add", "Ida One", "--password-stdin"], stdin: "short\n")
            #expect(short.status != 0 && short.stderr.contains("at least 12 characters"), "\(short.stderr)")
            let added = try run(session, ["user", "add", "Ida One", "--grant", "recruiter", "--password-stdin"], stdin: Self.password + "\n")
            #expect(added.status == 0 && added.stdout.contains("recruiter, interviewer"), "\(added.stderr)")
            let list = try session.ok(["user", "list"]).stdout
            #expect(list.contains("Ida One") && list.contains("active") && list.contains("never"), "\(list)")
            let again = try run(session, ["user", "add", "1"])
            #expect(again.status != 0 && again.stderr.contains("already has an account"))
            let refused = try run(session, ["user", "add", "Jo Two", "--as", "Ida One"])
            #expect(refused.status != 0 && refused.stderr.contains("(access.grant)"), "\(refused.stderr)")
        }
    }

    @Test("hire user invite prints a sign-up link on --base-url; disable, enable and reset change the status")
    func inviteDisableReset() throws {
        try Session.with { session in
            let link = try session.ok(["user", "invite", "jo@example.com", "--base-url", "https://hire.example.com/"]).stdout
            #expect(link.hasPrefix("https://hire.example.com/invite/") && link.trimmingCharacters(in: .newlines).count > 60, "\(link)")
            let local = try session.ok(["user", "invite", "Jo Two"]).stdout
            #expect(local.hasPrefix("http://127.0.0.1:8080/invite/"))
            #expect(try session.ok(["user", "list"]).stdout.contains("invited"))
            try session.ok(["user", "disable", "Jo Two"])
            #expect(try session.ok(["user", "list", "--format", "json"]).stdout.contains("\"disabled\""))
            try session.ok(["user", "enable", "Jo Two"])
            let reset = try run(session, ["user", "reset", "Jo Two", "--password-stdin"], stdin: Self.password + "\n")
            #expect(reset.status == 0, "\(reset.stderr)")
            #expect(try session.ok(["user", "list"]).stdout.contains("active"))
            let cleared = try session.ok(["user", "reset", "Jo Two"]).stdout
            #expect(cleared.contains("/invite/"))
            let audit = try session.ok(["audit"]).stdout
            #expect(audit.contains("account.invite") && audit.contains("account.disable") && audit.contains("account.reset"), "\(audit)")
        }
    }

    @Test("hire serve answers /healthz while the CLI writes the same workspace, and stops cleanly on SIGTERM")
    func serve() async throws {
        try await Session.with { session in
            let port = Int.random(in: 20000..<40000)
            let process = Process()
            process.executableURL = HireBinary.url
            process.arguments = ["serve", "--port", "\(port)"] + session.ws
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            defer { if process.isRunning { process.terminate() } }
            var healthy = false
            for _ in 0..<100 where !healthy {
                try await Task.sleep(for: .milliseconds(100))
                let url = URL(string: "http://127.0.0.1:\(port)/healthz")!
                if let (data, _) = try? await URLSession.shared.data(from: url) { healthy = String(decoding: data, as: UTF8.self) == "ok\n" }
            }
            #expect(healthy)
            try session.ok(["people", "add", "Lea Nine", "--email", "lea@example.com"])
            #expect(try session.ok(["people", "list"]).stdout.contains("Lea Nine"))
            kill(process.processIdentifier, SIGTERM)
            for _ in 0..<100 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
            #expect(!process.isRunning && process.terminationStatus == 0)
        }
    }
}
