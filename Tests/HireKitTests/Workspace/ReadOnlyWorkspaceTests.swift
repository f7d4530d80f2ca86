import Foundation
import GRDB
import HireTestSupport
import Testing
@testable import HireKit

@Suite("Workspace files: empty, read-only, and errors without row values")
struct ReadOnlyWorkspaceTests {
    @Test("an empty file or a blank SQLite database is refused by open and left as it was")
    func emptyAndBlankRefused() throws {
        try withTemporaryFolder { folder in
            let empty = try folder.write("e.sqlite", "")
            #expect(throws: HireError.workspace("\(empty) is an empty file, not a Hire workspace; it is left untouched")) { try Workspace.open(at: empty) }
            #expect(throws: HireError.self) { try Workspace.open(at: empty, readOnly: true) }
            #expect(try FileManager.default.attributesOfItem(atPath: empty)[.size] as? Int == 0)

            let blank = folder.path("blank.sqlite")
            try DatabaseQueue(path: blank).write { db in try db.execute(sql: "PRAGMA user_version = 1") }
            let bytes = try Data(contentsOf: URL(fileURLWithPath: blank))
            #expect(throws: HireError.self) { try Workspace.open(at: blank) }
            #expect(try Data(contentsOf: URL(fileURLWithPath: blank)) == bytes)
        }
    }

    @Test("a workspace opened read-only reads, refuses changes, and creates no file beside it, with or without a write-ahead log")
    func readOnlyOpen() throws {
        try withTemporaryFolder { folder in
            let live = try Workspace.create(at: folder.path("live.sqlite"))
            try live.roles.store([(try Fixtures.minimalProfile(), "t.yaml")], actor: "t")
            try live.candidates.add(NewCandidate(name: "Read Only", email: "ro@example.com", role: "test-role"), actor: "t")
            let quiet = folder.path("quiet.sqlite")  // a rollback-journal copy: no -wal beside it
            try live.backup(to: quiet, actor: "t")
            for path in [quiet, folder.path("live.sqlite")] {
                let before = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
                let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                let workspace = try Workspace.open(at: path, readOnly: true)
                #expect(workspace.isReadOnly)
                #expect(try workspace.candidates.list().map(\.email) == ["ro@example.com"])
                do {
                    try workspace.candidates.add(NewCandidate(name: "Refused", email: "no@example.com", role: "test-role"), actor: "t")
                    Issue.record("a read-only workspace accepted a change")
                } catch {
                    let described = try #require(HireError(database: error, workspace: path))
                    #expect(described.message == "the workspace \(path) is read-only: this process may not change it (nothing was changed)")
                }
                try workspace.writer.close()
                let after = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
                #expect(after == before, "\(path)")
                #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
            }
            #expect(!FileManager.default.fileExists(atPath: quiet + "-shm"))
            #expect(try live.candidates.list().count == 1)
        }
    }

    @Test("a value that cannot be decoded is described by its column, never its row")
    func decodingErrorWithoutValues() throws {
        let queue = try DatabaseQueue()
        do {
            _ = try queue.read { db in
                try Row.fetchOne(db, sql: "SELECT 'secret@example.com' AS email, '10000-01-01' AS dueDate")!.decode(CalendarDate.self, forColumn: "dueDate")
            }
            Issue.record("decoded an impossible date")
        } catch {
            #expect(String(describing: error).contains("secret@example.com"))
            let described = try #require(HireError(database: error))
            #expect(described.message.contains("column dueDate"))
            #expect(!described.message.contains("secret"))
            #expect(!described.message.contains("10000"))
        }
    }
}
