import Foundation
import GRDBSQLite

/// Copies a workspace's write-ahead log into the database file on a thread of its own while
/// an import goes on writing, so the import does not stop for checkpoints (tens of
/// milliseconds each, most of it waiting for the disk) and the one at its end finds little
/// left to copy and sync.
///
/// It runs SQLite's own passive checkpoint on a connection of its own: the import's commits
/// go ahead meanwhile, and durability is what SQLite's checkpoint guarantees. Errors are
/// ignored: a checkpoint that does not happen here happens at the end of the import.
final class BackgroundCheckpointer: @unchecked Sendable {
    private var connection: OpaquePointer?
    private let queue = DispatchQueue(label: "hire-checkpoint", qos: .utility)
    private let lock = NSLock()
    private var scheduled = false
    private let group = DispatchGroup()

    /// Opens a connection of its own to the workspace at `path`; `nil` if it cannot.
    init?(path: String) {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
        guard sqlite3_open_v2(path, &connection, flags, nil) == SQLITE_OK else {
            sqlite3_close(connection)
            return nil
        }
        sqlite3_busy_timeout(connection, 5000)
        // A connection finds the WAL when it first reads; until then it has nothing to checkpoint.
        sqlite3_exec(connection, "SELECT 1 FROM sqlite_schema LIMIT 1", nil, nil, nil)
    }

    /// Asks for a checkpoint of what has been committed so far (one at a time; a request made
    /// while one is waiting to run is the same request).
    func request() {
        lock.lock()
        defer { lock.unlock() }
        guard !scheduled else { return }
        scheduled = true
        queue.async(group: group) { [self] in
            lock.lock()
            scheduled = false
            lock.unlock()
            var frames: Int32 = 0
            var copied: Int32 = 0
            let code = sqlite3_wal_checkpoint_v2(connection, nil, SQLITE_CHECKPOINT_PASSIVE, &frames, &copied)
            Log.import.trace("background checkpoint", metadata: ["code": "\(code)", "walFrames": "\(frames)", "copiedFrames": "\(copied)"])
        }
    }

    /// Waits for the checkpoint under way, if any, and closes the connection.
    func finish() {
        group.wait()
        sqlite3_close(connection)
        connection = nil
    }

    deinit { if connection != nil { finish() } }
}
