import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Erasure: finding a person in rejected records and feed file names")
struct NameFormsTests {
    static func candidate(name: String, given: String? = nil, family: String? = nil, email: String? = nil, phone: String? = nil, externalId: String? = nil) -> Candidate {
        Candidate(id: 1, name: name, givenName: given, familyName: family, email: email, phone: phone, externalId: externalId)
    }

    static let ann = NameForms(candidate(name: "Ann Example", email: "ann.example@example.org", phone: "+44 20 7946 0958", externalId: "AE-42"))

    @Test("a record names the person whatever the spacing, case, line breaks, entities, order or elements of the name")
    func recordForms() {
        for raw in [
            "<Resume><PersonName><FormattedName>Ann   Example</FormattedName></PersonName></Resume>",
            "<Resume><PersonName><FormattedName>ANN\n  example</FormattedName></PersonName></Resume>",
            "<Resume><PersonName><FormattedName>&#65;nn Ex&#x61;mple</FormattedName></PersonName></Resume>",
            "<Resume><PersonName><GivenName>Ann</GivenName><FamilyName>Example</FamilyName></PersonName></Resume>",
            "<Resume><PersonName><FamilyName>Example</FamilyName><GivenName>Ann</GivenName></PersonName></Resume>",
            "<Resume><PersonName><FormattedName><![CDATA[Example, Ann]]></FormattedName></PersonName></Resume>",
            "<Resume><!-- for Ann Example --><x/></Resume>",
            "<candidate><name formatted=\"Ann Example\"/></candidate>",
            "<Resume><Email>ANN.EXAMPLE@example.org</Email></Resume>",
            "<Resume><Email>ann.example&#64;example.org</Email></Resume>",
            "<Resume><Id> AE-42 </Id></Resume>",
            "<Resume><Phone>+44 (20) 7946-0958</Phone></Resume>",
            "<Resume><Email>ann.example@example.com</Email></Resume>",  // every word of the name, in another address
        ] {
            #expect(Self.ann.areNamed(inRecord: raw), "\(raw)")
            var prefilter = NameForms.Prefilter([Self.ann])
            let may = prefilter.mayName(raw)
            #expect(may, "the quick test must pass every record the full test finds: \(raw)")
        }
        var prefilter = NameForms.Prefilter([Self.ann])
        let other = prefilter.mayName("<Resume><PersonName><FormattedName>Otto Keptmann</FormattedName></PersonName><Id>X-1</Id></Resume>")
        let reference = prefilter.mayName("<Resume><Name>Zo&#235; Other</Name></Resume>")
        #expect(!other)
        #expect(reference, "a reference goes to the full test")
        for raw in [
            "<Resume><PersonName><GivenName>Ann</GivenName><FamilyName>Other</FamilyName></PersonName></Resume>",
            "<Resume><Example><Ann/></Example></Resume>",  // element names are markup
            "<Resume><Id>AE-421</Id><Note>Annexample</Note></Resume>",
            "<Resume><Email>ann@elsewhere.org</Email></Resume>",
        ] {
            #expect(!Self.ann.areNamed(inRecord: raw), "\(raw)")
        }
        let split = NameForms(Self.candidate(name: "A. Example-Smith", given: "Ann", family: "Example-Smith"))
        #expect(split.areNamed(inRecord: "<r><g>ann</g><f>Example Smith</f></r>"))
        #expect(NameForms(Self.candidate(name: "José Núñez")).areNamed(inRecord: "<r>JOSE NUNEZ</r>"))
    }

    @Test("a file name names the person whatever separates the words, their order and case")
    func fileForms() {
        for file in ["Ann Example.xml", "ann-example.xml", "cv_EXAMPLE_ann.xml.gz", "AnnExample2026.xml", "ann.example@example.org.xml", "feed-AE-42.xml", "ann.example.xml"] {
            #expect(Self.ann.areNamed(inFileName: file), "\(file)")
        }
        for file in ["feed.xml", "annual-examples.xml", "anne-example.xml", "applicants-2026.xml", "<stdin>"] {
            #expect(!Self.ann.areNamed(inFileName: file), "\(file)")
        }
        let short = NameForms(Self.candidate(name: "Li"))
        #expect(short.areNamed(inFileName: "li.xml") && !short.areNamed(inFileName: "applicants.xml"))
    }

