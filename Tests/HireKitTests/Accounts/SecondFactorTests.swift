import Foundation
import GRDB
import Testing
@testable import HireKit

/// Two-step sign-in in the library: enrolment, codes at sign-in, recovery codes, reset.
@Suite("Accounts: two-step sign-in (TOTP secret, recovery codes, reset)")
struct SecondFactorTests {
    /// Codes that depend on the secret and the time step, as a real algorithm's do.
    struct StepCodes: OneTimeCodeAlgorithm {
        func code(secret: String, at date: Date) -> Int {
            (secret.utf8.reduce(0) { $0 &* 31 &+ Int($1) } &+ Int(date.timeIntervalSince1970 / 30)) & 0xFFFFF % 1_000_000
        }
    }

    static let codes = StepCodes()
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func code(_ secret: String, _ date: Date) -> String { String(format: "%06d", codes.code(secret: secret, at: date)) }

    /// Ida (person 1) with two-step sign-in on; the secret and her recovery codes.
    static func enrolled() throws -> (Workspace, String, [String]) {
        let workspace = try AccountTests.workspace()
        let ida = try workspace.access.actor(person: 1)
        let secret = SecondFactorService.newSecret()
        let recovery = try workspace.secondFactors.enrol(person: 1, secret: secret, code: code(secret, now), algorithm: codes, actor: ida, now: now)
        return (workspace, secret, recovery)
    }

    @discardableResult
    func signIn(_ workspace: Workspace, otp: String?, at date: Date) throws -> SignIn {
        try workspace.sessions.signIn(
            email: "ida.lund@example.com", password: AccountTests.password, otp: otp, oneTimeCodes: Self.codes, hashing: AccountTests.fast, now: date)
    }

