import Foundation
import GRDB
import HireKit
import NIOCore
import Testing
@testable import HireServer

@Suite("ResponseCache: bodies kept by revision, per connection, bounded in bytes")
struct ResponseCacheTests {
    static let ida = Actor.person(1, accessRoles: [.interviewer])

    static func key(_ target: String, minute: Int64 = 0) -> ResponseCache.Key {
        ResponseCache.Key(viewer: ida, session: "s", target: target, minute: minute)
    }

    /// Real revisions: each of `count` in-memory workspaces is its own connection.
    static func revisions(_ count: Int) throws -> [(Workspace, WorkspaceRevision)] {
        try (0..<count).map { _ in
            let workspace = try Workspace.inMemory()
            return (workspace, try workspace.revision())
        }
    }

    @Test("served only at the revision it was made at; a change anywhere makes it stale")
    func servedAtItsRevision() throws {
        let cache = ResponseCache()
        let (workspace, revision) = try Self.revisions(1)[0]
        cache.keep(ByteBuffer(string: "page"), for: Self.key("/interviews"), madeAt: revision)
        #expect(cache.body(for: Self.key("/interviews"), at: revision) == ByteBuffer(string: "page"))
        #expect(cache.body(for: Self.key("/interviews", minute: 1), at: revision) == nil)
        #expect(cache.body(for: Self.key("/interviews?x=1"), at: revision) == nil)
        try workspace.people.add(name: "Ida One", email: "ida@example.com", title: nil, actor: "test")
        #expect(cache.body(for: Self.key("/interviews"), at: try workspace.revision()) == nil)
    }

    @Test("the same body made on another connection is kept for both; a different one replaces it")
    func revisionsPerConnection() throws {
        let cache = ResponseCache()
        let revisions = try Self.revisions(3).map(\.1)
        let key = Self.key("/slate")
        cache.keep(ByteBuffer(string: "a"), for: key, madeAt: revisions[0])
        cache.keep(ByteBuffer(string: "a"), for: key, madeAt: revisions[1])
        #expect(cache.body(for: key, at: revisions[0]) != nil && cache.body(for: key, at: revisions[1]) != nil)
        cache.keep(ByteBuffer(string: "b"), for: key, madeAt: revisions[2])
        #expect(cache.body(for: key, at: revisions[0]) == nil && cache.body(for: key, at: revisions[2]) == ByteBuffer(string: "b"))
    }

    @Test("over capacity the least recently used body goes first; a body over a quarter is never kept")
    func boundedInBytes() throws {
        let cache = ResponseCache(capacity: 400)
        let revision = try Self.revisions(1)[0].1
        let body = ByteBuffer(repeating: 0x61, count: 100)
        for page in 0..<4 { cache.keep(body, for: Self.key("/\(page)"), madeAt: revision) }
        #expect(cache.count == 4)
        _ = cache.body(for: Self.key("/0"), at: revision)
        cache.keep(body, for: Self.key("/4"), madeAt: revision)
        #expect(cache.count == 4)
        #expect(cache.body(for: Self.key("/0"), at: revision) != nil && cache.body(for: Self.key("/1"), at: revision) == nil)
        cache.keep(ByteBuffer(repeating: 0x61, count: 101), for: Self.key("/big"), madeAt: revision)
        #expect(cache.body(for: Self.key("/big"), at: revision) == nil)
    }
}
