import Foundation
import GRDB

extension HireError {
    /// A database failure in words a user can act on, without the values of any row or statement.
    ///
    /// GRDB's own descriptions of a `RowDecodingError` (and of some `DatabaseError`s) print the row
    /// or the SQL being run, which may hold personal data; front ends show this instead.
    /// Returns `nil` for errors that are not database errors. `workspace` is the file's path, to name it.
    public init?(database error: any Error, workspace: String? = nil) {
        switch error {
        case let error as HireError:
            self = error
        case let error as DatabaseError:
            self = Self.describe(error, workspace: workspace.map { "the workspace \($0)" } ?? "the workspace")
        case let error as RowDecodingError:
            let column = Self.columnName(in: String(describing: error)).map { " (column \($0))" } ?? ""
            self = .workspace("a value stored in the workspace cannot be read\(column): the workspace was damaged or edited outside Hire")
        default:
            return nil
        }
    }

    private static func describe(_ error: DatabaseError, workspace: String) -> HireError {
        switch error.resultCode {
        case .SQLITE_READONLY:
            return .workspace("\(workspace) is read-only: this process may not change it (nothing was changed)")
        case .SQLITE_FULL:
            return .io("the disk is full (nothing was changed)")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .conflict("\(workspace) is busy: another process kept it locked for too long (nothing was changed)")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .workspace("\(workspace) is damaged (SQLite error \(error.extendedResultCode.rawValue))")
        case .SQLITE_CONSTRAINT:
            return .invalid("the workspace refused the change: \(constraintText(error))")
        default:
            // SQLite's own messages name tables and columns, not values; the SQL is left out.
            return .io("\(workspace) could not be read or written: SQLite error \(error.extendedResultCode.rawValue)\(error.message.map { " (\($0))" } ?? "")")
        }
    }

    /// The constraint SQLite names ("UNIQUE constraint failed: candidate.email"), or a trigger's
    /// own message, which Hire's schema writes without values.
    private static func constraintText(_ error: DatabaseError) -> String {
        error.message ?? "a constraint failed"
    }

    /// The `column: "name"` part of GRDB's description of a decoding error.
    static func columnName(in description: String) -> String? {
        guard let range = description.range(of: #"column: "[A-Za-z0-9_]+""#, options: .regularExpression) else { return nil }
        return String(description[range].dropFirst(9).dropLast())
    }
}
