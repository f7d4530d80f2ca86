import GRDB

extension Workspace {
    /// The forms of a candidate's name, emails, phones and external id, with the other
    /// emails and phones the feeds gave for them.
    static func nameForms(_ db: Database, _ candidate: Candidate) throws -> NameForms {
        var emails: [String] = [], phones: [String] = []
        if try db.tableExists("candidateContact") {
            for row in try Row.fetchAll(db, sql: "SELECT kind, value FROM candidateContact WHERE candidateId = ?", arguments: [candidate.id]) {
                switch row["kind"] as String? {
                case "email": emails.append(row["value"])
                case "phone": phones.append(row["value"])
                default: break
                }
            }
        }
        return NameForms(candidate, emails: emails, phones: phones)
    }

    /// Applies ``PersonalData/verbatim``: reads each listed column once and deletes or
    /// rewrites what names any of the people. Returns rows touched by table.
    static func scrubVerbatim(_ db: Database, naming people: [NameForms]) throws -> [String: Int] {
        guard !people.isEmpty else { return [:] }
        var rows: [String: Int] = [:]
        for place in PersonalData.verbatim where try db.tableExists(place.table) {
            let table = place.table.quotedDatabaseIdentifier, column = place.column.quotedDatabaseIdentifier
            var changed = 0
            switch place.action {
            case .delete:
                var named: [Int64] = []
                var prefilter = NameForms.Prefilter(people)
                let cursor = try Row.fetchCursor(db, sql: "SELECT rowid, \(column) FROM \(table) WHERE \(column) IS NOT NULL")
                while let row = try cursor.next() {
                    let raw = row[1] as String
                    guard prefilter.mayName(raw) else { continue }
                    let text = NameForms.RecordText(raw)
                    if people.contains(where: { $0.areNamed(in: text) }) { named.append(row[0]) }
                }
                for chunk in stride(from: 0, to: named.count, by: 500) {
                    let ids = named[chunk..<min(chunk + 500, named.count)]
                    try db.execute(sql: "DELETE FROM \(table) WHERE rowid IN (\(ids.map(String.init).joined(separator: ",")))")
                    changed += db.changesCount
                }
            case .replaceFileName(let prefix):
                let pattern = prefix.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
                let values = try String.fetchAll(
                    db, sql: "SELECT DISTINCT \(column) FROM \(table) WHERE \(column) LIKE ? ESCAPE '\\'", arguments: [pattern])
                let erased = prefix + PersonalData.erasedFileName
                for value in values where value != erased && value.hasPrefix(prefix) {
                    let file = String(value.dropFirst(prefix.count))
                    guard people.contains(where: { $0.areNamed(inFileName: file) }) else { continue }
                    try withUpdateGuardsSuspended(db, table: place.table) {
                        try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE \(column) = ?", arguments: [erased, value])
                        changed += db.changesCount
                    }
                }
            }
            // Renamed files count apart from deleted rows: other people's rejects keep their rows.
            let key = place.action == .delete ? place.table : "\(place.table).\(place.column)"
            if changed > 0 { rows[key, default: 0] += changed }
        }
        return rows
    }
}
