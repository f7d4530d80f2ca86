import Foundation
import Testing

/// The library speaks to two front ends, so none of its messages names a CLI flag or command.
@Suite("HireKit's messages name no front end's flags or commands")
struct LibraryWordingTests {
    static let sources = Fixtures.packageRoot.appendingPathComponent("Sources/HireKit")

    /// String literals of a Swift file, doc comments and comments excluded.
    static func literals(_ text: String) -> [String] {
        text.split(separator: "\n").flatMap { line -> [String] in
            let code = line.trimmingCharacters(in: .whitespaces)
            if code.hasPrefix("//") { return [] }
            let parts = code.split(separator: "\"", omittingEmptySubsequences: false)
            return stride(from: 1, to: parts.count, by: 2).map { String(parts[$0]) }
        }
    }

    @Test("no string literal in Sources/HireKit names a --flag or a `hire` subcommand")
    func noCLIWords() throws {
        let files = FileManager.default.enumerator(atPath: Self.sources.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(files.count > 50)
        let flag = try Regex(#"(^|[\s'(`])--[a-z][a-z-]+"#)
        let command = try Regex(#"\bhire (init|roles|opening|people|candidate|interview|scorecard|slate|decide|ramp|mentor|checkin|audit|backup|restore|import|fairness|calibrate|report|demo)\b"#)
        var offenders: [String] = []
        for file in files {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            for literal in Self.literals(text) where literal.contains(flag) || literal.contains(command) {
                offenders.append("\(file): \(literal)")
            }
        }
        #expect(offenders.isEmpty, "\(offenders.joined(separator: "\n"))")
    }

    @Test("every audit action is a case of AuditAction, never a string literal")
    func auditActions() throws {
        let files = FileManager.default.enumerator(atPath: Self.sources.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        let literal = try Regex(#"audit\(\s*[^,]*,\s*""#)
        var offenders: [String] = []
        for file in files {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            if text.contains(literal) { offenders.append(file) }
        }
        #expect(offenders.isEmpty)
    }
}

/// Requests name columns through each record's `Columns`, so a renamed property cannot leave a
/// stale string behind; only schema migrations, which are history, spell column names out.
@Suite("Requests use the records' Columns")
struct ColumnLiteralTests {
    @Test("no Column(\"...\") literal outside schema migrations")
    func noColumnLiterals() throws {
        let root = LibraryWordingTests.sources
        let files = FileManager.default.enumerator(atPath: root.path)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasSuffix("Schema.swift") }
        var offenders: [String] = []
        for file in files where try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8).contains("Column(\"") {
            offenders.append(file)
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }
}
