import HireTestSupport
import Testing
@testable import HireKit

@Suite("FeedReader: shapes real resume parsers emit")
struct FeedReaderShapesTests {
    @Test("a competency without a name and with an empty id is named by its evidence; blank fields are dropped")
    func competencyNamedByEvidence() throws {
        let folder = try TemporaryFolder()
        let feed = try folder.write(
            "parsed.xml",
            """
            <Resume xmlns="http://ns.hr-xml.org/2007-04-15">
              <StructuredXMLResume>
                <ContactInfo>
                  <PersonName><GivenName>Priya</GivenName><FamilyName>Raman</FamilyName></PersonName>
                  <ContactMethod><Mobile><FormattedNumber>
                  </FormattedNumber></Mobile></ContactMethod>
                </ContactInfo>
                <Qualifications>
                  <Competency>
                    <CompetencyId id="">
                    </CompetencyId>
                    <CompetencyEvidence name="Salesforce"><StringValue>Salesforce</StringValue></CompetencyEvidence>
                  </Competency>
                  <Competency><CompetencyId id=""/><CompetencyEvidence><StringValue>unnamed</StringValue></CompetencyEvidence></Competency>
                  <Competency name="Cold calling"><CompetencyEvidence name="years"><NumericValue>3</NumericValue></CompetencyEvidence></Competency>
                </Qualifications>
              </StructuredXMLResume>
            </Resume>
            """)
        let (items, result) = try readFeed(feed)
        #expect(result.error == nil)
        let record = try #require(items.first?.record)
        #expect(record.name == "Priya Raman")
        #expect(record.phones.isEmpty)
        #expect(record.competencies.map(\.label) == ["Salesforce", "Cold calling"])
        #expect(record.competencies.first?.evidence.first?.value.string == "Salesforce")
    }
}
