import Foundation
import HireTestSupport
import Testing

@Suite("hire binary: text tables line up by terminal display width")
struct TableWidthTests {
    /// Terminal columns of a line (wide CJK characters take two; combining marks none).
    static func columns(_ text: Substring) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            if scalar.properties.generalCategory == .nonspacingMark { return width }
            return width + ((0x4E00...0x9FFF).contains(scalar.value) || (0x3040...0x30FF).contains(scalar.value) ? 2 : 1)
        }
    }

    @Test("CJK, accented and decomposed names: the EMAIL column starts at the same terminal column on every row")
    func wideNamesAlign() throws {
        try ScorecardCommandTests.Session.with { session in
            for (name, email) in [("田中太郎", "tanaka@example.jp"), ("Zoe\u{308} Ünal", "zoe@example.com"), ("山田", "yamada@example.jp")] {
                try session.ok(["candidate", "add", "--name", name, "--email", email, "--role", "mini"])
            }
            let lines = try session.ok(["candidate", "list"]).stdout.split(separator: "\n")
            let starts = lines.compactMap { line -> Int? in
                guard let at = line.range(of: "@") ?? line.range(of: "EMAIL") else { return nil }
                let before = line[..<at.lowerBound]
                let field = before.lastIndex(of: " ").map { before[..<before.index(after: $0)] } ?? before
                return Self.columns(field)
            }
            #expect(starts.count == lines.count, "\(lines)")
            #expect(Set(starts).count == 1, "email columns start at \(starts):\n\(lines.joined(separator: "\n"))")
        }
    }
}
