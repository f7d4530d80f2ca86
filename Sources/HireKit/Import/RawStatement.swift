import GRDB
import GRDBSQLite

// HireKit's only door to SQLite's C API: every `sqlite3_*` call is in this file
// (`RawStatement` for the import's writer, `RawConnection` for its checkpointer's connection,
// `StatementColumns` for the slate's reads), and the rest of the library uses these types.
// A test (`UnsafeBoundaryTests`) keeps it so.

/// A prepared SQLite statement driven directly through `sqlite3_bind_*`, for the import's hot
/// path: no `StatementArguments` boxing, no `DatabaseValue` conversions, one reset per row.
///
/// Lives only inside the `Database` access that prepared it; `finalize()` before that ends.
/// Error messages never include bound values (they may be personal data).
///
/// Checked: each `sqlite3_bind_*` return code is kept, and running a statement whose bound
/// values do not match its parameters in number, or whose bind failed, throws an error naming
/// the table and the column (``ImportBindError``) instead of writing wrong data.
final class RawStatement {
    // Unchecked: a statement is used by one thread at a time, and the checks cost per bind.
    @exclusivity(unchecked) private var statement: OpaquePointer?
    private let connection: OpaquePointer?
    @exclusivity(unchecked) private var index: Int32 = 0
    /// Bytes of the text bound since the last reset: bound values must stay put until then.
    private static let arenaSize = 64 * 1024
    private let arena = UnsafeMutableRawPointer.allocate(byteCount: RawStatement.arenaSize, alignment: 8)
    @exclusivity(unchecked) private var arenaUsed = 0
    /// The statement's parameters, and the first bind that failed since the last reset.
    private let parameterCount: Int32
    @exclusivity(unchecked) private var failedBind: (index: Int32, code: Int32)?

    init(_ db: Database, _ sql: String) throws {
        connection = db.sqliteConnection
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, statement != nil else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        parameterCount = sqlite3_bind_parameter_count(statement)
    }

    /// What the parameters bind to, read from the SQL only when an error needs it (reading it at
    /// every prepare cost 3% of an import).
    var parameters: ImportParameters {
        ImportParameters(sql: sqlite3_sql(statement).map { String(cString: $0) } ?? "")
    }

    /// Keeps the first failed bind's index and code.
    @inline(__always)
    private func check(_ code: Int32) {
        if code != SQLITE_OK, failedBind == nil { failedBind = (index, code) }
    }

    deinit {
        finalize()
        arena.deallocate()
    }

    func finalize() {
        if let statement { sqlite3_finalize(statement) }
        statement = nil
    }

