import Foundation

/// The lock file a team server keeps beside the workspace it serves (`hire.sqlite.serve-lock`,
/// mode 0600, holding the server's process id), so that other processes can tell a server is
/// running: restoring a backup under a live server is refused.
///
/// A lock left by a process that no longer runs (a crash, a power cut) is stale and ignored.
public struct ServerLock: Sendable {
    /// The lock file's path.
    public let path: String
    /// The process holding it.
    public let processId: Int32

    /// The lock file beside a workspace.
    public static func path(forWorkspace workspace: String) -> String { workspace + ".serve-lock" }

    /// Takes the lock for this process; fails with ``HireError/Kind/conflict`` (remedy
    /// ``Remedy/stopServer(_:)``) when another live process holds it. A stale lock is replaced.
    public static func acquire(workspace: String) throws -> ServerLock {
        let path = path(forWorkspace: workspace)
        let me = getpid()
        for _ in 0..<2 {
            let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
            if fd >= 0 {
                let text = "\(me)\n"
                let written = text.withCString { write(fd, $0, strlen($0)) }
                close(fd)
                guard written == text.utf8.count else {
                    unlink(path)
                    throw HireError.io("cannot write the server lock \(path)")
                }
                return ServerLock(path: path, processId: me)
            }
            guard errno == EEXIST else { throw HireError.io("cannot create the server lock \(path): \(String(cString: strerror(errno)))") }
            if let holder = holder(workspace: workspace), holder != me { throw serverRunning(holder) }
            unlink(path)  // stale, or our own from an earlier run: replace it
        }
        throw HireError.io("cannot create the server lock \(path)")
    }

    /// The process id of the live server holding the workspace's lock, or `nil` when there is
    /// no lock or it is stale.
    public static func holder(workspace: String) -> Int32? {
        guard let text = try? String(contentsOfFile: path(forWorkspace: workspace), encoding: .utf8),
            let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0
        else { return nil }
        return kill(pid, 0) == 0 || errno == EPERM ? pid : nil
    }

    /// Fails when a live server other than this process holds the workspace's lock.
    public static func requireNoServer(workspace: String) throws {
        if let holder = holder(workspace: workspace), holder != getpid() { throw serverRunning(holder) }
    }

    /// Removes the lock, if it is still this process's.
    public func release() {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) == processId
        else { return }
        unlink(path)
    }

    static func serverRunning(_ pid: Int32) -> HireError {
        HireError.conflict("a team server (process \(pid)) is serving this workspace", remedy: .stopServer(pid))
    }
}
