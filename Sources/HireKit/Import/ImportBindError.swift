/// The parameters of an import statement: its table and, for each `?`, the column it binds to,
/// read from the SQL so the two cannot drift apart.
struct ImportParameters: Sendable {
    let table: String
    /// Column names in parameter order; an `INSERT` of many rows repeats its column list.
    let columns: [String]

    init(sql: String) {
        let words = sql.split(whereSeparator: { $0.isWhitespace || $0 == "(" }).map(String.init)
        let keyword = words.firstIndex { ["INTO", "UPDATE", "FROM"].contains($0.uppercased()) }
        table = keyword.flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil } ?? "?"
        columns = Self.columns(sql)
    }

    /// The column each `?` binds to: the INSERT column list in order (one placeholder row after
    /// another, constants skipped), or the identifier before each `= ?`, `COALESCE(x, ?)`.
    private static func columns(_ sql: String) -> [String] {
        let upper = sql.uppercased()
        if upper.contains("INSERT"), let open = sql.firstIndex(of: "("), let values = upper.range(of: "VALUES") {
            let list = sql[sql.index(after: open)..<sql.index(values.lowerBound, offsetBy: 0)]
            let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(["(", ")", "\""])) }
            var result: [String] = []
            var position = 0
            for character in sql[values.upperBound...] {
                switch character {
                case "?": result.append(names.indices.contains(position) ? names[position] : "?")
                case ",": position += 1
                case "(": position = 0
                default: break
                }
            }
            return result
        }
        var result: [String] = []
        var word = ""
        var last = ""
        for character in sql {
            if character.isLetter || character.isNumber || character == "_" {
                word.append(character)
            } else {
                if !word.isEmpty, !["COALESCE", "AND", "OR", "WHERE", "SET", "NULL"].contains(word.uppercased()) { last = word }
                word = ""
                if character == "?" { result.append(last) }
            }
        }
        return result
    }

    /// The column bound at 1-based `index`, or `?`.
    func column(_ index: Int32) -> String {
        columns.indices.contains(Int(index) - 1) ? columns[Int(index) - 1] : "?"
    }
}

/// An import statement was run with values that do not match its parameters: a bug in Hire,
/// reported with the table and column instead of writing wrong data. Holds no bound value.
struct ImportBindError: Error, CustomStringConvertible {
    enum Problem {
        /// `sqlite3_bind_*` returned `code`.
        case failed(code: Int32)
        /// `bound` values were bound to a statement of `expected` parameters.
        case count(bound: Int32, expected: Int32)
    }

    let table: String
    let column: String
    let problem: Problem

    init(_ parameters: ImportParameters, index: Int32, problem: Problem) {
        table = parameters.table
        switch problem {
        case .failed: column = parameters.column(index)
        case .count(let bound, let expected): column = parameters.column(bound < expected ? bound + 1 : expected + 1)
        }
        self.problem = problem
    }

    var description: String {
        switch problem {
        case .failed(let code): "binding \(table).\(column) failed (SQLite code \(code))"
        case .count(let bound, let expected): "\(table): \(bound) values bound for \(expected) parameters (at column \(column))"
        }
    }
}
