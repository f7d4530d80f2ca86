import Foundation
import GRDB

/// What an erasure or a purge did, without personal data.
public struct ErasureReport: Sendable, Codable, Equatable {
    /// The erased candidates' ids (kept: the anonymous rows stay for statistics).
    public var candidateIds: [Int64]
    /// Rows deleted or cleared, by table; rows whose feed file name was replaced by `table.column`.
    public var rows: [String: Int]
    /// Whether the file was vacuumed and its WAL truncated, so no erased byte remains on disk.
    /// `false` when another process held the workspace open for reading for too long; run
    /// `hire candidate erase` or any erasure again later to finish.
    public var compacted: Bool
    /// Whether nothing was changed (a purge's `--dry-run`).
    public var dryRun: Bool
}

extension Workspace {
    // MARK: - Inside the transaction

    /// Scrubs candidates in the current transaction; returns rows touched by table.
    static func erase(_ db: Database, _ candidates: [Candidate]) throws -> [String: Int] {
        // Every form of their names, taken before the rows that give more of them are gone.
        let forms = try candidates.map { try nameForms(db, $0) }
        var rows: [String: Int] = [:]
        for candidate in candidates {
            for (table, count) in try erase(db, candidate) { rows[table, default: 0] += count }
        }
        for (table, count) in try scrubVerbatim(db, naming: forms) { rows[table, default: 0] += count }
        return rows
    }

    /// Scrubs one candidate's rows found by ``PersonalData/locations`` and anonymises the candidate row.
    static func erase(_ db: Database, _ candidate: Candidate) throws -> [String: Int] {
        let id = candidate.id!
        func nonEmpty(_ text: String?) -> DatabaseValue {
            guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return .null }
            return text.databaseValue
        }
        let parameters: [String: DatabaseValue] = [
            "candidate": id.databaseValue, "email": nonEmpty(candidate.email), "externalId": nonEmpty(candidate.externalId),
            "name": nonEmpty(candidate.name), "givenName": nonEmpty(candidate.givenName), "familyName": nonEmpty(candidate.familyName),
        ]
        var rows: [String: Int] = [:]
        for location in PersonalData.locations where try db.tableExists(location.table) {
            let used = parameters.filter { location.rows.contains(":\($0.key)") }
            let arguments = StatementArguments(used)
            var changed = 0
            switch location.action {
            case .delete:
                try db.execute(sql: "DELETE FROM \(location.table) WHERE \(location.rows)", arguments: arguments)
                changed = db.changesCount
            case .clear(let columns):
                let set = columns.map { "\($0) = NULL" }.joined(separator: ", ")
                let nonNull = columns.map { "\($0) IS NOT NULL" }.joined(separator: " OR ")
                try withUpdateGuardsSuspended(db, table: location.table) {
                    try db.execute(
                        sql: "UPDATE \(location.table) SET \(set) WHERE (\(location.rows)) AND (\(nonNull))", arguments: arguments)
                    changed = db.changesCount
                }
            }
            if changed > 0 { rows[location.table, default: 0] += changed }
        }
        // A hire made a person of them: that row goes anonymous and retired, and their login,
        // tokens and access roles go (milestones they owned keep the anonymous person).
        if try db.tableExists("newHire"), try db.columns(in: "newHire").contains(where: { $0.name == "personId" }),
            let person = try Int64.fetchOne(db, sql: "SELECT personId FROM newHire WHERE candidateId = ? AND personId IS NOT NULL", arguments: [id])
        {
            let placeholder = "erased-person-\(person)@erased.invalid"
            try db.execute(
                sql: "UPDATE person SET name = ?, email = ?, emailKey = ?, title = NULL, retiredAt = coalesce(retiredAt, ?) WHERE id = ?",
                arguments: [PersonalData.erasedPersonName, placeholder, placeholder, Date(), person])
            for table in ["account", "apiToken", "personAccess"] where try db.tableExists(table) {
                try db.execute(sql: "DELETE FROM \(table) WHERE personId = ?", arguments: [person])
            }
            rows["person", default: 0] += 1
        }
        // The candidate row stays, anonymous: role, opening, source, stage and dates for statistics.
        try db.execute(
            sql: """
                UPDATE candidate SET name = 'erased', givenName = NULL, familyName = NULL, email = NULL, emailKey = NULL,
                  phone = NULL, location = NULL, externalId = NULL, erased = 1, updatedAt = ?
                WHERE id = ?
                """, arguments: [Date(), id])
        rows["candidate", default: 0] += 1
        return rows
    }

    /// Runs `body` with the table's append-only guards (`BEFORE UPDATE ... RAISE(ABORT)` triggers)
    /// dropped, and restores them from their stored SQL, in the caller's transaction: erasure is
    /// the one change allowed to clear text in append-only tables (scorecards, ratings, decisions).
    static func withUpdateGuardsSuspended(_ db: Database, table: String, _ body: () throws -> Void) throws {
        let guards = try Row.fetchAll(
            db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE '%BEFORE UPDATE%RAISE(ABORT%'",
            arguments: [table])
        for row in guards { try db.execute(sql: "DROP TRIGGER \((row["name"] as String).quotedDatabaseIdentifier)") }
        try body()
        for row in guards { try db.execute(sql: row["sql"] as String) }
    }

    // MARK: - Reasons

    static func checkedReason(_ reason: String) throws -> String {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw HireError.invalid("an erasure needs a reason, for the audit log", remedy: .supply(.reason)) }
        return trimmed
    }

    /// The reason goes to the audit log, which is never erased: it must not name the person.
    /// Refused: the email, phone or external id anywhere in it, or any word of the name as a word.
    static func checkReason(_ reason: String, doesNotName candidate: Candidate) throws {
        let lowered = reason.lowercased()
        let identifiers = [candidate.email, candidate.phone, candidate.externalId]
            .compactMap { $0?.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { $0.count >= 3 }
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
        }
        let nameWords = [candidate.name, candidate.givenName, candidate.familyName].compactMap { $0 }.map(words)
            .reduce(into: Set<String>()) { $0.formUnion($1) }
            .filter { $0.count >= 2 }
        if identifiers.contains(where: lowered.contains) || !nameWords.isDisjoint(with: words(reason)) {
            throw HireError.invalid("the reason must not contain the candidate's name, email, phone or id (it is kept in the audit log); nothing was erased")
        }
    }

    // MARK: - On disk

    /// Runs `body` on the writer connection with `PRAGMA secure_delete` on, so freed pages and
    /// cells are overwritten with zeros.
    func withSecureDelete<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            return try body(db)
        }
    }

    /// Rebuilds the file (`VACUUM`) and truncates the WAL, so erased bytes are gone from disk.
    /// Returns `false` if readers in other processes kept the WAL from being truncated.
    func compactAfterErasure() throws -> Bool {
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            try db.execute(sql: "VACUUM")
            guard path != nil else { return true }
            do {
                try db.checkpoint(.truncate)
                return true
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                return false
            }
        }
    }
}
