import Foundation
import GRDB
import HireTestSupport
import Testing
@testable import HireKit

@Suite("Workspace files, migrations and versioning")
struct WorkspaceTests {
    @Test("a new workspace is readable by its owner only and has every migration")
    func createsPrivateFile() throws {
        try withTemporaryFolder { folder in
            let workspace = try Workspace.create(at: folder.path("w.sqlite"))
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.path("w.sqlite"))
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            #expect(try workspace.appliedMigrations() == WorkspaceMigrations.migrator.migrations)
            let journal = try workspace.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
            #expect(journal == "wal")
        }
    }

    @Test("opening a missing workspace says how to create one")
    func missingWorkspace() throws {
        try withTemporaryFolder { folder in
            #expect(throws: HireError.workspace("no workspace at \(folder.path("none.sqlite"))", remedy: .createWorkspace)) {
                try Workspace.open(at: folder.path("none.sqlite"))
            }
        }
    }

    @Test("a file that is not a database is refused and left byte for byte as it was")
    func notADatabase() throws {
        try withTemporaryFolder { folder in
            let text = "name,email\nsomeone,someone@example.com\n"
            try text.write(toFile: folder.path("notes.sqlite"), atomically: true, encoding: .utf8)
            #expect(throws: HireError.self) { try Workspace.open(at: folder.path("notes.sqlite")) }
            #expect(try String(contentsOfFile: folder.path("notes.sqlite"), encoding: .utf8) == text)
        }
    }

    @Test("another application's SQLite database is refused")
    func foreignDatabase() throws {
        try withTemporaryFolder { folder in
            let queue = try DatabaseQueue(path: folder.path("other.sqlite"))
            try queue.write { db in try db.execute(sql: "CREATE TABLE things(x)") }
            try queue.close()
            #expect(throws: HireError.self) { try Workspace.open(at: folder.path("other.sqlite")) }
        }
    }

    @Test("a workspace written by a newer Hire is refused and not altered")
    func newerWorkspace() throws {
        try withTemporaryFolder { folder in
            _ = try Workspace.create(at: folder.path("new.sqlite"))
            let queue = try DatabaseQueue(path: folder.path("new.sqlite"))
            try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('from-the-future')") }
            try queue.close()
            let before = try Data(contentsOf: folder.url.appendingPathComponent("new.sqlite"))
            #expect(throws: HireError.self) { try Workspace.open(at: folder.path("new.sqlite")) }
            #expect(try Data(contentsOf: folder.url.appendingPathComponent("new.sqlite")) == before)
        }
    }

    @Test("init refuses to overwrite an existing file")
    func createRefusesExisting() throws {
        try withTemporaryFolder { folder in
            try "keep me".write(toFile: folder.path("x.sqlite"), atomically: true, encoding: .utf8)
            #expect(throws: HireError.self) { try Workspace.create(at: folder.path("x.sqlite")) }
            #expect(try String(contentsOfFile: folder.path("x.sqlite"), encoding: .utf8) == "keep me")
        }
    }

    @Test("a changed profile becomes a new version; an identical one is unchanged; candidates keep their version")
    func profileVersioning() throws {
        let workspace = try Workspace.inMemory()
        var profile = try Fixtures.minimalProfile()
        #expect(try workspace.roles.store([(profile, "a.yaml")], actor: "t").map(\.outcome) == [.added])
        let early = try workspace.candidates.add(NewCandidate(name: "Early Applicant", email: "early@example.com", role: "test-role"), actor: "t")
        #expect(try workspace.roles.store([(profile, "a.yaml")], actor: "t").map(\.outcome) == [.unchanged])
        profile.competencies[0].weight = 5
        #expect(try workspace.roles.store([(profile, "a.yaml")], actor: "t").map(\.outcome) == [.newVersion])
        let late = try workspace.candidates.add(NewCandidate(name: "Late Applicant", email: "late@example.com", role: "test-role"), actor: "t")
        #expect(early.roleVersion == 1)
        #expect(late.roleVersion == 2)
        #expect(try workspace.roles.profile("test-role", version: 1).profile.competencies[0].weight == 3)
        #expect(try workspace.roles.profile("test-role").profile.competencies[0].weight == 5)
        #expect(try workspace.roles.versions("test-role").map(\.version) == [1, 2])
        profile.id = "another-role"
        profile.title = "Another"
        _ = try workspace.roles.store([(profile, "b.yaml")], actor: "t")
        #expect(try workspace.roles.ids() == ["another-role", "test-role"])
        #expect(try workspace.roles.ids() == workspace.roles.summaries().map(\.id))
    }

    @Test("the audit log cannot be edited")
    func auditIsAppendOnly() throws {
        let workspace = try Fixtures.workspaceWithRole()
        #expect(throws: DatabaseError.self) {
            try workspace.writer.write { db in try db.execute(sql: "UPDATE auditEvent SET actor = 'someone else'") }
        }
    }

    @Test("the workspace's time zone decides what today is; unknown zones are refused")
    func timeZone() throws {
        let workspace = try Workspace.inMemory()
        #expect(try workspace.settings.timeZone() == TimeZone.current)
        try workspace.settings.setTimeZone("Pacific/Kiritimati", actor: "t")
        #expect(try workspace.settings.timeZone().identifier == "Pacific/Kiritimati")
        #expect(try workspace.settings.today() == CalendarDate.today(in: TimeZone(identifier: "Pacific/Kiritimati")!))
        #expect(throws: HireError.self) { try workspace.settings.setTimeZone("Mars/Base", actor: "t") }
        #expect(try workspace.settings.timeZone().identifier == "Pacific/Kiritimati")
    }
}
