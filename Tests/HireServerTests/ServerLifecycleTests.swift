import Foundation
import GRDB
import HireKit
import HireServer
import Logging
import Testing

@Suite("Team server: the lock file, the schema watch, start and stop lines")
struct ServerLifecycleTests {
    @Test("a server holds the lock while it runs, logs its address, and stops with an error when a newer Hire migrates the file")
    func stopsOnNewerSchema() async throws {
        try await ServerFixture.with { fixture in
            let path = try #require(fixture.workspace.path)
            var configuration = ServerConfiguration(port: 0, hashing: ServerFixture.hashing)
            configuration.schemaCheckInterval = .milliseconds(50)
            let logger = Logger(label: "hire.test") { [log = fixture.log] _ in log }
            let server = Task { try await TeamServer.serve(workspace: fixture.workspace, configuration: configuration, logger: logger) }
            for _ in 0..<100 where !fixture.log.lines.contains(where: { $0.contains("team server started") }) {
                try await Task.sleep(for: .milliseconds(50))
            }
            let started = try #require(fixture.log.lines.first { $0.contains("team server started") })
            #expect(started.contains("address=http://127.0.0.1:") && !started.contains("address=http://127.0.0.1:0 "), "\(started)")
            #expect(ServerLock.holder(workspace: path) == getpid())
            #expect(FileManager.default.fileExists(atPath: path + ".serve-lock"))

            let other = try DatabaseQueue(path: path)
            try await other.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('zz-from-a-newer-hire')") }
            try other.close()
            await #expect(throws: SchemaWatch.Superseded.self) { try await server.value }
            #expect(fixture.log.lines.contains { $0.hasPrefix("critical") && $0.contains("migrated by a newer Hire") })
            #expect(fixture.log.lines.contains { $0.contains("team server stopped") })
            #expect(!FileManager.default.fileExists(atPath: path + ".serve-lock"))
            #expect(!fixture.log.lines.contains { $0.contains("example.com") || $0.contains("Example") })
        }
    }

    @Test("the client address is the socket's unless it is a trusted proxy; then the last untrusted forwarded hop")
    func clientAddress() {
        let trusted: Set = ["10.0.0.1", "10.0.0.2"]
        #expect(ClientAddress.resolve(socket: "203.0.113.7", forwardedFor: ["198.51.100.1"], trustedProxies: trusted) == "203.0.113.7")
        #expect(ClientAddress.resolve(socket: "10.0.0.1", forwardedFor: ["198.51.100.1"], trustedProxies: trusted) == "198.51.100.1")
        #expect(ClientAddress.resolve(socket: "10.0.0.1", forwardedFor: ["6.6.6.6, 198.51.100.1, 10.0.0.2"], trustedProxies: trusted) == "198.51.100.1")
        #expect(ClientAddress.resolve(socket: "10.0.0.1", forwardedFor: ["6.6.6.6", "198.51.100.1"], trustedProxies: trusted) == "198.51.100.1")
        #expect(ClientAddress.resolve(socket: "10.0.0.1", forwardedFor: [], trustedProxies: trusted) == "10.0.0.1")
        #expect(ClientAddress.resolve(socket: nil, forwardedFor: ["198.51.100.1"], trustedProxies: trusted) == nil)
    }
}
