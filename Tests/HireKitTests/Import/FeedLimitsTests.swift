import Foundation
import HireTestSupport
import Testing
@testable import HireKit

@Suite("FeedReader limits: encodings it cannot read, attributes per element")
struct FeedLimitsTests {
    private let record = "<Candidate><CandidateProfile><PersonalData><PersonName><FormattedName>Ann Lee</FormattedName></PersonName></PersonalData></CandidateProfile></Candidate>\n"

    @Test("a UTF-32 feed is refused as UTF-32, not as an empty document", arguments: [
        (String.Encoding.utf32, "little-endian"), (.utf32BigEndian, "big-endian"), (.utf32LittleEndian, "little-endian"),
    ])
    func utf32(encoding: String.Encoding, order: String) throws {
        try withTemporaryFolder { folder in
            let text = "<?xml version=\"1.0\" encoding=\"UTF-32\"?>\n" + record
            let path = try folder.write("u32.xml", data: try #require(text.data(using: encoding)))
            var items: [FeedItem] = []
            let result = try FeedReader(path: path, displayName: "u32.xml").read { items.append($0) }
            #expect(items.isEmpty)
            #expect(result.error?.description == "u32.xml:1:1: error: the feed is encoded in UTF-32 (\(order)), which Hire does not read; convert it to UTF-8 or UTF-16")
        }
    }

    /// A batch of one good record, then a record whose root has `count` attributes.
    private func feed(attributes count: Int) -> String {
        let attributes = (0..<count).map { " a\($0)=\"v\"" }.joined()
        return "<?xml version=\"1.0\"?>\n<Batch xmlns=\"http://ns.hr-xml.org/2007-04-15\">\n" + record
            + "<Candidate\(attributes)><CandidateProfile/></Candidate>\n" + record + "</Batch>\n"
    }

    @Test("256 attributes on an element are read")
    func attributesAtLimit() throws {
        try withTemporaryFolder { folder in
            var count = 0
            let result = try FeedReader(path: try folder.write("a.xml", feed(attributes: 256))).read { _ in count += 1 }
            #expect(result.error == nil)
            #expect(count == 3)
        }
    }

    @Test("an element with more attributes than the limit refuses the document there; the records before it are kept")
    func attributesOverLimit() throws {
        try withTemporaryFolder { folder in
            var names: [String?] = []
            let result = try FeedReader(path: try folder.write("a.xml", feed(attributes: 257)), displayName: "a.xml").read { names.append($0.record.formattedName) }
            #expect(names == ["Ann Lee"])
            #expect(result.error?.description.hasPrefix("a.xml:4:") == true)
            #expect(result.error?.message == "an element has 257 attributes; Hire reads at most 256 per element and refuses the document from here")
        }
    }

    @Test("300,000 attributes on one element are refused while the start tag is read, before libxml2's quadratic duplicate check")
    func attributeFlood() throws {
        try withTemporaryFolder { folder in
            let path = try folder.write("a.xml", feed(attributes: 300_000))
            var names: [String?] = []
            let clock = ContinuousClock()
            var result = FeedReadResult()
            let elapsed = try clock.measure { result = try FeedReader(path: path).read { names.append($0.record.formattedName) } }
            #expect(names == ["Ann Lee"])
            #expect(result.error?.message == "an element has more than 2048 attributes; Hire reads at most 256 per element and refuses the document from here")
            #expect(result.error?.line == 4)
            #expect(elapsed < .seconds(10), "took \(elapsed): the whole start tag was parsed")
        }
    }
}
