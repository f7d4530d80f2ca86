import GRDB
import HireTestSupport
import Testing
@testable import HireKit

@Suite("Migration import-v3: record details keyed by candidate and ordinal")
struct DetailMigrationTests {
    @Test("rows written under the old schema keep their values and order, and evidence stays with its competency")
    func migratesDetails() throws {
        try withTemporaryFolder { folder in
            let queue = try DatabaseQueue(path: folder.path("old.sqlite"))
            try WorkspaceMigrations.migrator.migrate(queue, upTo: "import-v2-reject-index")
            try queue.write { db in
                for id in [1, 2] {
                    try db.execute(
                        sql: "INSERT INTO candidate (id, name, stage, createdAt, updatedAt) VALUES (?, ?, 'applied', '2026-01-01', '2026-01-01')",
                        arguments: [id, "Candidate \(id)"])
                }
                // Interleaved across candidates, as two imports would leave them.
                try db.execute(
                    sql: """
                        INSERT INTO candidateContact (candidateId, kind, value) VALUES (2, 'email', 'b@example.com'), (1, 'email', 'a@example.com'),
                            (1, 'phone', '+1 555 0101'), (2, 'phone', '+1 555 0102');
                        INSERT INTO candidateEmployment (candidateId, employer, current) VALUES (1, 'First', 0), (1, 'Second', 1);
                        INSERT INTO candidateCompetency (id, candidateId, name, weight) VALUES (10, 2, 'Prospecting', 0.5), (11, 1, 'Discovery', NULL),
                            (12, 1, 'Negotiation', 2);
                        INSERT INTO competencyEvidence (candidateCompetencyId, name, normalized) VALUES (12, 'negotiation test', 0.8), (11, 'discovery test', 0.6),
                            (12, 'negotiation use', NULL), (10, 'prospecting test', 0.1);
                        """)
            }
            try WorkspaceMigrations.migrator.migrate(queue)
            try queue.read { db in
                let contacts = try Row.fetchAll(db, sql: "SELECT candidateId, ordinal, value FROM candidateContact ORDER BY candidateId, ordinal")
                #expect(contacts.map { "\($0[0] as Int)/\($0[1] as Int)/\($0[2] as String)" } == [
                    "1/0/a@example.com", "1/1/+1 555 0101", "2/0/b@example.com", "2/1/+1 555 0102",
                ])
                #expect(try String.fetchAll(db, sql: "SELECT employer FROM candidateEmployment WHERE candidateId = 1 ORDER BY ordinal") == ["First", "Second"])
                let evidence = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT c.name, e.ordinal, e.name FROM competencyEvidence e
                        JOIN candidateCompetency c ON c.candidateId = e.candidateId AND c.ordinal = e.competency
                        ORDER BY e.candidateId, e.competency, e.ordinal
                        """)
                #expect(evidence.map { "\($0[0] as String)/\($0[1] as Int)/\($0[2] as String)" } == [
                    "Discovery/0/discovery test", "Negotiation/0/negotiation test", "Negotiation/1/negotiation use", "Prospecting/0/prospecting test",
                ])
                #expect(try Double.fetchOne(db, sql: "SELECT weight FROM candidateCompetency WHERE candidateId = 1 AND ordinal = 1") == 2)
                #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
                #expect(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name LIKE '%_old%'").isEmpty)
            }
        }
    }

    @Test("erasing a candidate deletes their details through the cascades, and only theirs")
    func cascades() throws {
        try withTemporaryFolder { folder in
            let queue = try DatabaseQueue(path: folder.path("new.sqlite"))
            try WorkspaceMigrations.migrator.migrate(queue)
            try queue.write { db in
                try db.execute(sql: "PRAGMA foreign_keys = ON")
                for id in [1, 2] {
                    try db.execute(
                        sql: """
                            INSERT INTO candidate (id, name, stage, createdAt, updatedAt) VALUES (?, 'C', 'applied', '2026-01-01', '2026-01-01');
                            INSERT INTO candidateCompetency (candidateId, ordinal, name) VALUES (?, 0, 'Discovery');
                            INSERT INTO competencyEvidence (candidateId, competency, ordinal, name) VALUES (?, 0, 0, 'test');
                            INSERT INTO candidateContact (candidateId, ordinal, kind, value) VALUES (?, 0, 'email', 'c@example.com');
                            """, arguments: [id, id, id, id])
                }
                try db.execute(sql: "DELETE FROM candidate WHERE id = 1")
                #expect(try Int.fetchAll(db, sql: "SELECT candidateId FROM competencyEvidence") == [2])
                #expect(try Int.fetchAll(db, sql: "SELECT candidateId FROM candidateContact") == [2])
                #expect(throws: DatabaseError.self) {
                    try db.execute(sql: "INSERT INTO competencyEvidence (candidateId, competency, ordinal, name) VALUES (2, 5, 0, 'orphan')")
                }
            }
        }
    }
}
