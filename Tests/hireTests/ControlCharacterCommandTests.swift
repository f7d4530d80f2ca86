import Foundation
import GRDB
@testable import HireKit
import HireTestSupport
import Testing

@Suite("hire binary: control characters never reach the terminal raw")
struct ControlCharacterCommandTests {
    static let controls: [Character] = ["\u{1B}", "\u{07}", "\r", "\n", "\u{85}", "\u{9B}", "\u{9D}", "\u{7F}"]

    func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || ($0.value >= 0x7F && $0.value <= 0x9F) }
    }

    @Test("a command-line argument with a control character is refused; a tab only in free text; empty --by and --reason, and over 16 KB, refused")
    func argumentsRefused() throws {
        try withTemporaryFolder { folder in
            let ws = ["--workspace", folder.path("w.sqlite")]
            #expect(try HireBinary.run(["init"] + ws).status == 0)
            #expect(try HireBinary.run(["roles", "load", "Scorecards"] + ws).status == 0)
            for name in ["Evil\u{1B}]8;;https://example.com\u{07}Name", "Two\nLines", "C1\u{9B}31m", "Tab\tName"] {
                let result = try HireBinary.run(["candidate", "add", "--name", name, "--email", "e@example.com", "--role", "account-executive"] + ws)
                #expect(result.status == 64, "\(name.debugDescription)")
                #expect(result.stderr.contains("the value of --name holds a control character"), "\(result.stderr)")
                #expect(!hasRawControl(result.stderr))
            }
            #expect(try HireBinary.run(["candidate", "add", "--name", "Ok Name", "--email", "ok@example.com", "--role", "account-executive"] + ws).status == 0)
            let tab = try HireBinary.run(["candidate", "move", "1", "screening", "--reason", "fits\tthe role"] + ws)
            #expect(tab.status == 0, "\(tab.stderr)")
            let emptyBy = try HireBinary.run(["candidate", "move", "1", "interviewing", "--reason", "r", "--by", " "] + ws)
            #expect(emptyBy.status == 64)
            #expect(emptyBy.stderr.contains("--by needs a value that is not empty"))
            #expect(try HireBinary.run(["candidate", "move", "1", "interviewing", "--reason="] + ws).status == 64)
            let long = try HireBinary.run(["candidate", "move", "1", "interviewing", "--reason", String(repeating: "x", count: 16 * 1024 + 1)] + ws)
            #expect(long.status == 64)
            #expect(long.stderr.contains("longer than 16 KB"))
        }
    }

    @Test("a CSV cell starting with spaces then = + - or @ is neutralised like one starting with =")
    func csvFormulaAfterSpaces() throws {
        try withTemporaryFolder { folder in
            let ws = ["--workspace", folder.path("w.sqlite")]
            #expect(try HireBinary.run(["init"] + ws).status == 0)
            #expect(try HireBinary.run(["roles", "load", "Scorecards"] + ws).status == 0)
            #expect(try HireBinary.run(["candidate", "add", "--name", "  =HYPERLINK(1)", "--email", "f@example.com", "--role", "account-executive"] + ws).status == 0)
            let csv = try HireBinary.run(["candidate", "list", "--format", "csv"] + ws)
            // Names are stored trimmed; whatever reaches the cell, it starts with the quote.
            #expect(csv.stdout.contains(",'=HYPERLINK(1),") || csv.stdout.contains(",'  =HYPERLINK(1),"), "\(csv.stdout)")
            #expect(!csv.stdout.contains(",=") && !csv.stdout.contains(",  ="))
        }
    }

    @Test("a feed's control characters become spaces; anything still stored prints escaped in text and CSV")
    func feedAndOutput() throws {
        try withTemporaryFolder { folder in
            let ws = ["--workspace", folder.path("w.sqlite")]
            #expect(try HireBinary.run(["init"] + ws).status == 0)
            #expect(try HireBinary.run(["roles", "load", "Scorecards"] + ws).status == 0)
            let feed = try folder.write("feed.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Candidate xmlns="http://ns.hr-xml.org/2004-08-02"><CandidateProfile><PersonalData>
                <PersonName><FormattedName>Forged&#13;Row\u{85}Next\u{9B}2J&#x9D;Name</FormattedName></PersonName>
                <ContactMethod><InternetEmailAddress>forged@example.com</InternetEmailAddress></ContactMethod>
                </PersonalData></CandidateProfile></Candidate>
                """)
            let imported = try HireBinary.run(["import", feed, "--role", "account-executive"] + ws)
            #expect(imported.status == 0, "\(imported.stderr)")
            let list = try HireBinary.run(["candidate", "list"] + ws)
            #expect(list.stdout.contains("Forged Row Next 2J Name"), "\(list.stdout)")
            #expect(!hasRawControl(list.stdout))

            // What an older Hire may have stored.
            let workspace = try Workspace.open(at: folder.path("w.sqlite"))
            try workspace.writer.write { db in
                try db.execute(sql: "UPDATE candidate SET name = ? WHERE id = 1", arguments: ["Old\u{1B}[2J\u{9B}31m\rOver\nRow"])
            }
            try workspace.writer.close()
            for format in ["text", "csv"] {
                let result = try HireBinary.run(["candidate", "list", "--format", format] + ws)
                #expect(result.status == 0)
                #expect(result.stdout.contains("Old\\u{1B}[2J\\u{9B}31m\\u{0D}Over"), "\(format): \(result.stdout)")
                #expect(!hasRawControl(result.stdout.replacingOccurrences(of: "\n", with: "")))
            }
            let slate = try HireBinary.run(["slate", "account-executive", "--format", "csv"] + ws)
            #expect(slate.status == 0, "\(slate.stderr)")
            #expect(slate.stdout.contains("Old\\u{1B}[2J\\u{9B}31m\\u{0D}Over"), "\(slate.stdout)")
            #expect(!hasRawControl(slate.stdout.replacingOccurrences(of: "\n", with: "")))
            #expect(try HireBinary.run(["candidate", "list", "--format", "text"] + ws).stdout.contains("Over\\u{0A}Row"))
            let json = try HireBinary.run(["candidate", "list", "--format", "json"] + ws)
            #expect(json.stdout.contains("\\u001b[2J"))
        }
    }
}
