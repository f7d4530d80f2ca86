import Foundation
import GRDB
import Testing
@testable import HireKit

/// Accounts, sign-in and sessions as the team server and `hire user` use them.
@Suite("Accounts: passwords, lockout, sessions and invitations")
struct AccountTests {
    static let fast = PasswordHashing(cost: 4)
    static let password = "correct horse battery"

    /// A workspace with Ida (person 1) holding an account with ``password``.
    static func workspace() throws -> Workspace {
        let workspace = try Fixtures.workspaceWithRole()
        try workspace.people.add(name: "Ida Lund", email: "ida.lund@example.com", title: nil, actor: "hr")
        try workspace.accounts.add(person: 1, password: password, hashing: fast, actor: "owner")
        return workspace
    }

    @Test("passwords need 12 characters and must not hold the person's name or email local part")
    func passwordRules() throws {
        let ida = Person(id: 1, name: "Ida Lund", email: "ida.lund@example.com", emailKey: "ida.lund@example.com", createdAt: Date())
        #expect(throws: HireError.self) { try PasswordRules.check("short one", for: ida) }
        #expect(throws: HireError.self) { try PasswordRules.check("my name is IdaLund!", for: ida) }
        #expect(throws: HireError.self) { try PasswordRules.check("lund lund lund lund", for: ida) }
        #expect(throws: HireError.self) { try PasswordRules.check("xx ida.lund xxxxxx", for: ida) }
        try PasswordRules.check(Self.password, for: ida)
    }

    @Test("passwords are stored as bcrypt hashes of cost 12 by default; only admins add accounts")
    func bcryptCost() throws {
        let workspace = try Fixtures.workspaceWithRole()
        try workspace.people.add(name: "Ida Lund", email: "ida.lund@example.com", title: nil, actor: "hr")
        try workspace.people.add(name: "Jo Berg", email: "jo@example.com", title: nil, actor: "hr")
        let jo = try workspace.access.actor(person: 2)
        #expect(throws: HireError.self) { try workspace.accounts.add(person: 1, actor: jo) }
        try workspace.accounts.add(person: 1, password: Self.password, actor: "owner")
        let hash = try workspace.reader.read { db in try String.fetchOne(db, sql: "SELECT passwordHash FROM account")! }
        #expect(hash.hasPrefix("$2b$12$") && !hash.contains(Self.password))
        #expect(PasswordHashing.standard.cost >= 12)
    }

    @Test("sign-in stores only the SHA-256 of the session id and audits the person")
    func signIn() throws {
        let workspace = try Self.workspace()
        let signIn = try workspace.sessions.signIn(email: "IDA.LUND@example.com", password: Self.password, hashing: Self.fast)
        let stored = try workspace.reader.read { db in try String.fetchAll(db, sql: "SELECT idHash FROM accountSession") }
        #expect(stored == [SecretToken.digest(signIn.sessionId)])
        #expect(try workspace.sessions.session(id: signIn.sessionId)?.personId == 1)
        #expect(try workspace.sessions.session(id: SecretToken.digest(signIn.sessionId)) == nil)
        let last = try workspace.audit.events(as: "owner").last!
        #expect(last.action == AuditAction.signIn.rawValue && last.actor == "person 1")
        let again = try workspace.sessions.signIn(email: "ida.lund@example.com", password: Self.password, hashing: Self.fast)
        #expect(again.sessionId != signIn.sessionId)
    }

    @Test("unknown email, wrong password and disabled account get the same answer, and are audited")
    func sameAnswer() throws {
        let workspace = try Self.workspace()
        func message(_ email: String, _ password: String) -> String? {
            let result = Result { try workspace.sessions.signIn(email: email, password: password, hashing: Self.fast) }
            if case .failure(let error) = result { return "\(error)" }
            return nil
        }
        let unknown = message("nobody@example.com", Self.password)
        let wrong = message("ida.lund@example.com", "wrong password here")
        try workspace.accounts.setDisabled(person: 1, true, actor: "owner")
        let disabled = message("ida.lund@example.com", Self.password)
        #expect(unknown != nil && unknown == wrong && wrong == disabled)
        let failures = try workspace.audit.events(as: "owner").filter { $0.action == AuditAction.signInFailure.rawValue }
        #expect(failures.count == 3)
        #expect(failures.allSatisfy { !($0.detail ?? "").contains("nobody") && !($0.subject ?? "").contains("@") })
    }

