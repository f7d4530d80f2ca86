import Foundation
import HireTestSupport
import Testing

@Suite("hire import end to end")
struct ImportCommandTests {
    func workspace(_ folder: TemporaryFolder) throws -> [String] {
        let ws = ["--workspace", folder.path("w.sqlite")]
        #expect(try HireBinary.run(["init"] + ws).status == 0)
        return ws
    }

    @Test("importing the shipped feeds exits 2 (one reject), lists it, and re-running adds nothing")
    func shippedFeeds() throws {
        try withTemporaryFolder { folder in
            let ws = try workspace(folder)
            let feeds = try FileManager.default.contentsOfDirectory(atPath: HireBinary.packageRoot.appendingPathComponent("Imports").path)
                .filter { $0.hasSuffix(".xml") }.sorted().map { "Imports/\($0)" }
            let first = try HireBinary.run(["import"] + feeds + ws)
            #expect(first.status == 2, "\(first.stderr)")
            #expect(first.stdout.contains("Total: 8 imported, 0 updated, 0 unchanged, 0 merged, 1 rejected"))
            #expect(first.stderr.contains("Imports/agency-batch-hrxml2.xml:82: error: the record has no name and no email"))
            #expect(!first.stderr.contains("\u{1B}["))
            let again = try HireBinary.run(["import"] + feeds + ws + ["--output", "json"])
            let json = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any]
            let files = json?["files"] as? [[String: Any]]
            #expect(files?.map { $0["imported"] as? Int } == [0, 0, 0, 0, 0])
            #expect(files?.compactMap { $0["unchanged"] as? Int }.reduce(0, +) == 8)
            let rejects = try HireBinary.run(["import", "rejects", "--format", "json"] + ws)
            #expect(rejects.status == 0)
            let list = try JSONSerialization.jsonObject(with: Data(rejects.stdout.utf8)) as? [[String: Any]]
            #expect(list?.first?["line"] as? Int == 82)
            #expect((list?.first?["raw"] as? String)?.contains("NW-1003") == true)
            let csv = try HireBinary.run(["candidate", "list", "--format", "csv"] + ws)
            #expect(csv.stdout.contains("Søren Åkesson-Müller"))
        }
    }

    @Test("candidate show lists what the feed said: other contacts, postings, jobs, schools, competencies with evidence")
    func showImportedProfile() throws {
        try withTemporaryFolder { folder in
            let ws = try workspace(folder)
            _ = try HireBinary.run(["import", "Imports/agency-batch-hrxml2.xml"] + ws)
            let show = try HireBinary.run(["candidate", "show", "zoe.castellanos@example.org"] + ws)
            #expect(show.status == 0)
            for line in [
                "From the feed (HR-XML 2.x):", "  Applied for: AE-2026-01 (not an opening here)", "  Supplied as: Recruiter",
                "    Account Executive, Ferrovia Logistics (2022-03 - current)", "    BBA, Marketing - Universitat de València",
                "    Discovery [weight 40 (0-100)]: Agency interview 4 (1-5) last used 2026-01-15", "    Negotiation: Reference check strong",
            ] {
                #expect(show.stdout.contains(line + "\n"), "missing: \(line)\n\(show.stdout)")
            }
            let kwame = try HireBinary.run(["candidate", "show", "kwame.mensah@example.org", "--format", "json"] + ws)
            let json = try JSONSerialization.jsonObject(with: Data(kwame.stdout.utf8)) as? [String: Any]
            let imported = json?["imported"] as? [String: Any]
            #expect(imported?["format"] as? String == "hrxml2")
            #expect(imported?["phones"] as? [String] == ["+44 20 7946 0011"])
        }
    }

    @Test("an empty feed is not well-formed XML (exit 1); --batch-size must be at least 1 (exit 64)")
    func emptyFeedAndBatchSize() throws {
        try withTemporaryFolder { folder in
            let ws = try workspace(folder)
            let empty = try HireBinary.run(["import", try folder.write("empty.xml", "")] + ws)
            #expect(empty.status == 1)
            #expect(empty.stderr.contains("empty.xml:1:1: error: not well-formed XML: document is empty"))
            let zero = try HireBinary.run(["import", "Imports/agency-batch-hrxml2.xml", "--batch-size", "0"] + ws)
            #expect(zero.status == 64)
            #expect(zero.stderr.contains("--batch-size must be at least 1"))
            let small = try HireBinary.run(["import", "Imports/agency-batch-hrxml2.xml", "--batch-size", "1"] + ws)
            #expect(small.status == 2)
            #expect(small.stdout.contains("2 imported"), "\(small.stdout)")
        }
    }

    @Test("stdin and gzip; --dry-run writes nothing; bad email is reported without the address")
    func stdinDryRun() throws {
        try withTemporaryFolder { folder in
            let ws = try workspace(folder)
            let feed = """
                <?xml version="1.0"?>
                <Feed>
                <Resume><StructuredXMLResume><ContactInfo><PersonName><FormattedName>Ann Lee</FormattedName></PersonName>
                <ContactMethod><InternetEmailAddress>ann@example.com</InternetEmailAddress></ContactMethod></ContactInfo></StructuredXMLResume></Resume>
                <Resume><StructuredXMLResume><ContactInfo><PersonName><FormattedName>Bo Berg</FormattedName></PersonName>
                <ContactMethod><InternetEmailAddress>bo.secret at example</InternetEmailAddress></ContactMethod></ContactInfo></StructuredXMLResume></Resume>
                </Feed>
                """
            let dry = try HireBinary.run(["import", "-", "--dry-run"] + ws, stdin: Data(feed.utf8))
            #expect(dry.status == 2)
            #expect(dry.stdout.contains("Dry run"))
            #expect(dry.stdout.contains("1 imported"))
            #expect(dry.stderr.contains("<stdin>:5: error: the record has an invalid email address"))
            #expect(!dry.stderr.contains("bo.secret"))
            #expect(try HireBinary.run(["candidate", "list", "--format", "csv"] + ws).stdout == "ID,NAME,EMAIL,ROLE,OPENING,STAGE,SOURCE,APPLIED,LAST-CHANGED\n")

            let path = try folder.write("feed.xml", feed)
            let gzip = Process()
            gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            gzip.arguments = ["gzip", path]
            try gzip.run()
            gzip.waitUntilExit()
            let real = try HireBinary.run(["import", path + ".gz"] + ws)
            #expect(real.status == 2)
            #expect(try HireBinary.run(["candidate", "list", "--format", "csv"] + ws).stdout.contains("Ann Lee"))
        }
    }

    @Test("a broken document exits 1 with file:line:col; a missing file and an unknown opening fail cleanly")
    func failures() throws {
        try withTemporaryFolder { folder in
            let ws = try workspace(folder)
            let broken = try folder.write("broken.xml", "<Feed>\n<Resume>\n</Feed>\n")
            let result = try HireBinary.run(["import", broken] + ws)
            #expect(result.status == 1)
            #expect(result.stderr.contains("broken.xml:3:"))
            #expect(result.stderr.contains("error: not well-formed XML"))
            let missing = try HireBinary.run(["import", folder.path("none.xml")] + ws)
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("cannot read"))
            let opening = try HireBinary.run(["import", broken, "--opening", "NOPE"] + ws)
            #expect(opening.status == 1)
            #expect(opening.stderr.contains("unknown opening 'NOPE'"))
            #expect(try HireBinary.run(["import", "--help"]).stdout.contains("rejects"))
            #expect(try HireBinary.run(["import", "run", "--help"]).stdout.contains("--dry-run"))
        }
    }
}
