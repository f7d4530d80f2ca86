import Foundation
import HireKit
import NIOCore

/// Page and API bodies kept until the workspace changes.
///
/// A slate of 1,000 candidates takes a tenth of a second to compute and render, My interviews
/// a few milliseconds, and people reload the same page while nothing changes. A body is kept
/// under what it was made for (the viewer and their session, the request's path and query, the
/// minute, since pages say "3 h since the interview") with the ``WorkspaceRevision`` read
/// before it was made, and is served again only while the workspace reads that revision:
/// whoever changes the file (this server or the CLI beside it), the next request makes the
/// body again. Only successful answers are kept, so a hit was allowed for the same person in
/// the same state of the workspace.
///
/// A revision belongs to one SQLite connection, and requests land on any of the pool's
/// readers; a body made again on another connection that comes out the same is kept for both
/// revisions. Bounded in bytes; the least recently used body goes first.
final class ResponseCache: @unchecked Sendable {
    /// What a body was made for.
    struct Key: Hashable {
        /// Whose view: the library's actor, and the session for pages (its CSRF token is in them).
        var viewer: Actor
        var session: String?
        /// The request's path and query.
        var target: String
        /// Minutes since 1970, for pages that show times relative to now.
        var minute: Int64
    }

    private struct Entry {
        var body: ByteBuffer
        /// The revision each connection last read with this body current.
        var revisions: [Int64: WorkspaceRevision]
        var lastUsed: UInt64
    }

    /// The most bytes kept (a 1,000-candidate slate page is about 650 KB).
    let capacity: Int
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    private var bytes = 0
    private var clock: UInt64 = 0

    init(capacity: Int = 32 << 20) {
        self.capacity = capacity
    }

    /// The body kept for `key` if it is current at `revision`.
    func body(for key: Key, at revision: WorkspaceRevision) -> ByteBuffer? {
        lock.lock()
        defer { lock.unlock() }
        guard var entry = entries[key], entry.revisions[revision.connection] == revision else { return nil }
        clock += 1
        entry.lastUsed = clock
        entries[key] = entry
        return entry.body
    }

    /// Keeps `body`, made for `key` after reading `revision`.
    func keep(_ body: ByteBuffer, for key: Key, madeAt revision: WorkspaceRevision) {
        guard body.readableBytes <= capacity / 4 else { return }
        lock.lock()
        defer { lock.unlock() }
        clock += 1
        if var entry = entries[key], entry.body == body {
            // The same body on another connection, or after a change that did not touch it.
            entry.revisions[revision.connection] = revision
            entry.lastUsed = clock
            entries[key] = entry
            return
        }
        if let old = entries.removeValue(forKey: key) { bytes -= old.body.readableBytes }
        while bytes + body.readableBytes > capacity, let oldest = entries.min(by: { $0.value.lastUsed < $1.value.lastUsed }) {
            entries.removeValue(forKey: oldest.key)
            bytes -= oldest.value.body.readableBytes
        }
        entries[key] = Entry(body: body, revisions: [revision.connection: revision], lastUsed: clock)
        bytes += body.readableBytes
    }

    /// How many bodies are kept, for tests.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }
}