    @Test("5 failures within 15 minutes lock the account for 15 minutes, even against the right password")
    func lockout() throws {
        let workspace = try Self.workspace()
        let start = Date()
        for minute in 0..<5 {
            #expect(throws: HireError.self) {
                try workspace.sessions.signIn(email: "ida.lund@example.com", password: "wrong password!!", hashing: Self.fast, now: start.addingTimeInterval(Double(minute) * 60))
            }
        }
        #expect(throws: HireError.self) {
            try workspace.sessions.signIn(email: "ida.lund@example.com", password: Self.password, hashing: Self.fast, now: start.addingTimeInterval(6 * 60))
        }
        #expect(try workspace.accounts.list(as: "owner", now: start.addingTimeInterval(6 * 60)).first?.status == .locked)
        let later = start.addingTimeInterval(4 * 60 + 15 * 60 + 1)
        #expect(try workspace.sessions.signIn(email: "ida.lund@example.com", password: Self.password, hashing: Self.fast, now: later).session.personId == 1)
    }

    @Test("sessions end after 8 idle hours or 7 days, and at sign-out or disable, all at once")
    func sessionLifetimes() throws {
        let workspace = try Self.workspace()
        let start = Date()
        let idle = try workspace.sessions.signIn(email: "ida.lund@example.com", password: Self.password, hashing: Self.fast, now: start)
        #expect(try workspace.sessions.session(id: idle.sessionId, now: start.addingTimeInterval(7 * 3600)) != nil)
        #expect(try workspace.sessions.session(id: idle.sessionId, now: start.addingTimeInterval(15 * 3600 + 1)) == nil)
        let busy = try workspace.sessions.signIn(email: "ida.lund@example.com", password: Self.password, hashing: Self.fast, now: start)
        var now = start
        // Used every 6 hours up to an hour before the 7 days are over: alive all along.
        while now.addingTimeInterval(6 * 3600) < start.addingTimeInterval(7 * 86400 - 3600) {
            now += 6 * 3600
            #expect(try workspace.sessions.session(id: busy.sessionId, now: now) != nil)
        }
        #expect(try workspace.sessions.session(id: busy.sessionId, now: start.addingTimeInterval(7 * 86400 + 1)) == nil)
        let a = try workspace.sessions.signIn(email: "ida.lund@example.com", password: Self.password, hashing: Self.fast)
        let b = try workspace.sessions.signIn(email: "ida.lund@example.com", password: Self.password, hashing: Self.fast)
        try workspace.sessions.signOut(sessionId: a.sessionId)
        #expect(try workspace.sessions.session(id: b.sessionId) == nil)
        let c = try workspace.sessions.signIn(email: "ida.lund@example.com", password: Self.password, hashing: Self.fast)
        try workspace.accounts.setDisabled(person: 1, true, actor: "owner")
        #expect(try workspace.sessions.session(id: c.sessionId) == nil)
    }

    @Test("last-seen is written at most every five minutes")
    func touchThrottle() throws {
        let workspace = try Self.workspace()
        let start = Date()
        let signIn = try workspace.sessions.signIn(email: "ida.lund@example.com", password: Self.password, hashing: Self.fast, now: start)
        func lastSeen() throws -> Date { try workspace.reader.read { db in try Date.fetchOne(db, sql: "SELECT lastSeenAt FROM accountSession")! } }
        _ = try workspace.sessions.session(id: signIn.sessionId, now: start.addingTimeInterval(60))
        #expect(abs(try lastSeen().timeIntervalSince(start)) < 1)
        _ = try workspace.sessions.session(id: signIn.sessionId, now: start.addingTimeInterval(301))
        #expect(abs(try lastSeen().timeIntervalSince(start.addingTimeInterval(301))) < 1)
    }

    @Test("an invitation is single-use, valid 72 hours, and checks the password rules")
    func invitation() throws {
        let workspace = try Fixtures.workspaceWithRole()
        try workspace.people.add(name: "Ida Lund", email: "ida.lund@example.com", title: nil, actor: "hr")
        let start = Date()
        let token = try workspace.accounts.invite(person: try workspace.personID("ida.lund@example.com"), actor: "owner", now: start)
        #expect(try workspace.accounts.list(as: "owner").first?.status == .invited)
        #expect(try workspace.reader.read { db in try String.fetchOne(db, sql: "SELECT tokenHash FROM accountInvite") } == SecretToken.digest(token))
        #expect(throws: HireError.self) { try workspace.accounts.invitedPerson(token: token, now: start.addingTimeInterval(72 * 3600 + 1)) }
        #expect(throws: HireError.self) { try workspace.accounts.acceptInvite(token: token, password: "ida lund 12345", hashing: Self.fast, now: start) }
        #expect(try workspace.accounts.acceptInvite(token: token, password: Self.password, hashing: Self.fast, now: start).id == 1)
        #expect(throws: HireError.self) { try workspace.accounts.acceptInvite(token: token, password: Self.password, hashing: Self.fast, now: start) }
        #expect(try workspace.sessions.signIn(email: "ida.lund@example.com", password: Self.password, hashing: Self.fast).session.personId == 1)
    }

    @Test("account rows go with the person's rows (cascade)")
    func cascade() throws {
        let workspace = try Self.workspace()
        _ = try workspace.sessions.signIn(email: "ida.lund@example.com", password: Self.password, hashing: Self.fast)
        try workspace.writer.write { db in try db.execute(sql: "DELETE FROM person WHERE id = 1") }
        let left = try workspace.reader.read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM account) + (SELECT count(*) FROM accountSession) + (SELECT count(*) FROM accountInvite)")!
        }
        #expect(left == 0)
    }
}
