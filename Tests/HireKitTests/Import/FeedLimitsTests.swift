import Foundation
import HireTestSupport
import Testing
@testable import HireKit

@Suite("FeedReader limits: encodings it cannot read")
struct FeedLimitsTests {
    private let record = "<Candidate><CandidateProfile><PersonalData><PersonName><FormattedName>Ann Lee</FormattedName></PersonName></PersonalData></CandidateProfile></Candidate>\n"

    @Test("a UTF-32 feed is refused as UTF-32, not as an empty document", arguments: [
        (String.Encoding.utf32, "little-endian"), (.utf32BigEndian, "big-endian"), (.utf32LittleEndian, "little-endian"),
    ])
    func utf32(encoding: String.Encoding, order: String) throws {
        let folder = try TemporaryFolder()
        let text = "<?xml version=\"1.0\" encoding=\"UTF-32\"?>\n" + record
        let path = try folder.write("u32.xml", data: try #require(text.data(using: encoding)))
        var items: [FeedItem] = []
        let result = try FeedReader(path: path, displayName: "u32.xml").read { items.append($0) }
        #expect(items.isEmpty)
        #expect(result.error?.description == "u32.xml:1:1: error: the feed is encoded in UTF-32 (\(order)), which Hire does not read; convert it to UTF-8 or UTF-16")
    }
}
