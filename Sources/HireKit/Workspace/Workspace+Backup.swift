import Foundation
import GRDB

extension Workspace {
    /// Writes a consistent copy of the workspace to `path` (mode 0600) with SQLite's online
    /// backup, while other processes may keep writing.
    public func backup(to path: String, actor: Actor) throws {
        try Policy.require(actor, .backup)
        if FileManager.default.fileExists(atPath: path) {
            throw HireError.conflict("\(path) already exists; choose a new file for the backup")
        }
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else { throw HireError.io("cannot create \(path): \(String(cString: strerror(errno)))") }
        close(fd)
        do {
            try writer.write { db in try db.audit(actor, .workspaceBackup) }
            let destination = try DatabaseQueue(path: path, configuration: Self.configuration())
            try writer.backup(to: destination)
            try destination.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try destination.close()
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    /// The time of the newest change recorded in a workspace's audit log.
    public func lastChange() throws -> Date? {
        try writer.read { db in try Date.fetchOne(db, sql: "SELECT max(at) FROM auditEvent") }
    }

    /// Replaces this workspace's contents with a backup. Refuses when the workspace holds changes
    /// newer than the backup's, unless `force`.
    public func restore(from path: String, force: Bool) throws {
        let backup = try Workspace.open(at: path)
        let backupLast = try backup.lastChange()
        if !force, let current = try lastChange(), let backupLast, current > backupLast {
            throw HireError.conflict(
                "the workspace has changes newer than the backup (last change \(current) vs \(backupLast))", remedy: .forceOverwrite)
        }
        try backup.writer.backup(to: writer)
        if let queue = backup.writer as? DatabasePool { try queue.close() }
    }
}
