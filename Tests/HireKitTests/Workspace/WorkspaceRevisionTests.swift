import Foundation
import GRDB
import HireTestSupport
import Testing
@testable import HireKit

@Suite("Workspace revisions: what a read saw, and whether anything was committed since")
struct WorkspaceRevisionTests {
    @Test("the revision holds until anyone commits: another process, or this one through its pool")
    func changesWhenAnyoneCommits() throws {
        try withTemporaryFolder { folder in
            let server = try Workspace.create(at: folder.path("w.sqlite"))
            let first = try server.revision()
            #expect(try server.revision() == first)
            // The CLI beside the server: another workspace on the same file writes through a service.
            let cli = try Workspace.open(at: folder.path("w.sqlite"))
            try cli.people.add(name: "Ida One", email: "ida@example.com", title: nil, actor: "cli")
            let after = try server.revision()
            #expect(after != first)
            #expect(try server.revision() == after)
            // The server's own write, on its writer connection.
            try server.people.add(name: "Jo Two", email: "jo@example.com", title: nil, actor: "server")
            #expect(try server.revision() != after)
            // A read changes nothing.
            let now = try server.revision()
            _ = try server.people.list()
            #expect(try server.revision() == now)
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
}
