import Foundation
import GRDB
import HireKit
import HireTestSupport
import Testing

@Suite("API tokens: shown once, kept as digests, revocable, expiring, only as strong as their person")
struct TokenTests {
    @Test("a token acts as its person with the roles they hold now; the workspace keeps only its digest; audited")
    func create() throws {
        try withTemporaryFolder { folder in
            let workspace = try Workspace.create(at: folder.path("hire.sqlite"))
            let person = try workspace.people.add(name: "Rae Four", email: "rae@example.com", title: nil, actor: "owner")
            try workspace.access.change(of: person.personID, grant: [.recruiter], revoke: [], actor: "owner")
            let created = try workspace.tokens.create(for: person.personID, name: "ATS sync", days: 30, actor: "owner")
            #expect(created.secret.hasPrefix("hire_"))
            let stored = try workspace.reader.read { db in try String.fetchAll(db, sql: "SELECT tokenHash FROM apiToken") }
            #expect(stored == [SecretToken.digest(created.secret)])
            let caller = try #require(try workspace.tokens.caller(secret: created.secret))
            #expect(caller.actor.personId == person.id && caller.actor.accessRoles == [.recruiter])
            #expect(try workspace.tokens.caller(secret: created.secret + "x") == nil)
            #expect(try workspace.tokens.caller(secret: created.secret, now: Date().addingTimeInterval(31 * 86_400)) == nil)
            let actions = try workspace.audit.events(as: "owner").map(\.action)
            #expect(actions.contains(AuditAction.tokenCreate.rawValue))
        }
    }

    @Test("revoked, disabled login, retired person: the token stops; only admins manage tokens")
    func stops() throws {
        try withTemporaryFolder { folder in
            let workspace = try Workspace.create(at: folder.path("hire.sqlite"))
            let person = try workspace.people.add(name: "Ida One", email: "ida@example.com", title: nil, actor: "owner")
            let first = try workspace.tokens.create(for: person.personID, name: "one", actor: "owner")
            try workspace.tokens.revoke(first.summary.id, actor: "owner")
            #expect(try workspace.tokens.caller(secret: first.secret) == nil)
            #expect(throws: HireError.self) { try workspace.tokens.revoke(first.summary.id, actor: "owner") }
            let second = try workspace.tokens.create(for: person.personID, name: "two", readOnly: true, actor: "owner")
            #expect(try workspace.tokens.caller(secret: second.secret)?.readOnly == true)
            try workspace.accounts.add(person: person.personID, password: nil, actor: "owner")
            try workspace.accounts.setDisabled(person: person.personID, true, actor: "owner")
            #expect(try workspace.tokens.caller(secret: second.secret) == nil)
            let plain = Actor.person(person.id!, accessRoles: [.interviewer])
            #expect(throws: HireError.self) { try workspace.tokens.create(for: person.personID, name: "mine", actor: plain) }
            #expect(throws: HireError.self) { try workspace.tokens.list(as: plain) }
            #expect(throws: HireError.self) { try workspace.tokens.create(for: person.personID, name: " ", actor: "owner") }
            #expect(throws: HireError.self) { try workspace.tokens.create(for: person.personID, name: "x", days: 0, actor: "owner") }
            #expect(try workspace.tokens.list(as: "owner").map(\.name) == ["two", "one"])
        }
    }
}
