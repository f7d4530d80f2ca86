import GRDB

/// A stored record a reader left out because a value in it cannot be read (a date that is
/// not a date, written by an older Hire or outside Hire), named by ids and column, never by
/// its values: one damaged row must not hide everything else.
public struct UnreadableRecord: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What was left out.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A whole new hire (a reader that cannot show part of one, such as the status list).
        case newHire
        /// One milestone of a new hire's plan.
        case milestone
        /// One check-in of a new hire.
        case checkIn
    }

    public var kind: Kind
    public var newHireId: Int64
    public var candidateId: Int64?
    /// The row id of the milestone or check-in left out.
    public var rowId: Int64?
    /// The value that cannot be read, as `table.column`.
    public var column: String

    public init(_ kind: Kind, newHireId: Int64, candidateId: Int64?, rowId: Int64? = nil, column: String) {
        self.kind = kind
        self.newHireId = newHireId
        self.candidateId = candidateId
        self.rowId = rowId
        self.column = column
    }

    public var description: String {
        let hire = "new hire \(newHireId)" + (candidateId.map { " (candidate \($0))" } ?? "")
        let what =
            switch kind {
            case .newHire: hire
            case .milestone: "milestone row \(rowId.map(String.init) ?? "?") of \(hire)"
            case .checkIn: "check-in row \(rowId.map(String.init) ?? "?") of \(hire)"
            }
        return "\(what) left out: a value stored in the workspace cannot be read (column \(column))"
    }
}

extension UnreadableRecord {
    /// The `table.column` a decoding error names, else the table alone.
    static func column(of error: RowDecodingError, in table: String) -> String {
        HireError.columnName(in: String(describing: error)).map { "\(table).\($0)" } ?? table
    }

    /// Decodes each row as `Record`, setting aside those that cannot be read.
    static func decode<Record: FetchableRecord & TableRecord>(
        _ rows: [Row], as type: Record.Type, kind: Kind, newHireId: Int64, candidateId: Int64?, unreadable: inout [UnreadableRecord]
    ) -> [Record] {
        rows.compactMap { row in
            do {
                return try Record(row: row)
            } catch {
                let column = (error as? RowDecodingError).map { Self.column(of: $0, in: Record.databaseTableName) } ?? Record.databaseTableName
                unreadable.append(UnreadableRecord(kind, newHireId: newHireId, candidateId: candidateId, rowId: row["id"], column: column))
                return nil
            }
        }
    }
}