    @Test("a feed named after the erased person keeps no trace of the name: runs, other people's rejects and stage-change reasons")
    func feedFileNamedAfterPerson() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hire-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("w.sqlite").path
        let workspace = try Workspace.create(at: path)
        try workspace.roles.store([(try Fixtures.minimalProfile(), "t.yaml")], actor: "t")
        let person = try workspace.candidates.add(NewCandidate(name: "Quillon Varganza", email: "qv@example.org", role: "test-role"), actor: "t")
        let feed = folder.appendingPathComponent("cv_VARGANZA_quillon.xml").path
        try """
            <?xml version="1.0"?>
            <Candidates xmlns="http://ns.hr-xml.org/2006-02-28">
            <Resume><StructuredXMLResume><ContactInfo><PersonName><FormattedName>Vera Validperson</FormattedName></PersonName>
              <ContactMethod><InternetEmailAddress>vera@example.org</InternetEmailAddress></ContactMethod></ContactInfo></StructuredXMLResume></Resume>
            <Resume><StructuredXMLResume><ContactInfo><PersonName><FormattedName>Otto Keptmann</FormattedName></PersonName>
              <ContactMethod><InternetEmailAddress>otto at example</InternetEmailAddress></ContactMethod></ContactInfo></StructuredXMLResume></Resume>
            </Candidates>
            """.write(toFile: feed, atomically: true, encoding: .utf8)
        let summary = try workspace.imports.run([feed], options: ImportOptions(actor: "t", role: "test-role"))
        #expect(summary.files[0].imported == 1 && summary.files[0].rejected == 1)
        try workspace.writer.read { (db: Database) throws in
            // Only the base name is kept, never the folders.
            #expect(try String.fetchAll(db, sql: "SELECT file FROM importRun") == ["cv_VARGANZA_quillon.xml"])
        }
        let report = try workspace.candidates.erase(CandidateID(person.id!), reason: "request 9", actor: "t")
        #expect(report.compacted)
        try workspace.writer.read { (db: Database) throws in
            #expect(try String.fetchAll(db, sql: "SELECT file FROM importRun") == ["(erased)"])
            #expect(try String.fetchAll(db, sql: "SELECT file FROM importReject") == ["(erased)"])
            #expect(try String.fetchAll(db, sql: "SELECT reason FROM stageChange WHERE candidateId <> ?", arguments: [person.id]) == ["imported from (erased)"])
        }
        #expect(try workspace.candidates.get(try workspace.candidateID("vera@example.org")).name == "Vera Validperson")
        var bytes = Data()
        for file in [path, path + "-wal"] where FileManager.default.fileExists(atPath: file) {
            bytes += Data(try Data(contentsOf: URL(fileURLWithPath: file)).map { (65...90).contains($0) ? $0 + 32 : $0 })
        }
        for needle in ["quillon", "varganza"] { #expect(bytes.range(of: Data(needle.utf8)) == nil, "\(needle) on disk") }
        #expect(bytes.range(of: Data("keptmann".utf8)) != nil)
    }

    @Test("migration import-v4-file-base-names keeps only the base names of feeds imported before")
    func baseNameMigration() throws {
        #expect(ImportSchema.storedFileName("/home/hr/Ann Example/feed.xml") == "feed.xml")
        #expect(ImportSchema.storedFileName("feed.xml.gz") == "feed.xml.gz")
        #expect(ImportSchema.storedFileName("<stdin>") == "<stdin>")
        let queue = try DatabaseQueue()
        try queue.write { (db: Database) throws in
            try db.execute(sql: "CREATE TABLE importRun (id INTEGER PRIMARY KEY, file TEXT NOT NULL)")
            try db.execute(sql: "CREATE TABLE importReject (id INTEGER PRIMARY KEY, file TEXT NOT NULL)")
            try db.execute(sql: "CREATE TABLE stageChange (id INTEGER PRIMARY KEY, reason TEXT)")
            try db.execute(sql: "INSERT INTO importRun (file) VALUES ('/srv/Ann Example/a.xml'), ('b.xml'), ('<stdin>')")
            try db.execute(sql: "INSERT INTO importReject (file) VALUES ('/srv/Ann Example/a.xml')")
            try db.execute(sql: "INSERT INTO stageChange (reason) VALUES ('imported from /srv/Ann Example/a.xml'), ('moved by hand'), (NULL)")
            try ImportSchema.storeBaseNames(db)
            #expect(try String.fetchAll(db, sql: "SELECT file FROM importRun ORDER BY id") == ["a.xml", "b.xml", "<stdin>"])
            #expect(try String.fetchAll(db, sql: "SELECT file FROM importReject") == ["a.xml"])
            #expect(try String?.fetchAll(db, sql: "SELECT reason FROM stageChange ORDER BY id") == ["imported from a.xml", "moved by hand", nil])
        }
    }
}
