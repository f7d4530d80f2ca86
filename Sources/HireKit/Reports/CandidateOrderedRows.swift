import GRDB

/// Rows read in candidate order (the candidate's id first), taken one candidate at a time as
/// the candidates are read in the same order: a merge join. Rows of candidates not asked for
/// (not on the slate) are passed over.
final class CandidateOrderedRows<Value> {
    private let rows: RowCursor
    private let value: (Row) -> Value
    private var pending: (id: Int64, value: Value)?

    /// `value` reads what a row holds besides the candidate's id (column 0).
    init(_ rows: RowCursor, value: @escaping (Row) -> Value) throws {
        self.rows = rows
        self.value = value
        pending = try read()
    }

    /// Calls `body` with each row of candidate `id`, in order.
    func take(_ id: Int64, _ body: (Value) -> Void) throws {
        while let row = pending, row.id <= id {
            if row.id == id { body(row.value) }
            pending = try read()
        }
    }

    private func read() throws -> (id: Int64, value: Value)? {
        guard let row = try rows.next() else { return nil }
        return (row[0], value(row))
    }
}
