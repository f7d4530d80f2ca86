import Foundation
import HTTPTypes
import HireKit
import NIOCore
import Testing
@testable import HireServer

@Suite("ResponseCache: bodies kept by revision, made once for requests that miss together, bounded in bytes")
struct ResponseCacheTests {
    static let ida = Actor.person(1, accessRoles: [.interviewer])

    static func key(_ target: String, minute: Int64 = 0) -> ResponseCache.Key {
        ResponseCache.Key(viewer: ida, session: "s", target: target, minute: minute)
    }

    /// Counts how often a body is made.
    final class Maker: @unchecked Sendable {
        private let lock = NSLock()
        private var made = 0
        var count: Int { lock.withLock { made } }
        func make(_ text: String, status: HTTPResponse.Status = .ok, delay: Duration = .zero) -> @Sendable () async throws -> ResponseCache.Answer {
            { [self] in
                lock.withLock { made += 1 }
                try await Task.sleep(for: delay)
                return (ByteBuffer(string: text), status)
            }
        }
    }

    @Test("served again only at the revision it was made at; another minute, URL or revision makes it again")
    func servedAtItsRevision() async throws {
        let cache = ResponseCache()
        let workspace = try Workspace.inMemory()
        let maker = Maker()
        let revision = try workspace.revision()
        #expect(try await cache.answer(for: Self.key("/interviews"), at: revision, make: maker.make("a")).body == ByteBuffer(string: "a"))
        #expect(try await cache.answer(for: Self.key("/interviews"), at: revision, make: maker.make("b")).body == ByteBuffer(string: "a"))
        #expect(maker.count == 1)
        _ = try await cache.answer(for: Self.key("/interviews", minute: 1), at: revision, make: maker.make("c"))
        _ = try await cache.answer(for: Self.key("/interviews?x=1"), at: revision, make: maker.make("d"))
        #expect(maker.count == 3)
        try workspace.people.add(name: "Ida One", email: "ida@example.com", title: nil, actor: "test")
        let changed = try workspace.revision()
        #expect(changed != revision)
        #expect(try await cache.answer(for: Self.key("/interviews"), at: changed, make: maker.make("e")).body == ByteBuffer(string: "e"))
        // The bodies of the old revision are gone from memory once a request reads the new one.
        #expect(cache.count == 1)
        // A problem page is answered, never kept.
        _ = try await cache.answer(for: Self.key("/bad"), at: changed, make: maker.make("x", status: .unprocessableContent))
        #expect(try await cache.answer(for: Self.key("/bad"), at: changed, make: maker.make("y")).body == ByteBuffer(string: "y"))
    }

    @Test("twenty requests that miss together wait for one making of the body")
    func madeOnce() async throws {
        let cache = ResponseCache()
        let revision = try Workspace.inMemory().revision()
        let maker = Maker()
        let bodies = try await withThrowingTaskGroup(of: ByteBuffer.self) { group in
            for _ in 0..<20 {
                group.addTask { try await cache.answer(for: Self.key("/slate"), at: revision, make: maker.make("slate", delay: .milliseconds(200))).body }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(bodies.count == 20 && bodies.allSatisfy { $0 == ByteBuffer(string: "slate") })
        #expect(maker.count == 1)
    }

    @Test("over capacity the least recently used body goes first; a body over a quarter is never kept")
    func boundedInBytes() async throws {
        let cache = ResponseCache(capacity: 400)
        let revision = try Workspace.inMemory().revision()
        let maker = Maker()
        let hundred = String(repeating: "a", count: 100)
        for page in 0..<4 { _ = try await cache.answer(for: Self.key("/\(page)"), at: revision, make: maker.make(hundred)) }
        #expect(cache.count == 4)
        _ = try await cache.answer(for: Self.key("/0"), at: revision, make: maker.make(hundred))
        _ = try await cache.answer(for: Self.key("/4"), at: revision, make: maker.make(hundred))
        #expect(cache.count == 4 && maker.count == 5)
        _ = try await cache.answer(for: Self.key("/0"), at: revision, make: maker.make(hundred))
        #expect(maker.count == 5)
        _ = try await cache.answer(for: Self.key("/1"), at: revision, make: maker.make(hundred))
        #expect(maker.count == 6)
        _ = try await cache.answer(for: Self.key("/big"), at: revision, make: maker.make(hundred + "a"))
        #expect(cache.count == 4)
    }
}
