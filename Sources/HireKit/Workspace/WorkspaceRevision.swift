import Foundation
import GRDB

/// Which committed state of the workspace a read saw.
///
/// Two equal revisions of one ``Workspace`` mean that nothing was committed in between, by this
/// process or by any other (the CLI beside the team server), so a value computed after reading
/// a revision is still current while the workspace reads the same revision. The team server
/// keeps pages by it (`ResponseCache`).
///
/// Built on SQLite's `PRAGMA data_version`, which changes whenever *another* connection
/// commits, as seen by the connection that asks: the numbers of two connections do not compare,
/// so a workspace reads every revision on one connection of its own (``RevisionReader``). A
/// workspace on one connection (in memory) sees its own commits there, which leave
/// `data_version` alone, so a revision also counts the rows that connection changed.
public struct WorkspaceRevision: Hashable, Sendable {
    /// SQLite's `data_version` on the revisions' connection.
    let dataVersion: Int64
    /// The rows that connection itself inserted, updated or deleted since it opened.
    let ownChanges: Int
}

extension Workspace {
    /// The revision of the workspace as a read sees it now.
    public func revision() throws -> WorkspaceRevision {
        try revisions.revision()
    }

    /// The revision `db`'s current read transaction sees. The pragma takes the read lock
    /// itself, so it reports the snapshot the rest of the transaction reads.
    static func revision(_ db: Database) throws -> WorkspaceRevision {
        let dataVersion = try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
        return WorkspaceRevision(dataVersion: dataVersion, ownChanges: db.totalChangesCount)
    }
}

/// Reads a workspace's revisions on one connection, so that any two of them compare: a
/// read-only connection of its own for a file shared by a pool of readers (opened on first
/// use), the workspace's only connection otherwise.
final class RevisionReader: @unchecked Sendable {
    private let writer: any DatabaseWriter
    private let path: String?
    private let lock = NSLock()
    private var connection: DatabaseQueue?

    init(writer: any DatabaseWriter, path: String?) {
        self.writer = writer
        self.path = writer is DatabasePool ? path : nil
    }

    func revision() throws -> WorkspaceRevision {
        guard let path else { return try writer.read { db in try Workspace.revision(db) } }
        return try reader(path).read { db in try Workspace.revision(db) }
    }

    private func reader(_ path: String) throws -> DatabaseQueue {
        lock.lock()
        defer { lock.unlock() }
        if let connection { return connection }
        var configuration = Workspace.configuration()
        configuration.readonly = true
        configuration.label = "HireWorkspaceRevisions"
        let opened = try DatabaseQueue(path: path, configuration: configuration)
        connection = opened
        return opened
    }
}
