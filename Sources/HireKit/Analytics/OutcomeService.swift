import Foundation
import GRDB

/// Outcomes of hires beyond the ramp: business results imported from a spreadsheet.
/// (Leaving is recorded by ``OnboardingService/leave(_:on:kind:note:today:actor:)``.)
public struct OutcomeService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Outcomes of hires beyond the ramp: business results imported from a spreadsheet.
    public var outcomes: OutcomeService { OutcomeService(workspace: self) }
}

/// What an outcome import did.
public struct OutcomeImportSummary: Sendable, Hashable, Codable {
    /// Data rows read (the header and blank lines not counted).
    public var rows: Int
    /// Hires with at least one value in the file.
    public var hires: Int
    /// Values new to the workspace.
    public var added: Int
    /// Values that replaced another for the same hire, metric and date.
    public var replaced: Int
    /// Values already recorded as they are.
    public var unchanged: Int
    /// The metrics in the file, sorted.
    public var metrics: [String]
}

extension OutcomeService {
    /// The header an outcome sheet starts with.
    public static let header = ["hire", "metric", "value", "date"]

    /// Imports business results from CSV text with the header `hire,metric,value,date`: the hire's
    /// candidate id or email, a metric name (lowercase letters, digits, dashes, underscores), a
    /// number and a day. All or nothing: every problem is reported with its line (as
    /// ``DiagnosticsError``) and nothing is stored unless all rows are good. A value for a hire,
    /// metric and date already recorded is replaced, so a corrected sheet can be imported again.
    /// `file` names the sheet in diagnostics (its base name is used).
    @discardableResult
    public func importCSV(_ text: String, file: String, actor: Actor) throws -> OutcomeImportSummary {
        try Policy.require(actor, .recordOutcomes)
        let name = URL(fileURLWithPath: file).lastPathComponent
        func problem(_ line: Int?, _ message: String) -> Diagnostic { Diagnostic(.error, message, file: name, line: line) }
        let records: [CSVRecords.Record]
        switch CSVRecords.parse(text) {
        case .success(let parsed): records = parsed
        case .failure(let error): throw DiagnosticsError([problem(error.line, "a quoted field is never closed")])
        }
        guard let head = records.first else { throw DiagnosticsError([problem(1, "the file is empty; the first line must be \(Self.header.joined(separator: ","))")]) }
        let columns = head.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard columns == Self.header else {
            throw DiagnosticsError([problem(head.line, "the first line must be the header \(Self.header.joined(separator: ",")) (found \(columns.count) columns)")])
        }
        let rows = records.dropFirst()
        if rows.isEmpty { throw DiagnosticsError([problem(head.line, "no rows after the header")]) }
        return try writer.write { db in
            var problems: [Diagnostic] = []
            var parsed: [(line: Int, candidate: Int64, metric: String, value: Double, date: CalendarDate)] = []
            var seen: [String: Int] = [:]
            var starts: [Int64: CalendarDate?] = [:]
            for row in rows {
                guard row.fields.count == 4 else {
                    problems.append(problem(row.line, "expected 4 fields (hire, metric, value, date), found \(row.fields.count)"))
                    continue
                }
                let fields = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
                var rowProblems: [String] = []
                let candidate = try Self.hire(db, fields[0], problems: &rowProblems)
                let metric = fields[1]
                if metric.isEmpty {
                    rowProblems.append("the metric is empty")
                } else if !Identifier.isValid(metric) {
                    rowProblems.append("the metric '\(metric)' must be lowercase letters, digits, dashes and underscores (quota-12m, say)")
                } else if BuiltInOutcome(rawValue: metric) != nil {
                    rowProblems.append("'\(metric)' is computed by Hire itself and cannot be imported; name the metric differently")
                }
                let value = Double(fields[2]).flatMap { $0.isFinite ? $0 : nil }
                if value == nil { rowProblems.append("the value '\(fields[2])' is not a number (use a dot for decimals, no units)") }
                let date = CalendarDate(given: fields[3])
                if date == nil { rowProblems.append("the date '\(fields[3])' is not \(CalendarDate.givenFormat)") }
                if let candidate, let date {
                    if starts[candidate] == nil {
                        starts[candidate] = try CalendarDate.fetchOne(db, sql: "SELECT startDate FROM newHire WHERE candidateId = ?", arguments: [candidate])
                    }
                    if let start = starts[candidate] ?? nil, date < start {
                        rowProblems.append("the date \(date) is before the hire's start date \(start)")
                    }
                }
                if let candidate, let date, let value, rowProblems.isEmpty {
                    let key = "\(candidate)|\(metric)|\(date)"
                    if let earlier = seen[key] {
                        rowProblems.append("candidate \(candidate) has a value for \(metric) on \(date) already, on line \(earlier)")
                    } else {
                        seen[key] = row.line
                        parsed.append((row.line, candidate, metric, value, date))
                    }
                }
                problems += rowProblems.map { problem(row.line, $0) }
            }
            if !problems.isEmpty { throw DiagnosticsError(problems) }
            var summary = OutcomeImportSummary(
                rows: rows.count, hires: Set(parsed.map(\.candidate)).count, added: 0, replaced: 0, unchanged: 0,
                metrics: Array(Set(parsed.map(\.metric))).sorted())
            var perHire: [Int64: Int] = [:]
            let now = Date()
            for row in parsed {
                if var existing = try OutcomeValue.filter(
                    OutcomeValue.Columns.candidateId == row.candidate && OutcomeValue.Columns.metric == row.metric && OutcomeValue.Columns.date == row.date
                ).fetchOne(db) {
                    if existing.value == row.value {
                        summary.unchanged += 1
                        continue
                    }
                    existing.value = row.value
                    existing.updatedAt = now
                    try existing.update(db)
                    summary.replaced += 1
                } else {
                    var value = OutcomeValue(candidateId: row.candidate, metric: row.metric, value: row.value, date: row.date, updatedAt: now)
                    try value.insert(db)
                    summary.added += 1
                }
                perHire[row.candidate, default: 0] += 1
            }
            for (candidate, count) in perHire.sorted(by: { $0.key < $1.key }) {
                try db.audit(actor, .outcomeImport, candidate: candidate, detail: "\(count) values")
            }
            return summary
        }
    }

