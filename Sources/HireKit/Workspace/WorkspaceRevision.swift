import Foundation
import GRDB

/// Which committed state of the workspace a read saw.
///
/// Two equal revisions mean that nothing was committed in between, by this process or by any
/// other (the CLI beside the team server), so a value computed after reading a revision is
/// still current while the workspace reads the same revision. The team server keeps pages by
/// it (`ResponseCache`).
///
/// Built on SQLite's `PRAGMA data_version`, which changes whenever *another* connection
/// commits, as seen by the connection that asks. The numbers of two connections are not
/// comparable, so a revision names its connection; and since a connection's own commits leave
/// its `data_version` alone (an in-memory workspace reads and writes on one connection), it
/// also counts the rows that connection changed.
public struct WorkspaceRevision: Hashable, Sendable {
    /// The connection the revision was read on, numbered as connections open (``ConnectionNumber``).
    public let connection: Int64
    /// SQLite's `data_version` on that connection.
    let dataVersion: Int64
    /// The rows that connection itself inserted, updated or deleted since it opened.
    let ownChanges: Int
}

extension Workspace {
    /// The revision of the workspace as a read sees it now.
    public func revision() throws -> WorkspaceRevision {
        try writer.read { db in try Self.revision(db) }
    }

    /// The revision `db`'s current read transaction sees. The pragma takes the read lock
    /// itself, so it reports the snapshot the rest of the transaction reads.
    static func revision(_ db: Database) throws -> WorkspaceRevision {
        let statement = try db.cachedStatement(sql: "SELECT \(ConnectionNumber.name)(), data_version FROM pragma_data_version")
        guard let row = try Row.fetchOne(statement) else { throw HireError.workspace("SQLite did not report the data version") }
        return WorkspaceRevision(connection: row[0], dataVersion: row[1], ownChanges: db.totalChangesCount)
    }
}

/// A number for every SQLite connection this process opens, readable in SQL as
/// `hire_connection()`: a revision's `data_version` means something only on its connection.
enum ConnectionNumber {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var last: Int64 = 0

    /// The SQL function's name.
    static let name = "hire_connection"

    /// A SQL function answering the next number, to add to a connection as it opens.
    static func next() -> DatabaseFunction {
        lock.lock()
        last += 1
        let number = last
        lock.unlock()
        return DatabaseFunction(name, argumentCount: 0, pure: true) { _ in number }
    }
}
