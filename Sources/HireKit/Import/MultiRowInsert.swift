import GRDB

/// `INSERT INTO table (columns) VALUES (...), (...)` for many rows at once: one statement per
/// table per record instead of one per row. Rows go in chunks of at most `maxRows` (far below
/// SQLite's limit on bound variables); each chunk size is prepared on first use.
///
/// Use: `try insert.start(rows: n)`, then for each row `let s = try insert.row()` and bind the
/// row's values to `s`, then `try insert.finish()`.
final class MultiRowInsert {
    static let maxRows = 32
    let prefix: String
    let rowSQL: String
    @exclusivity(unchecked) private var prepared: [RawStatement?] = Array(repeating: nil, count: MultiRowInsert.maxRows + 1)
    private let db: Database
    @exclusivity(unchecked) private var remaining = 0
    @exclusivity(unchecked) private var chunk = 0
    @exclusivity(unchecked) private var inChunk = 0
    @exclusivity(unchecked) private var current: RawStatement?

    /// Inserts into `table` the `columns`, in bind order; `row` overrides the placeholders of one
    /// row (for constant columns). `OR ROLLBACK`: a constraint failure there is a bug that fails
    /// the import anyway, and without it SQLite keeps a statement journal to undo just that
    /// statement (measured: 2% of the writing thread).
    init(_ db: Database, into table: String, columns: [String], row: String? = nil) {
        self.db = db
        prefix = "INSERT OR ROLLBACK INTO \(table) (" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ")"
        rowSQL = row ?? "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    }

    func start(rows: Int) {
        remaining = rows
        chunk = 0
        inChunk = 0
    }

    /// Inserts one row per item, each bound by `bind` (given the item's offset): `start`, a
    /// `row()` per item, `finish`.
    func insert<Items: Collection>(_ items: Items, bind: (RawStatement, Int, Items.Element) -> Void) throws {
        start(rows: items.count)
        for (offset, item) in items.enumerated() { bind(try row(), offset, item) }
        try finish()
    }

    /// The statement to bind the next row's values to (running the previous chunk when full).
    func row() throws -> RawStatement {
        if inChunk == chunk {
            if let current, chunk > 0 { try current.run() }
            chunk = min(remaining, Self.maxRows)
            precondition(chunk > 0, "more rows than started")
            remaining -= chunk
            inChunk = 0
            current = try statement(rows: chunk)
        }
        inChunk += 1
        return current!
    }

    /// Runs the last chunk.
    func finish() throws {
        if let current, inChunk > 0 { try current.run() }
        current = nil
        chunk = 0
        inChunk = 0
    }

    private func statement(rows: Int) throws -> RawStatement {
        if let statement = prepared[rows] { return statement }
        let statement = try RawStatement(db, prefix + " VALUES " + Array(repeating: rowSQL, count: rows).joined(separator: ", "))
        prepared[rows] = statement
        return statement
    }

    func finalize() {
        for statement in prepared { statement?.finalize() }
        prepared = Array(repeating: nil, count: Self.maxRows + 1)
        current = nil
    }
}
