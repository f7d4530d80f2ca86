import Foundation
import GRDB
import HireTestSupport
import Testing
@testable import HireKit

@Suite("The team server's lock file, and the schema check of a long-running process")
struct ServerLockTests {
    /// A process that stays alive until killed, to stand for a running server.
    static func liveProcess() throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sleep")
        process.arguments = ["60"]
        try process.run()
        return process
    }

    @Test("the lock is a 0600 file holding the pid beside the workspace, removed on release")
    func acquireAndRelease() throws {
        try withTemporaryFolder { folder in
            let path = folder.path("hire.sqlite")
            _ = try Workspace.create(at: path)
            let lock = try ServerLock.acquire(workspace: path)
            #expect(lock.path == path + ".serve-lock")
            let attributes = try FileManager.default.attributesOfItem(atPath: lock.path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            #expect(try String(contentsOfFile: lock.path, encoding: .utf8) == "\(getpid())\n")
            #expect(ServerLock.holder(workspace: path) == getpid())
            lock.release()
            #expect(!FileManager.default.fileExists(atPath: lock.path))
            #expect(ServerLock.holder(workspace: path) == nil)
        }
    }

    @Test("restore refuses while a live process holds the lock, unless forced; a stale lock is ignored")
    func restoreUnderServer() throws {
        try withTemporaryFolder { folder in
            let path = folder.path("hire.sqlite")
            let workspace = try Workspace.create(at: path)
            try workspace.backup(to: folder.path("backup.sqlite"), actor: "t")
            let server = try Self.liveProcess()
            defer { if server.isRunning { server.terminate() } }
            let pid = server.processIdentifier
            _ = try folder.write("hire.sqlite.serve-lock", "\(pid)\n")

            let refusal = #expect(throws: HireError.self) { try workspace.restore(from: folder.path("backup.sqlite"), force: false) }
            #expect(refusal?.kind == .conflict && refusal?.remedy == .stopServer(pid))
            #expect(refusal?.message.contains("team server (process \(pid))") == true)
            // A second server is refused too.
            #expect(throws: HireError.self) { try ServerLock.acquire(workspace: path) }
            try workspace.restore(from: folder.path("backup.sqlite"), force: true)

            server.terminate()
            server.waitUntilExit()
            #expect(ServerLock.holder(workspace: path) == nil)
            try workspace.restore(from: folder.path("backup.sqlite"), force: false)
            let lock = try ServerLock.acquire(workspace: path)
            #expect(ServerLock.holder(workspace: path) == getpid())
            lock.release()
        }
    }

    @Test("a workspace migrated by a newer Hire is noticed by a process that opened it earlier")
    func newerMigration() throws {
        try withTemporaryFolder { folder in
            let path = folder.path("hire.sqlite")
            let workspace = try Workspace.create(at: path)
            #expect(try workspace.isMigratedByNewerHire() == false)
            let other = try DatabaseQueue(path: path)
            try other.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('zz-from-a-newer-hire')") }
            try other.close()
            #expect(try workspace.isMigratedByNewerHire() == true)
        }
    }
}
