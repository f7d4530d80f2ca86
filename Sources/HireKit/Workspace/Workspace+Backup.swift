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
            for leftover in [path, path + "-journal", path + "-wal", path + "-shm"] { try? FileManager.default.removeItem(atPath: leftover) }
            throw Self.backupFailure(error, path: path)
        }
    }

    /// The time of the newest change recorded in a workspace's audit log.
    public func lastChange() throws -> Date? {
        try writer.read { db in try Date.fetchOne(db, sql: "SELECT max(at) FROM auditEvent") }
    }

    /// Replaces this workspace's contents with a backup. Refuses when the workspace holds changes
    /// newer than the backup's, or while a team server holds the workspace (``ServerLock``),
    /// unless `force`.
    ///
    /// The backup is opened read-only and never changed: no journal mode switch, no file beside it.
    public func restore(from path: String, force: Bool) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw HireError.notFound("no backup at \(path)") }
        if !force, let own = self.path { try ServerLock.requireNoServer(workspace: own) }
        let backup = try Workspace.connectReadOnly(path: path, requireCurrent: false)
        defer { try? backup.writer.close() }
        let backupLast = try backup.lastChange()
        if !force, let current = try lastChange(), let backupLast, current > backupLast {
            let (now, then) = Self.distinctTimes(current, backupLast)
            throw HireError.conflict(
                "the workspace has changes newer than the backup (its last change \(now), the backup's \(then)); restoring would lose them",
                remedy: .forceOverwrite)
        }
        try backup.writer.backup(to: writer)
    }
}

extension Workspace {
    /// A backup that failed, said plainly: SQLite reports a full disk during an online backup
    /// as "not an error".
    static func backupFailure(_ error: any Error, path: String) -> any Error {
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_FULL || Self.isDiskFull(error) {
            return HireError.io("cannot back up to \(path): the disk is full; no backup was written")
        }
        return error
    }

    private static func isDiskFull(_ error: DatabaseError) -> Bool {
        guard error.resultCode == .SQLITE_IOERR else { return false }
        return errno == ENOSPC || (error.message ?? "").localizedCaseInsensitiveContains("disk is full")
    }

    /// Two moments written in UTC to the second, or to the millisecond when the seconds are equal,
    /// so a message comparing them never shows the same time twice.
    static func distinctTimes(_ a: Date, _ b: Date) -> (String, String) {
        let utc = TimeZone(identifier: "UTC")!
        var pattern = DateFormatting.Pattern.second
        if DateFormatting.string(a, pattern, in: utc) == DateFormatting.string(b, pattern, in: utc) { pattern = .millisecond }
        return (DateFormatting.string(a, pattern, in: utc) + " UTC", DateFormatting.string(b, pattern, in: utc) + " UTC")
    }
}
