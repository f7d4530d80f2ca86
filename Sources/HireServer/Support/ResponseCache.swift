import Foundation
import HTTPTypes
import HireKit
import NIOCore

/// Page and API bodies kept until the workspace changes.
///
/// A slate of 1,000 candidates takes a tenth of a second to compute and render, My interviews
/// a few milliseconds, and people reload the same page while nothing changes. A body is kept
/// under what it was made for (the viewer and their session, the request's path and query, and
/// the minute for a page that says "3 h since the interview") with the ``WorkspaceRevision`` read
/// before it was made, and is served again only while the workspace reads that revision:
/// whoever changes the file (this server or the CLI beside it), the next request makes the
/// body again. Only `200 OK` bodies are kept, so a hit was allowed for the same person in the
/// same state of the workspace.
///
/// Requests that miss together wait for one making of the body instead of each making it
/// (after a change, 32 clients of a slate would otherwise compute it 32 times at once).
/// Bounded in bytes; the least recently used body goes first.
final class ResponseCache: @unchecked Sendable {
    /// What a body was made for.
    struct Key: Hashable {
        /// Whose view: the library's actor, and the session for pages (its CSRF token is in them).
        var viewer: Actor
        var session: String?
        /// The request's path and query.
        var target: String
        /// Minutes since 1970 for pages that show times relative to now, else 0.
        var minute: Int64
    }

    /// A body and the status it is answered with.
    typealias Answer = (body: ByteBuffer, status: HTTPResponse.Status)

    private enum Lookup {
        case kept(ByteBuffer)
        case making(Task<Answer, any Error>)
    }

    private struct Entry {
        var body: ByteBuffer
        var revision: WorkspaceRevision
        var lastUsed: UInt64
    }

    /// The most bytes kept (a 1,000-candidate slate page is about 650 KB).
    let capacity: Int
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    private var making: [Key: (revision: WorkspaceRevision, task: Task<Answer, any Error>)] = [:]
    private var bytes = 0
    private var clock: UInt64 = 0
    /// The revision the last request read.
    private var latest: WorkspaceRevision?

    init(capacity: Int = 32 << 20) {
        self.capacity = capacity
    }

    /// The answer for `key` at `revision`: kept, being made by another request, or made now by `make`.
    func answer(for key: Key, at revision: WorkspaceRevision, make: @escaping @Sendable () async throws -> Answer) async throws -> Answer {
        let lookup: Lookup = locked {
            if revision != latest { forget(allBut: revision) }
            if let body = body(for: key, at: revision) { return .kept(body) }
            if let running = making[key], running.revision == revision { return .making(running.task) }
            let task = Task { try await make() }
            making[key] = (revision, task)
            return .making(task)
        }
        let task: Task<Answer, any Error>
        switch lookup {
        case .kept(let body): return (body, .ok)
        case .making(let running): task = running
        }
        let answer: Answer
        do {
            answer = try await task.value
        } catch {
            locked { if making[key]?.task == task { making[key] = nil } }
            throw error
        }
        locked {
            if making[key]?.task == task { making[key] = nil }
            if answer.status == .ok { keep(answer.body, for: key, madeAt: revision) }
        }
        return answer
    }

    /// How many bodies are kept, for tests.
    var count: Int { locked { entries.count } }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// Drops the bodies of other revisions as soon as a request reads a new one: they can never
    /// be served again, and an erased candidate's pages should not outlive the erasure in memory.
    /// Called with the lock held.
    private func forget(allBut revision: WorkspaceRevision) {
        latest = revision
        entries = entries.filter { $0.value.revision == revision }
        bytes = entries.values.reduce(0) { $0 + $1.body.readableBytes }
    }

    /// The body kept for `key` if it is current at `revision`. Called with the lock held.
    private func body(for key: Key, at revision: WorkspaceRevision) -> ByteBuffer? {
        guard var entry = entries[key], entry.revision == revision else { return nil }
        clock += 1
        entry.lastUsed = clock
        entries[key] = entry
        return entry.body
    }

    /// Keeps `body`, made for `key` after reading `revision`. Called with the lock held.
    private func keep(_ body: ByteBuffer, for key: Key, madeAt revision: WorkspaceRevision) {
        guard body.readableBytes <= capacity / 4 else { return }
        clock += 1
        if let old = entries.removeValue(forKey: key) { bytes -= old.body.readableBytes }
        while bytes + body.readableBytes > capacity, let oldest = entries.min(by: { $0.value.lastUsed < $1.value.lastUsed }) {
            entries.removeValue(forKey: oldest.key)
            bytes -= oldest.value.body.readableBytes
        }
        entries[key] = Entry(body: body, revision: revision, lastUsed: clock)
        bytes += body.readableBytes
    }
}
