import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("The import's raw binder: every parameter bound once and successfully, or an error naming table and column")
struct ImportBinderTests {
    @Test("parameters are named from the SQL: insert column lists, constants skipped, many rows, updates")
    func parameterNames() {
        let insert = ImportParameters(sql: "INSERT OR ROLLBACK INTO stageChange (candidateId, fromStage, toStage, reason, actor, at) VALUES (?, NULL, 'applied', ?, ?, ?), (?, NULL, 'applied', ?, ?, ?)")
        #expect(insert.table == "stageChange")
        #expect(insert.columns == ["candidateId", "reason", "actor", "at", "candidateId", "reason", "actor", "at"])
        let multiline = ImportParameters(sql: "INSERT INTO candidate (name, email,\n emailKey)\nVALUES (?, ?, ?)")
        #expect(multiline.columns == ["name", "email", "emailKey"])
        let update = ImportParameters(sql: "UPDATE candidate SET name = ?, email = COALESCE(email, ?), updatedAt = ? WHERE id = ?")
        #expect(update.table == "candidate")
        #expect(update.columns == ["name", "email", "updatedAt", "id"])
        #expect(ImportParameters(sql: "SELECT id FROM candidate WHERE externalSource = ? AND externalId = ?").columns == ["externalSource", "externalId"])
    }

    @Test("too few values, too many values, and a failed bind are refused before anything is written")
    func mismatches() throws {
        let workspace = try Workspace.inMemory()
        try workspace.writer.write { db in
            let statement = try RawStatement(db, "INSERT INTO person (name, email, emailKey, createdAt) VALUES (?, ?, ?, ?)")
            defer { statement.finalize() }
            statement.bind("Ann")
            statement.bind("ann@example.com")
            statement.bind("ann@example.com")
            do {
                try statement.run()
                Issue.record("three values for four parameters were written")
            } catch let error as ImportBindError {
                #expect(error.description == "person: 3 values bound for 4 parameters (at column createdAt)")
                #expect(!error.description.contains("ann@example.com"))
            }
            for value in ["Bo", "bo@example.com", "bo@example.com", "2026-01-01", "extra"] { statement.bind(value) }
            #expect(throws: ImportBindError.self) { try statement.run() }
            for value in ["Cy", "cy@example.com", "cy@example.com", "2026-01-01"] { statement.bind(value) }
            try statement.run()
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM person") == 1)
        }
    }
}
