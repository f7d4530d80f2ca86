import Foundation
import Testing
@testable import HireKit

/// Reads a feed fully and returns its items and result.
func readFeed(_ path: String, format: FeedFormat? = nil) throws -> ([FeedItem], FeedReadResult) {
    var items: [FeedItem] = []
    let result = try FeedReader(path: path, forcedFormat: format).read { items.append($0) }
    return (items, result)
}

@Suite("FeedReader: the real HR-XML documents in shared/samples", .enabled(if: Fixtures.hasSharedSamples, Fixtures.sharedSamplesMissing))
struct FeedReaderSamplesTests {
    func sample(_ name: String) -> String { (Fixtures.sharedSamples as NSString).appendingPathComponent(name) }

    @Test("HR-XML 2.5 Candidate: id, name, posting, supplier, weighted competencies with evidence, employment")
    func hrxml25Candidate() throws {
        let (items, result) = try readFeed(sample("hrxml25-candidate-example.xml"))
        #expect(result.error == nil)
        #expect(result.format == .hrxml2)
        try #require(items.count == 1)
        let r = items[0].record
        #expect(r.line == 2)
        #expect(r.externalId == "456789")
        #expect(r.issuingSource == "12345")
        #expect(r.formattedName == "Ruth Jenre")
        #expect(r.appliedPositions == ["98767-12345"])
        #expect(r.supplier == "USA Staffing, Inc.")
        #expect(r.supplierRelationship == "Recruiter")
        #expect(r.competencies.map(\.label) == ["Written Communication Skills", "Oral Communication Skills"])
        let written = r.competencies[0]
        #expect(written.evidence.first?.name == "WRITTENTEST1-A")
        #expect(written.evidence.first?.value.numeric == 5)
        #expect(written.evidence.first?.value.minValue == 3)
        #expect(written.evidence.first?.value.normalized == 1)
        #expect(written.weight?.numeric == 35)
        #expect(written.weight?.normalized == 0.35)
        #expect(r.competencies[1].weight?.numeric == 65)
        #expect(r.employment.first?.employer == "T.J. Watson Research Center")
        #expect(r.employment.first?.start == "1998-06")
        #expect(r.employment.first?.end == "1998-08")
        #expect(r.education.first?.school == "UCLA")
        #expect(r.emails.isEmpty)
        // The supplier's and distributor's phones are not the candidate's.
        #expect(r.phones.isEmpty)
        #expect(r.unmodelled["MilitaryHistory"] == 1)
        #expect(r.unmodelled["DistributionGuidelines"] == 1)
        #expect(items[0].raw.hasPrefix("<Candidate xmlns=\"http://ns.hr-xml.org/2007-04-15\""))
        #expect(items[0].raw.hasSuffix("</Candidate>"))
    }

    @Test("HR-XML 2.5 Resume: contact info, nested competencies, references are not the candidate")
    func hrxml25Resume() throws {
        let (items, result) = try readFeed(sample("hrxml25-resume-example.xml"))
        #expect(result.error == nil)
        try #require(items.count == 1)
        let r = items[0].record
        #expect(r.externalId == "JA2284")
        #expect(r.formattedName == "John A. Example")
        #expect(r.emails == ["jaexample@cc.gatech.edu"])
        #expect(r.phones == ["+1 404 122 1234"])
        #expect(r.location == "Atlanta, GA, US")
        #expect(r.competencies.map(\.label).sorted() == ["Communication Skills", "Written Communication Skills"])
        let written = try #require(r.competencies.first { $0.name == "Written Communication Skills" })
        #expect(written.weight?.numeric == 35)
        #expect(r.education.first?.school == "Georgia Institute of Technology")
        #expect(r.education.first?.degree == "Ph.D.")
        #expect(r.education.first?.major == "Computer Science")
        #expect(r.unmodelled["References"] == 1)
        #expect(r.unmodelled["NonXMLResume"] == 1)
    }

    @Test("Sovren resume-parser output: 54 competencies, current job, vendor extensions skipped")
    func sovren() throws {
        let (items, result) = try readFeed(sample("sovren-2006-resume.xml"))
        #expect(result.error == nil)
        try #require(items.count == 1)
        let r = items[0].record
        #expect(r.externalId == nil)
        #expect(r.formattedName == "John F. Adams, III")
        #expect(r.givenName == "John")
        #expect(r.familyName == "Adams")
        #expect(r.emails == ["johnadams@yamoo.com"])
        #expect(r.phones == ["(858) 555-1001", "(858) 555-1000"])
        #expect(r.location == "Solana Beach, CA, US")
        #expect(r.competencies.count == 54)
        let marketing = try #require(r.competencies.first)
        #expect(marketing.name == "MARKETING")
        #expect(marketing.id == "021241")
        #expect(marketing.taxonomy == "Sovren")
        #expect(marketing.evidence.first?.value.numeric == 159)
        #expect(marketing.evidence.first?.value.description == "Total Months")
        #expect(r.employment.first?.employer == "Technical Difference")
        #expect(r.employment.first?.title == "Director of Web Applications Development")
        #expect(r.employment.first?.current == true)
        #expect(r.education.map(\.school) == ["California State University", "Butte College"])
        #expect(r.unmodelled["UserArea"] != nil)
    }

    @Test("HR-XML 3.2 Candidate with oa: prefix: non-ASCII name, email, phone, competency by taxonomy URI")
    func hrxml3() throws {
        let (items, result) = try readFeed(sample("hrxml3-candidate-nav.xml"))
        #expect(result.error == nil)
        #expect(result.format == .hrxml3)
        try #require(items.count == 1)
        let r = items[0].record
        #expect(r.externalId == "66b42e02-40fe-4ed8-a86a-a88d581a88c6")
        #expect(r.issuingSource == "NAV")
        #expect(r.givenName == "Kløktig")
        #expect(r.familyName == "Potet")
        #expect(r.name == "Kløktig Potet")
        #expect(r.emails == ["noreply@nav.no"])
        #expect(r.phones == ["11111111"])
        #expect(r.supplier == "Nav")
        #expect(r.competencies.count == 1)
        #expect(r.competencies.first?.id == "http://data.europa.eu/esco/skill/6882a311-b19e-438b-9cff-7eb8930d9e42")
        #expect(r.competencies.first?.taxonomy == "other")
        #expect(r.unmodelled["Licenses"] == 1)
    }
}
