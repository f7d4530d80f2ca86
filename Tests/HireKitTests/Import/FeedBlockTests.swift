import Foundation
import HireTestSupport
import Testing
@testable import HireKit

@Suite("FeedBlock: records' verbatim XML kept across the 256 KB blocks the feed is read in")
struct FeedBlockTests {
    /// Records of about `size` bytes each (padded with an unmodelled element), the last one
    /// without a name so it is a reject.
    func feed(records: Int, size: Int) -> (xml: String, records: [String]) {
        let bodies = (0..<records).map { index in
            let name = index == records - 1 ? "" : "<PersonName><FormattedName>Person \(index)</FormattedName></PersonName>"
            let padding = String(repeating: "x", count: max(0, size - 200))
            return "<Candidate><CandidateProfile><PersonalData>\(name)<ContactMethod><InternetEmailAddress>p\(index)@example.com</InternetEmailAddress></ContactMethod>"
                + "<Padding>\(padding)</Padding></PersonalData></CandidateProfile></Candidate>"
        }
        let xml = "<?xml version=\"1.0\"?>\n<Candidates xmlns=\"http://ns.hr-xml.org/2007-04-15\">\n" + bodies.joined(separator: "\n") + "\n</Candidates>\n"
        return (xml, bodies)
    }

    @Test("records inside one block, across two and across several keep their exact bytes", arguments: [3_000, 200_000, 700_000])
    func verbatim(size: Int) throws {
        try withTemporaryFolder { folder in
            let (xml, bodies) = feed(records: 6, size: size)
            let (items, result) = try readFeed(try folder.write("feed.xml", xml))
            #expect(result.error == nil)
            try #require(items.count == bodies.count)
            for (item, body) in zip(items, bodies) {
                #expect(item.raw == body)
                #expect(item.rawBytes.count == body.utf8.count)
            }
            #expect(items.last?.record.name == nil)
        }
    }

    @Test("a rejected record spanning blocks is stored verbatim in the workspace")
    func storedReject() throws {
        try withTemporaryFolder { folder in
            let (xml, bodies) = feed(records: 3, size: 400_000)
            let workspace = try importWorkspace()
            let summary = try workspace.imports.run([try folder.write("feed.xml", xml)], options: ImportOptions(actor: "test"))
            #expect(summary.imported == 2)
            #expect(summary.rejected == 1)
            #expect(try workspace.imports.rejects().map(\.raw) == [bodies[2]])
        }
    }
}
