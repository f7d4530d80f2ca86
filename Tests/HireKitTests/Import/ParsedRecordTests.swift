import Foundation
import HireTestSupport
import Testing
@testable import HireKit

@Suite("ParsedRecord: the reader's byte-span records stand for the same ApplicantRecord")
struct ParsedRecordTests {
    @Test("fingerprints read from the bytes equal those of the records they stand for (stored fingerprints stay valid)", arguments: ImportedProfileTests.feeds)
    func fingerprints(feed: String) throws {
        let (items, _) = try readFeed(feed)
        try #require(!items.isEmpty)
        for item in items {
            #expect(Fingerprint.of(item.parsed) == Fingerprint.of(item.record), "line \(item.parsed.line)")
        }
    }

    @Test("a record's display name, location and assembled phone numbers are spans of its own text")
    func assembledText() throws {
        let xml = """
            <?xml version="1.0"?>
            <Candidate xmlns="http://ns.hr-xml.org/2007-04-15"><CandidateProfile><PersonalData>
              <PersonName><GivenName> Ana </GivenName><FamilyName>Ferreira</FamilyName></PersonName>
              <ContactMethod><Telephone><InternationalCountryCode>351</InternationalCountryCode><AreaCityCode>21</AreaCityCode>
                <SubscriberNumber>555 0101</SubscriberNumber><Extension>12</Extension></Telephone></ContactMethod>
              <ContactMethod><PostalAddress><CountryCode>PT</CountryCode><Municipality>Lisboa</Municipality></PostalAddress></ContactMethod>
            </PersonalData></CandidateProfile></Candidate>
            """
        try withTemporaryFolder { folder in
            let (items, _) = try readFeed(try folder.write("one.xml", xml))
            let parsed = try #require(items.first).parsed
            #expect(parsed.string(parsed.name) == "Ana Ferreira")
            #expect(parsed.string(parsed.location) == "Lisboa, PT")
            #expect(parsed.phones.map(parsed.string) == ["+351 21 555 0101 ext. 12"])
            #expect(parsed.applicantRecord.name == "Ana Ferreira")
        }
    }
}
