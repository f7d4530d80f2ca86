import HireTestSupport
import Testing
@testable import HireKit

@Suite("FeedReader: shapes real resume parsers emit")
struct FeedReaderShapesTests {
    /// Reads `xml` as a feed file.
    func read(_ xml: String) throws -> ([FeedItem], FeedReadResult) {
        try withTemporaryFolder { folder in
            return try withExtendedLifetime(folder) { try readFeed(try folder.write("feed.xml", xml)) }
        }
    }

    @Test("a competency without a name and with an empty id is named by its evidence; blank fields are dropped")
    func competencyNamedByEvidence() throws {
        let (items, result) = try read(
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
        #expect(result.error == nil)
        let record = try #require(items.first?.record)
        #expect(record.name == "Priya Raman")
        #expect(record.phones.isEmpty)
        #expect(record.competencies.map(\.label) == ["Salesforce", "Cold calling"])
        #expect(record.competencies.first?.evidence.first?.value.string == "Salesforce")
    }

    @Test("HR Open 4.x as its XML schema has it: sources, employers with position histories, specializations, qualifications")
    func hrOpenSchemaShape() throws {
        let (items, result) = try read(
            """
            <Candidate xmlns="https://hropenstandards.org/schema/xml/">
              <documentId><value>JB-77</value><schemeAgencyId>jobboard</schemeAgencyId></documentId>
              <person>
                <name><given>Ana</given><family>Ferreira</family></name>
                <communication>
                  <email><item><address>ana@example.pt</address></item></email>
                  <phone><item><countryDialingCode>351</countryDialingCode><formattedNumber>+351 21 000 0000</formattedNumber></item></phone>
                  <address><item><city>Lisboa</city><countrySubDivisions><item><type>district</type><value>Lisboa</value></item></countrySubDivisions>
                    <countryCode>PT</countryCode></item></address>
                </communication>
              </person>
              <profiles><item>
                <associatedPositionOpenings><item><positionOpeningId><value>AE-2026-01</value></positionOpeningId></item></associatedPositionOpenings>
                <candidateSources><item><name>TalentBoard</name><type>JobBoard</type></item></candidateSources>
                <employment>
                  <item>
                    <organization><name>Lusa Telecom</name></organization>
                    <start>2018-01</start>
                    <positionHistories>
                      <item><title>Sales Development Rep</title><start>2018-01</start><end>2020-06</end></item>
                      <item><title>Account Executive</title><start>2020-07</start><current>true</current></item>
                    </positionHistories>
                  </item>
                  <item><organization><name>Porto Foods</name></organization><title>Intern</title><start>2017-06</start><end>2017-09</end></item>
                </employment>
                <education><item>
                  <institution><name>Universidade de Lisboa</name></institution>
                  <educationDegrees><item><name>BSc</name><date>2017</date><specializations><item><name>Economics</name></item></specializations></item></educationDegrees>
                </item></education>
                <qualifications>
                  <item>
                    <competencyName>Negotiation</competencyName>
                    <competencyIds><item><value>S1.2.3</value><schemeId>ESCO</schemeId></item></competencyIds>
                    <competencyEvidence><evidenceName>assessment centre</evidenceName>
                      <scores><item><scoresNumeric><item><value>4</value><minimum>1</minimum><maximum>5</maximum></item></scoresNumeric></item></scores>
                    </competencyEvidence>
                    <proficiencyLevel><scoresText><item><value>advanced</value></item></scoresText></proficiencyLevel>
                  </item>
                </qualifications>
              </item></profiles>
            </Candidate>
            """)
        #expect(result.format == .hropen)
        let record = try #require(items.first?.record)
        #expect(record.externalId == "JB-77" && record.issuingSource == "jobboard")
        #expect(record.name == "Ana Ferreira")
        #expect(record.phones == ["+351 21 000 0000"])
        #expect(record.location == "Lisboa, Lisboa, PT")
        #expect(record.appliedPositions == ["AE-2026-01"])
        #expect(record.supplier == "TalentBoard" && record.supplierRelationship == "JobBoard")
        #expect(record.employment == [
            ApplicantRecord.Employment(employer: "Lusa Telecom", title: "Sales Development Rep", start: "2018-01", end: "2020-06"),
            ApplicantRecord.Employment(employer: "Lusa Telecom", title: "Account Executive", start: "2020-07", current: true),
            ApplicantRecord.Employment(employer: "Porto Foods", title: "Intern", start: "2017-06", end: "2017-09"),
        ])
        #expect(record.education == [ApplicantRecord.Education(school: "Universidade de Lisboa", degree: "BSc", major: "Economics", date: "2017")])
        let negotiation = try #require(record.competencies.first)
        #expect(negotiation.name == "Negotiation" && negotiation.id == "S1.2.3" && negotiation.taxonomy == "ESCO")
        #expect(negotiation.evidence.map(\.name) == ["assessment centre", nil])
        #expect(negotiation.evidence.first?.value.normalized == 0.75)
        #expect(negotiation.evidence.last?.value.string == "advanced")
    }

    @Test("an HR-XML 2 telephone number given in parts is put together; a whole one is taken as it is")
    func telephoneInParts() throws {
        let (items, _) = try read(
            """
            <Candidate xmlns="http://ns.hr-xml.org/2006-02-28">
              <CandidateProfile><PersonalData>
                <PersonName><FormattedName>Ola Nordmann</FormattedName></PersonName>
                <ContactMethod><Telephone><InternationalCountryCode>47</InternationalCountryCode><AreaCityCode>22</AreaCityCode>
                  <SubscriberNumber>12 34 56</SubscriberNumber><Extension>12</Extension></Telephone></ContactMethod>
                <ContactMethod><Mobile><FormattedNumber>+47 912 34 567</FormattedNumber><SubscriberNumber>91234567</SubscriberNumber></Mobile></ContactMethod>
                <ContactMethod><Telephone><AreaCityCode>22</AreaCityCode></Telephone></ContactMethod>
              </PersonalData></CandidateProfile>
            </Candidate>
            """)
        #expect(items.first?.record.phones == ["+47 22 12 34 56 ext. 12", "+47 912 34 567"])
    }

    @Test("a degree without a DegreeDate is dated by when attendance ended")
    func degreeDatedByAttendance() throws {
        let (items, _) = try read(
            """
            <Resume><StructuredXMLResume>
              <ContactInfo><PersonName><FormattedName>Kim Lee</FormattedName></PersonName></ContactInfo>
              <EducationHistory><SchoolOrInstitution><School><SchoolName>Seoul National University</SchoolName></School>
                <Degree><DegreeName>BA</DegreeName><DatesOfAttendance><StartDate><YearMonth>2010-03</YearMonth></StartDate>
                  <EndDate><YearMonth>2014-02</YearMonth></EndDate></DatesOfAttendance></Degree>
                <Degree><DegreeName>MBA</DegreeName><DegreeDate><Year>2018</Year></DegreeDate>
                  <DatesOfAttendance><EndDate><YearMonth>2018-06</YearMonth></EndDate></DatesOfAttendance></Degree>
              </SchoolOrInstitution></EducationHistory>
            </StructuredXMLResume></Resume>
            """)
        #expect(items.first?.record.education.map(\.date) == ["2014-02", "2018"])
    }

    @Test("HR-XML 3 dates as Year or YearMonth as well as FormattedDateTime")
    func hrxml3DateForms() throws {
        let (items, _) = try read(
            """
            <Candidate xmlns="http://www.hr-xml.org/3">
              <CandidatePerson><PersonName><FormattedName>Eva Novak</FormattedName></PersonName></CandidatePerson>
              <CandidateProfile>
                <EmploymentHistory><EmployerHistory><OrganizationName>Brno Tools</OrganizationName>
                  <PositionHistory><PositionTitle>Account Manager</PositionTitle>
                    <EmploymentPeriod><StartDate><YearMonth>2019-04</YearMonth></StartDate><EndDate><Year>2023</Year></EndDate></EmploymentPeriod>
                  </PositionHistory>
                </EmployerHistory></EmploymentHistory>
                <EducationHistory><EducationOrganizationAttendance><OrganizationName>Masaryk University</OrganizationName>
                  <EducationDegree><DegreeName>Ing.</DegreeName><DegreeDate><Year>2018</Year></DegreeDate></EducationDegree>
                </EducationOrganizationAttendance></EducationHistory>
              </CandidateProfile>
            </Candidate>
            """)
        let record = try #require(items.first?.record)
        #expect(record.employment == [ApplicantRecord.Employment(employer: "Brno Tools", title: "Account Manager", start: "2019-04", end: "2023")])
        #expect(record.education.first?.date == "2018")
    }

    @Test("a Europass CV (HR-XML 3 in the europass.eu namespace, with hr:, oa: and eures: elements) is read as HR-XML 3.x")
    func europassCandidate() throws {
        // Shaped like the XML europass.europa.eu embeds in the PDFs it exports; a fictional person.
        let (items, result) = try read(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Candidate xmlns="http://www.europass.eu/1.0" xmlns:oa="http://www.openapplications.org/oagis/9"
                xmlns:eures="http://www.europass_eures.eu/1.0" xmlns:hr="http://www.hr-xml.org/3">
              <hr:DocumentID schemeID="Test-0001" schemeName="DocumentIdentifier" schemeAgencyName="EUROPASS" schemeVersionID="4.0"/>
              <CandidateSupplier><hr:PartyName>Owner</hr:PartyName></CandidateSupplier>
              <CandidatePerson>
                <PersonName><oa:GivenName>Maarit</oa:GivenName><hr:FamilyName>Järvinen</hr:FamilyName></PersonName>
                <Communication><ChannelCode>Email</ChannelCode><oa:URI>maarit.jarvinen@example.org</oa:URI></Communication>
                <Communication><ChannelCode>Web</ChannelCode><oa:URI>https://example.org/maarit</oa:URI></Communication>
                <Communication><ChannelCode>Telephone</ChannelCode><UseCode>mobile</UseCode>
                  <CountryDialing>358</CountryDialing><oa:DialNumber>401234567</oa:DialNumber><CountryCode>fi</CountryCode></Communication>
                <Communication><UseCode>home</UseCode>
                  <Address type="home"><oa:CityName>Tampere</oa:CityName><CountryCode>fi</CountryCode></Address></Communication>
              </CandidatePerson>
              <CandidateProfile languageCode="en">
                <EmploymentHistory><EmployerHistory>
                  <hr:OrganizationName>Pirkanmaa Office Supply Oy</hr:OrganizationName>
                  <OrganizationContact><Communication><Address><oa:CityName>Turku</oa:CityName></Address></Communication></OrganizationContact>
                  <PositionHistory>
                    <PositionTitle typeCode="FREETEXT">Key Account Manager</PositionTitle>
                    <eures:EmploymentPeriod>
                      <eures:StartDate><hr:FormattedDateTime>2020-02</hr:FormattedDateTime></eures:StartDate>
                      <hr:CurrentIndicator>true</hr:CurrentIndicator>
                    </eures:EmploymentPeriod>
                  </PositionHistory>
                </EmployerHistory></EmploymentHistory>
                <EducationHistory><EducationOrganizationAttendance>
                  <hr:OrganizationName>Tampere University</hr:OrganizationName>
                  <AttendancePeriod><StartDate><hr:FormattedDateTime>2013</hr:FormattedDateTime></StartDate>
                    <EndDate><hr:FormattedDateTime>2017</hr:FormattedDateTime></EndDate></AttendancePeriod>
                  <EducationDegree><hr:DegreeName>Bachelor of Business Administration</hr:DegreeName></EducationDegree>
                </EducationOrganizationAttendance></EducationHistory>
                <PersonQualifications><PersonCompetency>
                  <CompetencyID schemeName="NORMAL">swe</CompetencyID><hr:TaxonomyID>language</hr:TaxonomyID>
                  <eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>CEF-Speaking-Interaction</hr:CompetencyDimensionTypeCode>
                    <eures:Score><hr:ScoreText>B2</hr:ScoreText></eures:Score></eures:CompetencyDimension>
                </PersonCompetency></PersonQualifications>
                <Skills><PersonCompetency><hr:TaxonomyID>Digital_Skill</hr:TaxonomyID><hr:CompetencyName>Salesforce CRM</hr:CompetencyName></PersonCompetency></Skills>
              </CandidateProfile>
              <RenderingInformation><Design><Template>Template1</Template></Design></RenderingInformation>
            </Candidate>
            """)
        #expect(result.error == nil)
        #expect(result.format == .hrxml3)
        let record = try #require(items.first?.record)
        #expect(record.name == "Maarit Järvinen")
        #expect(record.emails == ["maarit.jarvinen@example.org"])
        #expect(record.phones == ["+358 401234567"])
        #expect(record.supplier == nil)  // Europass's "Owner": the person themselves
        #expect(record.location == "Tampere, fi")
        #expect(record.employment == [ApplicantRecord.Employment(employer: "Pirkanmaa Office Supply Oy", title: "Key Account Manager", start: "2020-02", current: true)])
        #expect(record.education == [ApplicantRecord.Education(school: "Tampere University", degree: "Bachelor of Business Administration", date: "2017")])
        #expect(record.competencies.map(\.label) == ["swe", "Salesforce CRM"])
        #expect(record.competencies.first?.taxonomy == "language")
        #expect(record.competencies.first?.evidence.first?.name == "CEF-Speaking-Interaction")
        #expect(record.competencies.first?.evidence.first?.value.string == "B2")
    }
}
