import Foundation
import GRDB
import HireTestSupport
import Testing
@testable import HireKit

@Suite("BackgroundCheckpointer: the WAL copied into the database while the writer goes on")
struct BackgroundCheckpointerTests {
    func size(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    @Test("committed pages reach the database file from the checkpointer's own connection, and stay readable")
    func copiesCommittedPages() throws {
        try withTemporaryFolder { folder in
            let path = folder.path("wal.sqlite")
            var configuration = Configuration()
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
            let pool = try DatabasePool(path: path, configuration: configuration)
            try pool.write { db in
                try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
                for index in 0..<2000 { try db.execute(sql: "INSERT INTO t (text) VALUES (?)", arguments: [String(repeating: "x", count: 100) + "\(index)"]) }
            }
            let before = try size(path)
            let checkpointer = try #require(BackgroundCheckpointer(path: path))
            checkpointer.request()
            checkpointer.finish()
            #expect(try size(path) > before + 100_000)
            // The writer's next transaction goes on as usual.
            try pool.write { db in try db.execute(sql: "INSERT INTO t (text) VALUES ('after')") }
            #expect(try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM t") } == 2001)
            #expect(try pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") } == "ok")
        }
    }

    @Test("a workspace that cannot be opened gives no checkpointer")
    func missingFile() throws {
        try withTemporaryFolder { folder in
            #expect(BackgroundCheckpointer(path: folder.path("missing/nothing.sqlite")) == nil)
        }
    }
}
