import Foundation
import HireTestSupport
import GRDB
import Testing
@testable import HireKit

/// A one-record HR-XML 2 feed whose candidate claims `count` competencies, each with two pieces
/// of evidence named after it.
func competencyFeed(id: String, email: String, competencies count: Int, months: Int = 12) -> String {
    let competencies = (0..<count).map { index in
        """
        <Competency name="Skill \(index)">
          <CompetencyEvidence name="Skill \(index) test" lastUsed="2024-01-01"><NumericValue minValue="0" maxValue="100">\(index)</NumericValue></CompetencyEvidence>
          <CompetencyEvidence name="Skill \(index) use"><NumericValue description="Total Months">\(months)</NumericValue></CompetencyEvidence>
        </Competency>
        """
    }.joined(separator: "\n")
    return """
        <?xml version="1.0"?>
        <Candidate xmlns="http://ns.hr-xml.org/2007-04-15">
          <CandidateRecordInfo><Id idOwner="acme"><IdValue>\(id)</IdValue></Id></CandidateRecordInfo>
          <CandidateProfile>
            <PersonalData>
              <PersonName><FormattedName>Lena Novak</FormattedName></PersonName>
              <ContactMethod><InternetEmailAddress>\(email)</InternetEmailAddress></ContactMethod>
              <ContactMethod><Telephone><FormattedNumber>+1 555 0100</FormattedNumber></Telephone></ContactMethod>
            </PersonalData>
            <Qualifications>\(competencies)</Qualifications>
          </CandidateProfile>
        </Candidate>
        """
}

@Suite("Import writes: multi-row inserts, detail ordinals, foreign keys")
struct ImportWriteTests {
    let options = ImportOptions(actor: "test")

    /// Rows of evidence whose competency is not the one they were written for, or missing.
    func mislinkedEvidence(_ db: Database) throws -> Int {
        try Int.fetchOne(
            db,
            sql: """
                SELECT COUNT(*) FROM competencyEvidence e
                LEFT JOIN candidateCompetency c ON c.candidateId = e.candidateId AND c.ordinal = e.competency
                WHERE c.name IS NULL OR e.name NOT LIKE c.name || ' %'
                """) ?? -1
    }

    @Test("more competencies than one statement holds: every row written, evidence linked to its own competency")
    func manyCompetencies() throws {
        let workspace = try importWorkspace()
        try withTemporaryFolder { folder in
            let summary = try workspace.imports.run([try folder.write("a.xml", competencyFeed(id: "A-1", email: "lena@example.com", competencies: 75))], options: options)
            #expect(summary.imported == 1)
            try workspace.writer.read { (db: Database) throws in
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM candidateCompetency") == 75)
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM competencyEvidence") == 150)
                #expect(try mislinkedEvidence(db) == 0)
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM candidateContact") == 2)
                #expect(try Double.fetchOne(db, sql: "SELECT e.normalized FROM competencyEvidence e WHERE e.name = 'Skill 50 test'") == 0.5)
                #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            }
        }
    }

    @Test("an update replaces competencies and their evidence (no orphans, ordinals from 0 again), foreign keys are back on")
    func updateReplacesEvidence() throws {
        let workspace = try importWorkspace()
        try withTemporaryFolder { folder in
            _ = try workspace.imports.run([try folder.write("a.xml", competencyFeed(id: "A-1", email: "lena@example.com", competencies: 40))], options: options)
            let summary = try workspace.imports.run(
                [try folder.write("a.xml", competencyFeed(id: "A-1", email: "lena@example.com", competencies: 3, months: 24))], options: options)
            #expect(summary.updated == 1)
            try workspace.writer.read { (db: Database) throws in
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM candidateCompetency") == 3)
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM competencyEvidence") == 6)
                #expect(try mislinkedEvidence(db) == 0)
                #expect(try Int.fetchAll(db, sql: "SELECT ordinal FROM candidateCompetency ORDER BY ordinal") == [0, 1, 2])
                #expect(try Int.fetchAll(db, sql: "SELECT ordinal FROM competencyEvidence WHERE competency = 2 ORDER BY ordinal") == [0, 1])
                #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            }
            try workspace.writer.writeWithoutTransaction { (db: Database) throws in
                #expect(try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") == true)
            }
        }
    }

    @Test("a feed bigger than one hand-over batch imports every record once, in order")
    func manyBatches() throws {
        let workspace = try importWorkspace()
        try withTemporaryFolder { folder in
            let records = (0..<300).map { index in
                """
                <Candidate><CandidateRecordInfo><Id idOwner="acme"><IdValue>B-\(index)</IdValue></Id></CandidateRecordInfo>
                <CandidateProfile><PersonalData><PersonName><FormattedName>Person \(index)</FormattedName></PersonName>
                <ContactMethod><InternetEmailAddress>p\(index)@example.com</InternetEmailAddress></ContactMethod></PersonalData></CandidateProfile></Candidate>
                """
            }
            let path = try folder.write("many.xml", "<?xml version=\"1.0\"?>\n<Envelope xmlns=\"http://ns.hr-xml.org/2007-04-15\">\n" + records.joined(separator: "\n") + "\n</Envelope>\n")
            let summary = try workspace.imports.run([path], options: options)
            #expect(summary.imported == 300)
            #expect(summary.files[0].records == 300)
            try workspace.writer.read { (db: Database) throws in
                #expect(try String.fetchAll(db, sql: "SELECT externalId FROM candidate ORDER BY id") == (0..<300).map { "B-\($0)" })
            }
            #expect(try workspace.imports.run([path], options: options).unchanged == 300)
        }
    }
}

@Suite("Fingerprint")
struct FingerprintTests {
    @Test("numbers are mixed in exactly as their description, without building the string")
    func numbersAsDescribed() {
        var values: [Double] = [0, -0.0, 1, 50, 100, -7, 65, 1e14, 999_999_999_999_999, 1e15, -1e15, 1e16, 0.5, 12.25, -3.75, .infinity, -.infinity, .nan]
        values += (0..<2000).map { Double($0) } + (0..<200).map { Double($0) * 1.37 - 100 } + (0..<60).map { pow(2, Double($0)) }
        for value in values {
            #expect(Fingerprint.mixing(number: value) == Fingerprint.mixing(text: "\(value)"), "\(value)")
        }
    }

    @Test("the value depends on the bytes and where fields end, not on how they line up with words")
    func byteStream() {
        var record = ApplicantRecord()
        record.formattedName = "Søren Kierkegaard-Østergaard"
        record.emails = ["soren@example.com"]
        let base = Fingerprint.of(record)
        // Pinned: a change of this value makes every stored fingerprint stale (re-imports report "updated").
        #expect(base == -1_322_014_613_291_263_764)
        var shifted = record
        shifted.formattedName = "Søren Kierkegaard-Østergaar"
        shifted.emails = ["dsoren@example.com"]
        #expect(Fingerprint.of(shifted) != base)
        var moved = record
        moved.givenName = "x"
        #expect(Fingerprint.of(moved) != base)
        // Every alignment of a long text against the 8-byte words gives a distinct, stable value.
        let texts = (0..<24).map { String(repeating: "a", count: $0) + "bcdefghijklmnopqrstuvwxyz" }
        let values = texts.map { Fingerprint.mixing(text: $0) }
        #expect(Set(values).count == texts.count)
        #expect(values == texts.map { Fingerprint.mixing(text: $0) })
    }
}
