import Foundation
import GRDB
import HireTestSupport
import Testing
@testable import HireKit

@Suite("Workspace revisions: what a read saw, and whether anything was committed since")
struct WorkspaceRevisionTests {
    @Test("on one connection the revision holds until another process commits, then changes")
    func changesWhenAnotherProcessCommits() throws {
        try withTemporaryFolder { folder in
            let server = try Workspace.create(at: folder.path("w.sqlite"))
            // One reader connection, read twice: nothing committed, the same revision.
            let reader = try DatabaseQueue(path: folder.path("w.sqlite"), configuration: Workspace.configuration())
            let first = try reader.read { db in try Workspace.revision(db) }
            #expect(try reader.read { db in try Workspace.revision(db) } == first)
            // The CLI beside the server: another workspace on the same file writes through a service.
            let cli = try Workspace.open(at: folder.path("w.sqlite"))
            try cli.people.add(name: "Ida One", email: "ida@example.com", title: nil, actor: "cli")
            let after = try reader.read { db in try Workspace.revision(db) }
            #expect(after != first && after.connection == first.connection)
            #expect(try reader.read { db in try Workspace.revision(db) } == after)
            // The server's own write, on its writer connection, is seen by its readers too.
            let seen = try server.revision()
            try server.people.add(name: "Jo Two", email: "jo@example.com", title: nil, actor: "server")
            let readers = try (0..<3).map { _ in try server.revision() }
            #expect(readers.allSatisfy { $0 != seen })
        }
    }

    @Test("a workspace in memory reads and writes on one connection: its own commits change the revision")
    func inMemoryOwnCommits() throws {
        let workspace = try Workspace.inMemory()
        let before = try workspace.revision()
        #expect(try workspace.revision() == before)
        try workspace.people.add(name: "Ida One", email: "ida@example.com", title: nil, actor: "test")
        #expect(try workspace.revision() != before)
    }

    @Test("every connection gets its own number, so revisions of two connections never compare equal")
    func connectionsAreNumbered() throws {
        let one = try DatabaseQueue(configuration: Workspace.configuration())
        let two = try DatabaseQueue(configuration: Workspace.configuration())
        let (a, b) = (try one.read { try Workspace.revision($0) }, try two.read { try Workspace.revision($0) })
        #expect(a.connection != b.connection && a != b)
    }
}