    /// The recorded values of a hire, by metric and date.
    public func values(_ reference: CandidateID) throws -> [OutcomeValue] {
        try writer.read { db in
            let candidate = try Workspace.candidate(db, reference)
            return try OutcomeValue.filter(OutcomeValue.Columns.candidateId == candidate.id)
                .order(OutcomeValue.Columns.metric, OutcomeValue.Columns.date).fetchAll(db)
        }
    }

    /// The hired candidate a sheet's `hire` cell names (id or email), or `nil` with the problem noted.
    /// Messages never repeat the cell: it may be an email address.
    static func hire(_ db: Database, _ text: String, problems: inout [String]) throws -> Int64? {
        if text.isEmpty {
            problems.append("the hire is empty; give the candidate id or email")
            return nil
        }
        let candidate: Candidate?
        if let id = Int64(text) {
            candidate = try Candidate.fetchOne(db, key: id)
        } else if text.contains("@") {
            candidate = try Candidate.filter(Candidate.Columns.emailKey == EmailAddress.key(text)).fetchOne(db)
        } else {
            problems.append("the hire must be a candidate id or email")
            return nil
        }
        guard let candidate, !candidate.erased else {
            problems.append("no candidate with that id or email")
            return nil
        }
        guard try NewHire.filter(NewHire.Columns.candidateId == candidate.id).fetchCount(db) > 0 else {
            problems.append("candidate \(candidate.id!) has not been hired")
            return nil
        }
        return candidate.id
    }
}
