import Foundation
import HireTestSupport
import Testing
@testable import HireKit

@Suite("FeedReader and importer against hostile and broken input")
struct HostileFeedTests {
    @Test("an entity-expansion bomb is refused at its first declaration, fast")
    func billionLaughs() throws {
        var doctype = "<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        var previous = "lol"
        for level in 1...9 {
            let name = "lol\(level)"
            doctype += "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
            previous = name
        }
        doctype += "]>\n"
        try withTemporaryFolder { folder in
            let path = try folder.write("bomb.xml", "<?xml version=\"1.0\"?>\n" + doctype + "<Candidate><CandidateProfile><PersonalData><PersonName><FormattedName>&lol9;</FormattedName></PersonName></PersonalData></CandidateProfile></Candidate>\n")
            let clock = ContinuousClock()
            var items: [FeedItem] = []
            let elapsed = try clock.measure {
                let result = try FeedReader(path: path).read { items.append($0) }
                #expect(result.error?.message.contains("declares entities") == true)
                #expect(result.error?.line == 3)
            }
            #expect(items.isEmpty)
            #expect(elapsed < .seconds(1))
        }
    }

    @Test("an external entity never leaks the file's contents into the workspace or the output")
    func externalEntity() throws {
        try withTemporaryFolder { folder in
            let secret = try folder.write("secret.txt", "TOP-SECRET-CONTENT")
            let path = try folder.write("xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE Candidate [<!ENTITY x SYSTEM "file://\(secret)">]>
                <Candidate><CandidateProfile><PersonalData><PersonName><FormattedName>A &x; B</FormattedName></PersonName>
                <ContactMethod><InternetEmailAddress>a@example.com</InternetEmailAddress></ContactMethod></PersonalData></CandidateProfile></Candidate>
                """)
            let workspace = try importWorkspace()
            let summary = try workspace.imports.run([path], options: ImportOptions(actor: "t"))
            #expect(summary.outcome == .failure)
            #expect(summary.imported == 0)
            #expect(!summary.files[0].diagnostics.map(\.description).joined().contains("TOP-SECRET"))
            #expect(try workspace.candidates.list().isEmpty)
            let external = try FeedReader(path: "/etc/passwd").read { _ in }
            #expect(external.error != nil)
        }
    }

    @Test("a DOCTYPE declaring even a harmless entity is refused; one without declarations is read")
    func doctypes() throws {
        try withTemporaryFolder { folder in
            let declared = try folder.write("d.xml", "<!DOCTYPE Candidate [<!ENTITY co \"Acme\">]>\n" + candidateFeed(id: "1", name: "Ann Lee", email: "ann@example.com").replacingOccurrences(of: "<?xml version=\"1.0\"?>\n", with: ""))
            let result = try FeedReader(path: declared).read { _ in }
            #expect(result.error?.message.contains("declares entities") == true)
            let plain = try folder.write("p.xml", "<!DOCTYPE Candidate>\n" + candidateFeed(id: "1", name: "Ann Lee", email: "ann@example.com").replacingOccurrences(of: "<?xml version=\"1.0\"?>\n", with: ""))
            let (items, ok) = try readFeed(plain)
            #expect(ok.error == nil)
            #expect(items.first?.record.name == "Ann Lee")
        }
    }

    @Test("a giant text node is bounded: the field is capped and the record rejected, memory stays small")
    func giantTextNode() throws {
        try withTemporaryFolder { folder in
            let giant = String(repeating: "A", count: 4_000_000)
            let path = try folder.write("giant.xml", candidateFeed(id: "1", name: giant, email: "ann@example.com") + "\n")
            var items: [FeedItem] = []
            let result = try FeedReader(path: path).read { items.append($0) }
            #expect(result.error == nil)
            try #require(items.count == 1)
            #expect(items[0].problem?.contains("longer than") == true)
            #expect((items[0].record.formattedName?.utf8.count ?? 0) <= 16 * 1024)
            #expect(items[0].raw.utf8.count < 1024)
            let workspace = try importWorkspace()
            let summary = try workspace.imports.run([path], options: ImportOptions(actor: "t"))
            #expect(summary.rejected == 1)
            #expect(try workspace.candidates.list().isEmpty)
        }
    }

    @Test("a document that is not well-formed reports line and column, keeps the complete records before the break; the fixed file imports the rest without duplicates")
    func notWellFormed() throws {
        let record = { (n: Int) in
            "<Candidate><CandidateRecordInfo><Id idOwner=\"x\"><IdValue>\(n)</IdValue></Id></CandidateRecordInfo><CandidateProfile><PersonalData><PersonName><FormattedName>Person \(n)</FormattedName></PersonName></PersonalData></CandidateProfile></Candidate>\n"
        }
        let good = "<Feed xmlns=\"http://ns.hr-xml.org/2007-04-15\">\n" + (1...3).map(record).joined() + record(4) + record(5) + "</Feed>\n"
        let broken = good.replacingOccurrences(of: "<FormattedName>Person 4</FormattedName>", with: "<FormattedName>Person 4</Formatted>")
        try withTemporaryFolder { folder in
            let path = try folder.write("feed.xml", broken)
            let workspace = try importWorkspace()
            let first = try workspace.imports.run([path], options: ImportOptions(actor: "t"))
            #expect(first.outcome == .failure)
            #expect(first.imported == 3)
            let error = try #require(first.files[0].error)
            #expect(error.line == 5)
            #expect(error.column != nil)
            #expect(error.description.hasPrefix("\(path):5:"))
            #expect(try workspace.candidates.list().count == 3)

            try good.write(toFile: path, atomically: true, encoding: .utf8)
            let second = try workspace.imports.run([path], options: ImportOptions(actor: "t"))
            #expect(second.outcome == .success)
            #expect(second.imported == 2)
            #expect(second.unchanged == 3)
            #expect(try workspace.candidates.list().count == 5)
        }
    }

    @Test("gzip feeds are read directly; CRLF, CDATA, character references and UTF-16 decode")
    func encodings() throws {
        try withTemporaryFolder { folder in
            let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n<Resume><StructuredXMLResume><ContactInfo><PersonName><FormattedName><![CDATA[Łukasz]]> &#x17B;ak &amp; co</FormattedName></PersonName></ContactInfo></StructuredXMLResume></Resume>\r\n"
            var utf16 = Data([0xFF, 0xFE])
            utf16.append(text.data(using: .utf16LittleEndian)!)
            let (items, result) = try readFeed(try folder.write("u16.xml", data: utf16))
            #expect(result.error == nil)
            #expect(items.first?.record.formattedName == "Łukasz Żak & co")

            let plain = try folder.write("a.xml", candidateFeed(id: "1", name: "Ann Lee", email: "ann@example.com"))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["gzip", "-k", plain]
            try process.run()
            process.waitUntilExit()
            let (gzItems, gzResult) = try readFeed(plain + ".gz")
            #expect(gzResult.error == nil)
            #expect(gzItems.first?.record.name == "Ann Lee")
        }
    }
}
