import Foundation

/// Copies a workspace's write-ahead log into the database file on a thread of its own while
/// an import goes on writing, so the import does not stop for checkpoints (tens of
/// milliseconds each, most of it waiting for the disk) and the one at its end finds little
/// left to copy and sync.
///
/// It runs SQLite's own passive checkpoint on a connection of its own: the import's commits
/// go ahead meanwhile, and durability is what SQLite's checkpoint guarantees. Errors are
/// ignored: a checkpoint that does not happen here happens at the end of the import.
final class BackgroundCheckpointer: @unchecked Sendable {
    private var connection: RawConnection?
    private let queue = DispatchQueue(label: "hire-checkpoint", qos: .utility)
    private let lock = NSLock()
    private var scheduled = false
    private let group = DispatchGroup()

    /// Opens a connection of its own to the workspace at `path`; `nil` if it cannot.
    init?(path: String) {
        guard let connection = RawConnection(path: path, busyTimeout: 5000) else { return nil }
        self.connection = connection
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
            guard let result = connection?.checkpoint() else { return }
            Log.import.trace(
                "background checkpoint", metadata: ["code": "\(result.code)", "walFrames": "\(result.walFrames)", "copiedFrames": "\(result.copiedFrames)"])
        }
    }

    /// Waits for the checkpoint under way, if any, and closes the connection.
    func finish() {
        group.wait()
        connection?.close()
        connection = nil
    }

    deinit { if connection != nil { finish() } }
}
