import Foundation
import Testing

/// The import's unsafe code has two doors: libxml2 (and zlib, which comes in the same C module)
/// behind `LibXML2Parser.swift`, SQLite's C API behind `RawStatement.swift`. Everything else in
/// the library is written against the safe types those files expose.
@Suite("HireKit reaches libxml2 and SQLite's C API through one file each")
struct UnsafeBoundaryTests {
    static let libxml2File = "Import/LibXML2Parser.swift"
    static let sqliteFile = "Import/RawStatement.swift"
    /// Opening a workspace read-only asks SQLite whether it was built with URI file names
    /// (`sqlite3_compileoption_used`), which GRDB does not expose: workspace code, not the import.
    static let sqliteAlsoIn = ["Workspace/Workspace+ReadOnly.swift"]

    /// Each Swift file of Sources/HireKit (relative path) with its code lines, comments left out.
    static func codeByFile() throws -> [(file: String, lines: [String])] {
        let root = LibraryWordingTests.sources
        let files = FileManager.default.enumerator(atPath: root.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        return try files.sorted().map { file in
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            let lines = text.split(separator: "\n").map { String($0.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? "") }
            return (file, lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        }
    }

    /// `file: line` for every code line matching `pattern` in a file not in `allowed`, and the
    /// number of matches in the allowed files (so a pattern that never matches is noticed).
    static func uses(_ pattern: String, allowedIn allowed: [String]) throws -> (offenders: [String], allowedMatches: Int) {
        let regex = try Regex(pattern)
        var offenders: [String] = []
        var allowedMatches = 0
        for (file, lines) in try codeByFile() {
            for line in lines where line.contains(regex) {
                if allowed.contains(file) { allowedMatches += 1 } else { offenders.append("\(file): \(line.trimmingCharacters(in: .whitespaces))") }
            }
        }
        return (offenders, allowedMatches)
    }

    @Test("sqlite3_ calls and the GRDBSQLite module only in RawStatement.swift (and the read-only opening)")
    func sqlite() throws {
        #expect(try Self.codeByFile().count > 50)
        let calls = try Self.uses(#"\bsqlite3_\w+"#, allowedIn: [Self.sqliteFile] + Self.sqliteAlsoIn)
        #expect(calls.offenders.isEmpty, "\(calls.offenders.joined(separator: "\n"))")
        #expect(calls.allowedMatches > 10)
        let module = try Self.uses(#"^\s*import\s+GRDBSQLite\b"#, allowedIn: [Self.sqliteFile] + Self.sqliteAlsoIn)
        #expect(module.offenders.isEmpty, "\(module.offenders.joined(separator: "\n"))")
    }

    @Test("libxml2 and zlib symbols, the CLibXML2 module and Unmanaged only in LibXML2Parser.swift")
    func libxml2() throws {
        let patterns = [
            #"^\s*import\s+CLibXML2\b"#,
            // libxml2's functions and types (xmlParseDocument, xmlChar, ...), the shim's and zlib's.
            #"\bxml[A-Z]\w*"#, #"\bXML_[A-Z_]+"#, #"\bhire_\w+\("#, #"\bgz[a-z]+\("#,
            #"\bUnmanaged\b"#,
        ]
        for pattern in patterns {
            let found = try Self.uses(pattern, allowedIn: [Self.libxml2File])
            #expect(found.offenders.isEmpty, "\(pattern):\n\(found.offenders.joined(separator: "\n"))")
            #expect(found.allowedMatches > 0, "\(pattern) no longer matches in \(Self.libxml2File)")
        }
    }
}