    @Test("enrolment needs the current code and the person themself; ten recovery codes are kept only as digests; audited")
    func enrol() throws {
        let workspace = try AccountTests.workspace()
        try workspace.people.add(name: "Jo Berg", email: "jo@example.com", title: nil, actor: "hr")
        let ida = try workspace.access.actor(person: 1)
        let secret = SecondFactorService.newSecret()
        #expect(secret.utf8.count == 25 && secret != SecondFactorService.newSecret())
        #expect(throws: HireError.self) {
            try workspace.secondFactors.enrol(person: 1, secret: secret, code: "000000", algorithm: Self.codes, actor: ida, now: Self.now)
        }
        // Nobody turns it on for someone else, not even the workspace owner.
        #expect(throws: HireError.self) {
            try workspace.secondFactors.enrol(
                person: 1, secret: secret, code: Self.code(secret, Self.now), algorithm: Self.codes, actor: try workspace.access.actor(person: 2), now: Self.now)
        }
        #expect(throws: HireError.self) {
            try workspace.secondFactors.enrol(person: 1, secret: secret, code: Self.code(secret, Self.now), algorithm: Self.codes, actor: "owner", now: Self.now)
        }
        #expect(try workspace.secondFactors.status(of: 1).enrolled == false)
        let recovery = try workspace.secondFactors.enrol(
            person: 1, secret: secret, code: Self.code(secret, Self.now), algorithm: Self.codes, actor: ida, now: Self.now)
        #expect(recovery.count == 10 && Set(recovery).count == 10 && recovery.allSatisfy { $0.count == 19 })
        #expect(try workspace.secondFactors.status(of: 1) == (true, 10))
        let stored = try workspace.reader.read { db in try String.fetchAll(db, sql: "SELECT codeHash FROM accountRecoveryCode") }
        #expect(Set(stored) == Set(recovery.map { SecretToken.digest($0.replacingOccurrences(of: "-", with: "")) }))
        #expect(try workspace.accounts.get(person: 1, as: "owner").secondFactor)
        #expect(try workspace.audit.events(as: "owner").map(\.action).contains(AuditAction.secondFactorEnrol.rawValue))
        // Once on, enrolling again is refused.
        #expect(throws: HireError.self) {
            try workspace.secondFactors.enrol(person: 1, secret: secret, code: Self.code(secret, Self.now), algorithm: Self.codes, actor: ida, now: Self.now)
        }
    }

    @Test("sign-in asks for a code after the right password; accepts the current code once, within one step of drift")
    func signInWithCode() throws {
        let (workspace, secret, _) = try Self.enrolled()
        let later = Self.now.addingTimeInterval(300)
        #expect(throws: SecondFactorRequired.self) { try signIn(workspace, otp: nil, at: later) }
        #expect(throws: SecondFactorRequired.self) { try signIn(workspace, otp: "  ", at: later) }
        // A wrong password is refused before any code is asked for.
        #expect(throws: HireError.self) {
            try workspace.sessions.signIn(email: "ida.lund@example.com", password: "wrong password!", hashing: AccountTests.fast, now: later)
        }
        let signedIn = try signIn(workspace, otp: Self.code(secret, later.addingTimeInterval(-30)), at: later)
        #expect(try workspace.sessions.session(id: signedIn.sessionId, now: later)?.personId == 1)
        // The same code (the same step) is not accepted twice, nor an older one.
        #expect(throws: HireError.self) { try signIn(workspace, otp: Self.code(secret, later.addingTimeInterval(-30)), at: later) }
        #expect(throws: HireError.self) { try signIn(workspace, otp: Self.code(secret, later.addingTimeInterval(-60)), at: later) }
        try signIn(workspace, otp: Self.code(secret, later.addingTimeInterval(30)), at: later)
        let events = try workspace.audit.events(as: "owner")
        #expect(events.contains { $0.action == AuditAction.signIn.rawValue && $0.detail == "with a one-time code" })
        #expect(events.contains { $0.action == AuditAction.signInFailure.rawValue && $0.detail == "wrong second factor" })
    }

    @Test("wrong codes count toward the lockout as wrong passwords do")
    func wrongCodesLock() throws {
        let (workspace, secret, _) = try Self.enrolled()
        let later = Self.now.addingTimeInterval(600)
        for _ in 0..<Workspace.lockoutFailures {
            #expect(throws: HireError.self) { try signIn(workspace, otp: "123456", at: later) }
        }
        // Locked: even the right code is refused now.
        #expect(throws: HireError.self) { try signIn(workspace, otp: Self.code(secret, later), at: later) }
        #expect(try workspace.accounts.get(person: 1, as: "owner").status == .locked)
    }

    @Test("a recovery code signs in once, typed in any case with or without dashes, and is audited")
    func recoveryCode() throws {
        let (workspace, _, recovery) = try Self.enrolled()
        let later = Self.now.addingTimeInterval(900)
        try signIn(workspace, otp: " " + recovery[3].uppercased().replacingOccurrences(of: "-", with: "") + " ", at: later)
        #expect(throws: HireError.self) { try signIn(workspace, otp: recovery[3], at: later) }
        #expect(try workspace.secondFactors.status(of: 1).recoveryCodesLeft == 9)
        let events = try workspace.audit.events(as: "owner")
        #expect(events.contains { $0.action == AuditAction.recoveryCodeUse.rawValue && $0.detail == "9 left" })
        #expect(events.contains { $0.action == AuditAction.signIn.rawValue && $0.detail == "with a recovery code" })
    }

    @Test("an admin resets two-step sign-in: it is off, sessions end, the password alone signs in; audited")
    func reset() throws {
        let (workspace, secret, _) = try Self.enrolled()
        let later = Self.now.addingTimeInterval(1200)
        let session = try signIn(workspace, otp: Self.code(secret, later), at: later)
        #expect(throws: HireError.self) { try workspace.secondFactors.reset(person: 1, actor: try workspace.access.actor(person: 1)) }
        #expect(try workspace.secondFactors.reset(person: 1, actor: "owner"))
        #expect(try workspace.sessions.session(id: session.sessionId, now: later) == nil)
        #expect(try workspace.secondFactors.status(of: 1) == (false, 0))
        try signIn(workspace, otp: nil, at: later)
        #expect(try workspace.secondFactors.reset(person: 1, actor: "owner") == false)
        let resets = try workspace.audit.events(as: "owner").filter { $0.action == AuditAction.secondFactorReset.rawValue }
        #expect(resets.map(\.detail) == ["was on", "was off"])
    }
}
