import Foundation
import HireTestSupport
import GRDB
import Testing
@testable import HireKit

/// A workspace with the test role and the two openings the shipped feeds apply for.
func importWorkspace() throws -> Workspace {
    let workspace = try Fixtures.workspaceWithRole()
    try workspace.openings.add(id: "AE-2026-01", role: "test-role", title: nil, actor: "test")
    try workspace.openings.add(id: "SDR-2026-03", role: "test-role", title: nil, actor: "test")
    return workspace
}

func shippedFeeds() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: Fixtures.imports).filter { $0.hasSuffix(".xml") }.sorted()
        .map { (Fixtures.imports as NSString).appendingPathComponent($0) }
}

@Suite("FeedImporter: idempotent, merge-safe import into the workspace")
struct FeedImporterTests {
    let options = ImportOptions(actor: "test")

    @Test("a well-formed feed with no record Hire reads imports nothing and warns, naming its root element")
    func noRecordsWarns() throws {
        let workspace = try importWorkspace()
        try withTemporaryFolder { folder in
            let oldEuropass = try folder.write(
                "cv.xml", #"<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass"><LearnerInfo/></SkillsPassport>"#)
            let emptyBatch = try folder.write("batch.xml", "<Candidates/>")
            let summary = try workspace.imports.run([oldEuropass, emptyBatch], options: options)
            #expect(summary.outcome == .success)
            #expect(summary.files.map(\.records) == [0, 0])
            let warnings = summary.files.map { $0.diagnostics.map(\.severity) }
            #expect(warnings == [[.warning], [.warning]])
            let message = try #require(summary.files.first?.diagnostics.first?.message)
            #expect(message.contains("{http://europass.cedefop.europa.eu/Europass}SkillsPassport"))
            #expect(summary.files.last?.diagnostics.first?.message.contains("root element is Candidates") == true)
            #expect(try workspace.candidates.list().isEmpty)
            withExtendedLifetime(folder) {}
        }
    }

    @Test("every shipped feed imports; the deliberately bad record is rejected with its line, verbatim")
    func shippedFeedsImport() throws {
        let workspace = try importWorkspace()
        let summary = try workspace.imports.run(try shippedFeeds(), options: options)
        #expect(summary.files.count == 5)
        #expect(Set(summary.files.compactMap(\.format)) == [.hrxml2, .hrxml3, .hropen])
        #expect(summary.imported == 8)
        #expect(summary.rejected == 1)
        #expect(summary.outcome == .partial)
        let names = Set(try workspace.candidates.list().map(\.name))
        #expect(names.isSuperset(of: ["Zoë Castellanos", "Kwame Mensah-O'Brien", "Søren Åkesson-Müller", "田中 美咲 (Misaki Tanaka)", "Oluwaseun Adébáyọ̀", "Ana Luísa Ferreira", "Dmitri Volkov", "Giedrė Kazlauskienė"]))
        let zoe = try workspace.candidates.get(try workspace.candidateID("zoe.castellanos@example.org"))
        #expect(zoe.openingId == "AE-2026-01")
        #expect(zoe.roleId == "test-role")
        #expect(zoe.externalSource == "northwind-staffing")
        #expect(zoe.externalId == "NW-1001")
        #expect(zoe.phone == "+34 600 111 222")
        #expect(zoe.source == "Northwind Staffing")
        #expect(try workspace.candidates.get(try workspace.candidateID("seun.adebayo@example.ng")).openingId == "SDR-2026-03")
        let giedre = try workspace.candidates.get(try workspace.candidateID("giedre.kazlauskiene@example.lt"))  // the Europass CV
        #expect(giedre.phone == "+370 61234567")
        #expect(giedre.source == "EUROPASS")  // the id scheme's agency; Europass's supplier "Owner" is the person themselves

        let rejects = try workspace.imports.rejects()
        try #require(rejects.count == 1)
        #expect(rejects[0].reason == "the record has no name and no email")
        #expect(rejects[0].file.hasSuffix("agency-batch-hrxml2.xml"))
        #expect(rejects[0].line == 82)
        #expect(rejects[0].raw.hasPrefix("<Candidate>"))
        #expect(rejects[0].raw.contains("NW-1003"))
        #expect(rejects[0].raw.hasSuffix("</Candidate>"))
        let diagnostic = try #require(summary.files.flatMap(\.diagnostics).first)
        #expect(diagnostic.description.hasSuffix("agency-batch-hrxml2.xml:82: error: the record has no name and no email"))

        try workspace.writer.read { (db: Database) throws in
            let søren = try Int64.fetchOne(db, sql: "SELECT id FROM candidate WHERE externalId = 'RP-77'")!
            let jobs = try Row.fetchAll(db, sql: "SELECT employer, title, current, \"end\" FROM candidateEmployment WHERE candidateId = ? ORDER BY ordinal", arguments: [søren])
            #expect(jobs.map { $0["employer"] as String? } == ["Öresund Software AB", "Öresund Software AB"])
            #expect(jobs.first?["current"] == true)
            let evidence = try Row.fetchAll(db, sql: """
                SELECT c.name, e.value, e.normalized, e.text, c.weightNormalized FROM competencyEvidence e
                JOIN candidateCompetency c ON c.candidateId = e.candidateId AND c.ordinal = e.competency
                JOIN candidate ON candidate.id = c.candidateId
                WHERE candidate.externalId = 'NW-1001' ORDER BY c.ordinal
                """)
            #expect(evidence.map { $0["name"] as String } == ["Discovery", "Negotiation"])
            #expect(evidence[0]["normalized"] == 0.75)
            #expect(evidence[0]["weightNormalized"] == 0.4)
            #expect(evidence[1]["text"] == "strong")
            let misaki = try Row.fetchOne(db, sql: """
                SELECT e.normalized FROM competencyEvidence e JOIN candidateCompetency c ON c.candidateId = e.candidateId AND c.ordinal = e.competency
                WHERE c.name = 'Negotiation' AND e.name = 'assessed'
                """)
            #expect(misaki?["normalized"] == 0.8)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditEvent WHERE action = 'candidate.import'") == 8)
        }
        #expect(summary.skipped["Description"] == 1)
        #expect(summary.skipped["ExecutiveSummary"] == 1)
    }

    @Test("re-importing a feed imports nothing new: every record is unchanged")
    func reimportIsIdempotent() throws {
        let workspace = try importWorkspace()
        _ = try workspace.imports.run(try shippedFeeds(), options: options)
        let before = try workspace.candidates.list().count
        let again = try workspace.imports.run(try shippedFeeds(), options: options)
        #expect(again.imported == 0)
        #expect(again.updated == 0)
        #expect(again.merged == 0)
        #expect(again.unchanged == 8)
        #expect(try workspace.candidates.list().count == before)
        // The bad record is reported again but kept once.
        #expect(again.rejected == 1)
        #expect(try workspace.imports.rejects().count == 1)
    }

    @Test("the same email arriving from a feed merges into the hand-added candidate and is recorded in their history")
    func mergeByEmail() throws {
        let workspace = try importWorkspace()
        let added = try workspace.candidates.add(NewCandidate(name: "Zoe C.", email: " ZOE.Castellanos@example.org ", role: "test-role"), actor: "hr")
        let summary = try workspace.imports.run([try shippedFeeds().first { $0.hasSuffix("agency-batch-hrxml2.xml") }!], options: options)
        #expect(summary.merged == 1)
        #expect(summary.imported == 1)
        let merged = try workspace.candidates.detail(CandidateID(added.id!))
        #expect(merged.candidate.name == "Zoë Castellanos")
        #expect(merged.candidate.externalId == "NW-1001")
        #expect(merged.events.contains { $0.action == "candidate.merge" })
        #expect(try workspace.candidates.list().count == 2)
    }

    @Test("a conflicting merge (same email, other external id from the same source) is reported, not guessed")
    func conflictingMerge() throws {
        let workspace = try importWorkspace()
        try withTemporaryFolder { folder in
            let first = try folder.write("a.xml", candidateFeed(id: "A-1", name: "Lena Novak", email: "lena@example.com"))
            let second = try folder.write("b.xml", candidateFeed(id: "A-2", name: "Lena Novak", email: "LENA@example.com"))
            #expect(try workspace.imports.run([first], options: options).imported == 1)
            let summary = try workspace.imports.run([second], options: options)
            #expect(summary.rejected == 1)
            #expect(summary.files[0].diagnostics[0].message.hasPrefix("conflicting merge"))
            #expect(!summary.files[0].diagnostics[0].message.contains("lena"))
            #expect(try workspace.candidates.list().count == 1)
            #expect(try workspace.candidates.get(try workspace.candidateID("lena@example.com")).externalId == "A-1")
        }
    }

    @Test("a changed record updates the candidate found by (source, external id)")
    func update() throws {
        let workspace = try importWorkspace()
        try withTemporaryFolder { folder in
            #expect(try workspace.imports.run([try folder.write("a.xml", candidateFeed(id: "A-1", name: "Lena Novak", email: "lena@example.com"))], options: options).imported == 1)
            let summary = try workspace.imports.run([try folder.write("a.xml", candidateFeed(id: "A-1", name: "Lena Novak-Horvat", email: "lena@example.com"))], options: options)
            #expect(summary.updated == 1)
            #expect(try workspace.candidates.get(try workspace.candidateID("lena@example.com")).name == "Lena Novak-Horvat")
        }
    }

    @Test("--dry-run reports what would happen and writes nothing")
    func dryRun() throws {
        let workspace = try importWorkspace()
        var dry = options
        dry.dryRun = true
        let summary = try workspace.imports.run(try shippedFeeds(), options: dry)
        #expect(summary.imported == 8)
        #expect(summary.rejected == 1)
        #expect(try workspace.candidates.list().isEmpty)
        #expect(try workspace.imports.rejects().isEmpty)
        #expect(try workspace.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM importRun") } == 0)
    }

    @Test("--opening applies to the whole feed; an invalid email is rejected without echoing it")
    func openingAndInvalidEmail() throws {
        let workspace = try importWorkspace()
        try withTemporaryFolder { folder in
            let path = try folder.write("a.xml", candidateFeed(id: "A-1", name: "Lena Novak", email: "lena@example.com") + "")
            var opts = options
            opts.opening = "SDR-2026-03"
            _ = try workspace.imports.run([path], options: opts)
            #expect(try workspace.candidates.get(try workspace.candidateID("lena@example.com")).openingId == "SDR-2026-03")
            let bad = try workspace.imports.run([try folder.write("b.xml", candidateFeed(id: "B-1", name: "Bo", email: "bo at example"))], options: options)
            #expect(bad.rejected == 1)
            #expect(bad.files[0].diagnostics[0].description.hasSuffix("b.xml:2: error: the record has an invalid email address"))
            #expect(throws: HireError.self) { try workspace.imports.run([path], options: ImportOptions(actor: "t", opening: "NOPE")) }
        }
    }

    @Test(
        "the real shared sample documents import with names, contacts, postings and competencies",
        .enabled(if: Fixtures.hasSharedSamples, Fixtures.sharedSamplesMissing))
    func sharedSamples() throws {
        let workspace = try importWorkspace()
        let files = ["hrxml25-candidate-example.xml", "hrxml25-resume-example.xml", "sovren-2006-resume.xml", "hrxml3-candidate-nav.xml"]
            .map { (Fixtures.sharedSamples as NSString).appendingPathComponent($0) }
        let summary = try workspace.imports.run(files, options: options)
        #expect(summary.imported == 4)
        #expect(summary.rejected == 0)
        #expect(summary.outcome == .success)
        #expect(Set(try workspace.candidates.list().map(\.name)) == ["Ruth Jenre", "John A. Example", "John F. Adams, III", "Kløktig Potet"])
        #expect(try workspace.candidates.get(try workspace.candidateID("johnadams@yamoo.com")).phone == "(858) 555-1001")
        #expect(try workspace.candidates.get(try workspace.candidateID("noreply@nav.no")).externalSource == "NAV")
        try workspace.writer.read { (db: Database) throws in
            #expect(try String.fetchAll(db, sql: "SELECT positionId FROM candidateAppliedPosition") == ["98767-12345"])
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM candidateCompetency") == 2 + 2 + 54 + 1)
            #expect(try Double.fetchOne(db, sql: "SELECT weight FROM candidateCompetency WHERE name = 'Oral Communication Skills'") == 65)
        }
    }
}

/// A one-record HR-XML 2 feed.
func candidateFeed(id: String, name: String, email: String) -> String {
    """
    <?xml version="1.0"?>
    <Candidate xmlns="http://ns.hr-xml.org/2007-04-15">
      <CandidateRecordInfo><Id idOwner="acme"><IdValue>\(id)</IdValue></Id></CandidateRecordInfo>
      <CandidateProfile><PersonalData>
        <PersonName><FormattedName>\(name)</FormattedName></PersonName>
        <ContactMethod><InternetEmailAddress>\(email)</InternetEmailAddress></ContactMethod>
      </PersonalData></CandidateProfile>
    </Candidate>
    """
}