    /// `SQLITE_TRANSIENT`: SQLite copies the bytes (Swift strings may live on the stack).
    @inline(__always)
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }

    // MARK: Binding, in parameter order

    @inline(__always)
    func bind(_ value: String?) {
        guard var value else { return bindNull() }
        value.withUTF8 { bind(text: $0) }
    }

    /// Binds the text of `span` in `record`, or NULL.
    @inline(__always)
    func bind(_ span: TextSpan?, of record: ParsedRecord) {
        guard let span else { return bindNull() }
        record.withBytes(span) { bind(text: $0) }
    }

    /// Binds UTF-8 text given as bytes.
    func bind(utf8 bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { bind(text: $0) }
    }

    private func bindNull() {
        index += 1
        check(sqlite3_bind_null(statement, index))
    }

    /// Binds UTF-8 `bytes` as text: copied into this statement's arena and bound without another
    /// copy by SQLite (`SQLITE_STATIC`: the arena outlives the step and is reused after the
    /// reset), or copied by SQLite when the arena is full.
    @inline(__always)
    private func bind(text bytes: UnsafeBufferPointer<UInt8>) {
        index += 1
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            check(sqlite3_bind_text(statement, index, "", 0, Self.transient))
            return
        }
        if arenaUsed + bytes.count <= Self.arenaSize {
            let target = arena + arenaUsed
            target.copyMemory(from: base, byteCount: bytes.count)
            arenaUsed += bytes.count
            check(sqlite3_bind_text(statement, index, target.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil))
        } else {
            check(sqlite3_bind_text(statement, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient))
        }
    }

    @inline(__always)
    func bind(_ value: Int64?) {
        index += 1
        check(value.map { sqlite3_bind_int64(statement, index, $0) } ?? sqlite3_bind_null(statement, index))
    }

    @inline(__always)
    func bind(_ value: Int?) { bind(value.map(Int64.init)) }

    @inline(__always)
    func bind(_ value: Bool) { bind(Int64(value ? 1 : 0)) }

    @inline(__always)
    func bind(_ value: Double?) {
        index += 1
        check(value.map { sqlite3_bind_double(statement, index, $0) } ?? sqlite3_bind_null(statement, index))
    }

    // MARK: Running

    /// Throws unless every parameter was bound, once, successfully.
    @inline(__always)
    private func checkBinds() throws {
        if let failedBind { throw ImportBindError(parameters, index: failedBind.index, problem: .failed(code: failedBind.code)) }
        if index != parameterCount { throw ImportBindError(parameters, index: index, problem: .count(bound: index, expected: parameterCount)) }
    }

    /// Runs the bound statement to completion (an INSERT, UPDATE or DELETE), then resets it.
    func run() throws {
        defer { reset() }
        try checkBinds()
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw failure(code) }
    }

    /// Runs a query and reads its first row with `read`, then resets. `nil` when there is no row.
    func first<T>(_ read: (RawStatement) -> T) throws -> T? {
        defer { reset() }
        try checkBinds()
        let code = sqlite3_step(statement)
        if code == SQLITE_DONE { return nil }
        guard code == SQLITE_ROW else { throw failure(code) }
        return read(self)
    }

    func int64(_ column: Int32) -> Int64? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, column)
    }

    func string(_ column: Int32) -> String? {
        guard let text = sqlite3_column_text(statement, column) else { return nil }
        return String(cString: text)
    }

    private func reset() {
        sqlite3_reset(statement)
        index = 0
        arenaUsed = 0
        failedBind = nil
    }

    private func failure(_ code: Int32) -> DatabaseError {
        let sql = sqlite3_sql(statement).map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
}

/// A connection of its own to a workspace file, opened by path, for work beside the import's
/// writer: SQLite's passive checkpoint. Used by one thread at a time.
final class RawConnection {
    private var connection: OpaquePointer?

    /// Opens the database at `path` for reading and writing (never creating it), waiting up to
    /// `busyTimeout` milliseconds for locks; `nil` if it cannot.
    init?(path: String, busyTimeout: Int32) {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
        guard sqlite3_open_v2(path, &connection, flags, nil) == SQLITE_OK else {
            sqlite3_close(connection)
            return nil
        }
        sqlite3_busy_timeout(connection, busyTimeout)
        // A connection finds the WAL when it first reads; until then it has nothing to checkpoint.
        sqlite3_exec(connection, "SELECT 1 FROM sqlite_schema LIMIT 1", nil, nil, nil)
    }

    /// Runs a passive checkpoint: SQLite's result code, the frames in the WAL and those copied.
    func checkpoint() -> (code: Int32, walFrames: Int32, copiedFrames: Int32) {
        var frames: Int32 = 0
        var copied: Int32 = 0
        let code = sqlite3_wal_checkpoint_v2(connection, nil, SQLITE_CHECKPOINT_PASSIVE, &frames, &copied)
        return (code, frames, copied)
    }

    /// Closes the connection; nothing may use it after.
    func close() {
        sqlite3_close(connection)
        connection = nil
    }

    deinit { if connection != nil { close() } }
}

/// The columns of the row a GRDB statement's cursor has just stepped to, read straight
/// through `sqlite3_column_*`: no `Row` and no `DatabaseValue` per value, for reads of millions
/// of rows (the slate's ratings). Valid until the cursor steps again.
struct StatementColumns {
    /// Held, so the statement lives as long as its columns are read.
    private let owner: Statement
    private var statement: OpaquePointer { owner.sqliteStatement }

    init(_ statement: Statement) {
        owner = statement
    }

    func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(statement, column)
    }

    /// The number, `nil` when the column is NULL.
    func double(_ column: Int32) -> Double? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_double(statement, column)
    }

    func string(_ column: Int32) -> String? {
        sqlite3_column_text(statement, column).map { String(cString: $0) }
    }

    /// Calls `body` with the bytes of a text column as SQLite holds them, without copying;
    /// `nil` when the column is NULL or empty.
    func withBytes<T>(_ column: Int32, _ body: (UnsafeRawBufferPointer) -> T) -> T? {
        guard let bytes = sqlite3_column_blob(statement, column) else { return nil }
        return body(UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column))))
    }
}
