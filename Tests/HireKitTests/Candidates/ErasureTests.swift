import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Erasure and retention")
struct ErasureTests {
    /// Distinctive strings that occur nowhere else, so a byte scan cannot hit them by chance.
    static let name = "Quorbelle Zyxandria"
    static let given = "Quorbelle"
    static let family = "Zyxandria"
    static let email = "q.zyxandria@example.org"
    static let phone = "+99 555 0199 77"

    /// HR-XML 2.x: the person (merged by email); broken records of theirs with only given and
    /// family names (in any order and case), inner spaces, a line break or a character reference
    /// in the name; and someone else's broken record.
    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Candidates xmlns="http://ns.hr-xml.org/2006-02-28">
        <Resume><ResumeId><IdValue>QZ-123456</IdValue></ResumeId><StructuredXMLResume><ContactInfo>
          <PersonName><FormattedName>\(name)</FormattedName><GivenName>\(given)</GivenName><FamilyName>\(family)</FamilyName></PersonName>
          <ContactMethod><InternetEmailAddress>\(email)</InternetEmailAddress></ContactMethod>
          <ContactMethod><Mobile><FormattedNumber>\(phone)</FormattedNumber></Mobile></ContactMethod>
          </ContactInfo>
          <EmploymentHistory><EmployerOrg><EmployerOrgName>Zyxandria Holdings</EmployerOrgName><PositionHistory>
            <Title>Account Executive</Title><Description>Quorbelle's territory</Description></PositionHistory></EmployerOrg></EmploymentHistory>
          <Qualifications><Competency name="Negotiation"><CompetencyEvidence name="Quorbelle self-assessment"><StringValue>strong</StringValue></CompetencyEvidence></Competency></Qualifications>
        </StructuredXMLResume></Resume>
        <Resume><ResumeId><IdValue>QZ-999</IdValue></ResumeId><StructuredXMLResume><ContactInfo>
          <PersonName><GivenName>\(given)</GivenName><FamilyName>\(family)</FamilyName></PersonName>
          <ContactMethod><InternetEmailAddress>not-an-email</InternetEmailAddress></ContactMethod>
        </ContactInfo></StructuredXMLResume></Resume>
        <Resume><ResumeId><IdValue>QZ-777</IdValue></ResumeId><StructuredXMLResume><ContactInfo>
          <PersonName><FormattedName>\(given)   Zyx&#97;ndria</FormattedName></PersonName>
          <ContactMethod><InternetEmailAddress>still not an email</InternetEmailAddress></ContactMethod>
        </ContactInfo></StructuredXMLResume></Resume>
        <Resume><ResumeId><IdValue>QZ-778</IdValue></ResumeId><StructuredXMLResume><ContactInfo>
          <PersonName><FamilyName>\(family.uppercased())</FamilyName><GivenName>\(given.lowercased())</GivenName></PersonName>
          <ContactMethod><InternetEmailAddress>nope</InternetEmailAddress></ContactMethod>
        </ContactInfo></StructuredXMLResume></Resume>
        <Resume><ResumeId><IdValue>QZ-779</IdValue></ResumeId><StructuredXMLResume><ContactInfo>
          <PersonName><FormattedName>\(given)
              \(family)</FormattedName></PersonName>
          <ContactMethod><InternetEmailAddress>nope again</InternetEmailAddress></ContactMethod>
        </ContactInfo></StructuredXMLResume></Resume>
        <Resume><ResumeId><IdValue>OT-1</IdValue></ResumeId><StructuredXMLResume><ContactInfo>
          <PersonName><GivenName>Otto</GivenName><FamilyName>Keptmann</FamilyName></PersonName>
          <ContactMethod><InternetEmailAddress>otto at example.com</InternetEmailAddress></ContactMethod>
        </ContactInfo></StructuredXMLResume></Resume>
        </Candidates>
        """

    /// A file workspace with a candidate whose personal data is spread over every table
    /// this build has, and a second candidate who must be left alone.
    struct Scenario {
        let folder: URL
        let workspace: Workspace
        let candidateId: Int64
        let otherId: Int64
        var path: String { workspace.path! }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("hire-erasure-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            workspace = try Workspace.create(at: folder.appendingPathComponent("w.sqlite").path)
            try workspace.roles.store([(try Fixtures.minimalProfile(), "t.yaml")], actor: "t")
            let manager = try workspace.people.add(name: "Manny Manager", email: "manny@example.com", title: nil, actor: "t")
            let candidate = try workspace.candidates.add(
                NewCandidate(name: ErasureTests.name, email: ErasureTests.email, phone: ErasureTests.phone, role: "test-role", source: "referral"),
                actor: "t")
            candidateId = candidate.id!
            otherId = try workspace.candidates.add(NewCandidate(name: "Other Person", email: "other.person@example.com", role: "test-role"), actor: "t").id!
            let id = "\(candidateId)"
            try workspace.candidates.move(try workspace.candidateID(id), to: .screening, reason: "\(ErasureTests.given) sounded great", actor: "t")
            try workspace.candidates.move(CandidateID(otherId), to: .screening, reason: "Other Person reason", actor: "t")
            try workspace.writer.write { db in
                var row = try Candidate.fetchOne(db, key: candidateId)!
                row.givenName = ErasureTests.given
                row.familyName = ErasureTests.family
                row.location = "Zyxandria Street 1"
                try row.update(db)
            }
            // A feed named after the person that names them: their record merges into the candidate
            // by email; broken records of theirs and one of someone else are set aside as rejects.
            let feed = folder.appendingPathComponent("\(ErasureTests.given)-\(ErasureTests.family).xml").path
            try ErasureTests.feed.write(toFile: feed, atomically: true, encoding: .utf8)
            let imported = try workspace.imports.run([feed], options: ImportOptions(actor: "t", role: "test-role", source: "agency"))
            #expect(imported.files[0].rejected == 5)
            // An interviewer's scorecard with evidence and notes about them, and a decision.
            _ = try workspace.people.add(name: "Ida Interviewer", email: "ida@example.com", title: nil, actor: "t")
            try workspace.submitAsInterviewer(
                ScorecardDraft(
                    candidate: id, round: "screen", interviewer: "ida@example.com",
                    ratings: [
                        RatingDraft(competencyId: "discovery", value: .level(3), evidence: "\(ErasureTests.given) asked sharp questions"),
                        RatingDraft(competencyId: "grit", value: .notApplicable, skipReason: "\(ErasureTests.family) had to leave early"),
                    ], recommendation: "yes", notes: "Notes on \(ErasureTests.name)"),
                options: .init(unscheduled: true), actor: "ida")
            try workspace.fairness.setGroup(try workspace.candidateID(id), dimension: "gender", value: "zyxandrian-self-description", actor: "t")
            try workspace.decisions.decide(DecisionRequest(candidate: try workspace.candidateID(id), kind: .reject, reason: "\(ErasureTests.family) chose another offer"), actor: "t")
            try workspace.writer.write { db in
                let row = try Candidate.fetchOne(db, key: candidateId)!
                try Workspace.startRamp(
                    db, candidate: row,
                    request: HireRequest(hiredOn: CalendarDate("2026-02-20")!, start: CalendarDate("2026-03-02")!, managerId: manager.id!),
                    actor: "t")
            }
            try workspace.onboarding.complete(try workspace.candidateID(id), milestone: "paperwork", on: CalendarDate("2026-03-02")!, note: "\(ErasureTests.family) signed", forceReason: nil, actor: "t")
            try workspace.onboarding.checkIn(
                try workspace.candidateID(id), NewCheckIn(on: CalendarDate("2026-03-10")!, notes: "\(ErasureTests.name) is doing well", observations: ["discovery": 3],
                    results: "results of \(ErasureTests.email)", nextSteps: "call \(ErasureTests.phone)"), actor: "t")
        }

        func bytesContain(_ needle: String, ignoringCase: Bool = false) throws -> Bool {
            for file in [path, path + "-wal"] where FileManager.default.fileExists(atPath: file) {
                var data = try Data(contentsOf: URL(fileURLWithPath: file))
                if ignoringCase { data = Data(data.map { (65...90).contains($0) ? $0 + 32 : $0 }) }
                if data.range(of: Data((ignoringCase ? needle.lowercased() : needle).utf8)) != nil { return true }
            }
            return false
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    @Test("after erasure no byte of the person's name, email or phone remains in the file or its WAL")
    func noBytesRemain() throws {
        let scenario = try Scenario()
        defer { scenario.remove() }
        for needle in [Self.given, Self.family, Self.email, Self.phone] { #expect(try scenario.bytesContain(needle)) }
        let report = try scenario.workspace.candidates.erase(try scenario.workspace.candidateID(Self.email), reason: "candidate asked, ticket 42", actor: "dpo")
        #expect(report.compacted)
        #expect(report.candidateIds == [scenario.candidateId])
        for needle in [Self.given, Self.family, Self.email, Self.phone, "QZ-123456", "Zyxandria Street", "zyxandrian-self", "Zyx&#97;ndria"] {
            #expect(try !scenario.bytesContain(needle), "found \(needle) on disk")
        }
        for needle in [Self.given, Self.family, "QZ-77"] { #expect(try !scenario.bytesContain(needle, ignoringCase: true), "found \(needle) on disk") }
        #expect(try scenario.bytesContain("other.person@example.com"))
        #expect(try scenario.bytesContain("Keptmann"), "another person's reject must stay")
        // The person's four rejects are gone; Otto's stays, its feed's name replaced.
        #expect(report.rows["importReject"] == 4 && report.rows["importReject.file"] == 1 && report.rows["importRun.file"] == 1)
        #expect(report.rows["candidateContact"] != nil && report.rows["rating"] == 2)
        let rejects = try scenario.workspace.imports.rejects()
        #expect(rejects.count == 1 && rejects[0].raw.contains("Keptmann") && rejects[0].file == "(erased)")
        #expect(try scenario.workspace.writer.read { db in try String.fetchAll(db, sql: "SELECT file FROM importRun") } == ["(erased)"])
        #expect(try PRAGMA(scenario.workspace, "integrity_check") == "ok")
    }

    @Test("erasure keeps anonymous numbers: stages and their times, milestone states, observed ratings")
    func keepsStatistics() throws {
        let scenario = try Scenario()
        defer { scenario.remove() }
        let before = try scenario.workspace.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT fromStage, toStage, at FROM stageChange WHERE candidateId = ? ORDER BY id", arguments: [scenario.candidateId])
        }
        try scenario.workspace.candidates.erase(CandidateID(scenario.candidateId), reason: "request", actor: "dpo")
        try scenario.workspace.writer.read { db in
            let after = try Row.fetchAll(db, sql: "SELECT fromStage, toStage, at FROM stageChange WHERE candidateId = ? ORDER BY id", arguments: [scenario.candidateId])
            #expect(after == before)
            #expect(try String.fetchAll(db, sql: "SELECT reason FROM stageChange WHERE candidateId = ? AND reason IS NOT NULL", arguments: [scenario.candidateId]).isEmpty)
            let candidate = try Candidate.fetchOne(db, key: scenario.candidateId)!
            #expect(candidate.erased && candidate.name == "erased" && candidate.email == nil && candidate.phone == nil && candidate.externalId == nil)
            #expect(candidate.roleId == "test-role" && candidate.stage == .rejected && candidate.source == "referral")
            #expect(try Double.fetchOne(db, sql: "SELECT value FROM rating WHERE competencyId = 'discovery'") == 3)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM rating WHERE evidence IS NOT NULL OR skipReason IS NOT NULL") == 0)
            #expect(try String.fetchOne(db, sql: "SELECT recommendation FROM scorecard") == "yes")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM scorecard WHERE notes IS NOT NULL") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM decision WHERE kind = 'reject' AND reason IS NULL") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM candidateContact") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM importReject") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM candidateGroup") == 0)
            // The append-only guards are back.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ('scorecard_no_update', 'rating_no_update', 'decision_no_update')") == 3)
            #expect(try String.fetchOne(db, sql: "SELECT state FROM rampMilestone WHERE milestoneId = 'paperwork'") == "done")
            #expect(try Double.fetchOne(db, sql: "SELECT rating FROM observation") == 3)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM checkIn WHERE notes IS NULL AND results IS NULL AND nextSteps IS NULL") == 1)
            // The other candidate is untouched.
            let other = try Candidate.fetchOne(db, key: scenario.otherId)!
            #expect(!other.erased && other.email == "other.person@example.com")
            #expect(try String.fetchOne(db, sql: "SELECT reason FROM stageChange WHERE candidateId = ? AND toStage = 'screening'", arguments: [scenario.otherId]) == "Other Person reason")
        }
        #expect(try scenario.workspace.candidates.list().map(\.id) == [scenario.otherId])
    }

    @Test("the erasure is in the audit log with its reason and without personal data; erasing twice is refused")
    func audited() throws {
        let scenario = try Scenario()
        defer { scenario.remove() }
        try scenario.workspace.candidates.erase(try scenario.workspace.candidateID(Self.email), reason: "retention request #7", actor: "dpo")
        let events = try scenario.workspace.audit.events(candidate: CandidateID(scenario.candidateId), as: "test")
        let erase = try #require(events.last)
        #expect(erase.action == "candidate.erase" && erase.actor == "dpo" && erase.detail == "reason: retention request #7")
        #expect(throws: HireError.self) { try scenario.workspace.candidates.erase(CandidateID(scenario.candidateId), reason: "again", actor: "dpo") }
        // The email no longer finds anyone.
        #expect(throws: HireError.self) { try scenario.workspace.candidates.get(try scenario.workspace.candidateID(Self.email)) }
    }

    @Test("a reason that names the person is refused and nothing changes")
    func reasonMustNotName() throws {
        let workspace = try Fixtures.workspaceWithRole()
        let candidate = try workspace.candidates.add(NewCandidate(name: Self.name, email: Self.email, role: "test-role"), actor: "t")
        for reason in ["\(Self.name) asked", "\(Self.family.lowercased()) phoned", "mail from \(Self.email.uppercased())", "  "] {
            #expect(throws: HireError.self) { try workspace.candidates.erase(CandidateID(candidate.id!), reason: reason, actor: "t") }
        }
        #expect(try workspace.candidates.get(CandidateID(candidate.id!)).email == Self.email)
        #expect(try !workspace.audit.events(as: "test").contains { $0.action == "candidate.erase" })
    }

    @Test("purge erases exactly the candidates rejected before the date; --dry-run changes nothing")
    func purge() throws {
        let workspace = try Fixtures.workspaceWithRole()
        func add(_ n: Int, rejectedOn: String?) throws -> Int64 {
            let id = try workspace.candidates.add(NewCandidate(name: "Person \(n)", email: "p\(n)@example.com", role: "test-role"), actor: "t").id!
            if let rejectedOn {
                try workspace.candidates.move(CandidateID(id), to: .rejected, reason: "no", actor: "t")
                try workspace.writer.write { db in
                    try db.execute(sql: "UPDATE stageChange SET at = ? WHERE candidateId = ? AND toStage = 'rejected'", arguments: [rejectedOn + " 12:00:00.000", id])
                }
            }
            return id
        }
        let old = try add(1, rejectedOn: "2024-01-15")
        let older = try add(2, rejectedOn: "2023-06-01")
        _ = try add(3, rejectedOn: "2025-03-01")  // after the cutoff
        _ = try add(4, rejectedOn: nil)  // never rejected
        let dry = try workspace.candidates.purgeRejected(before: CalendarDate("2025-01-01")!, reason: "retention 12 months", dryRun: true, actor: "t")
        #expect(dry.candidateIds == [old, older] && dry.dryRun)
        #expect(try workspace.candidates.list().count == 4)
        let done = try workspace.candidates.purgeRejected(before: CalendarDate("2025-01-01")!, reason: "retention 12 months", dryRun: false, actor: "t")
        #expect(done.candidateIds == [old, older])
        #expect(try workspace.candidates.list().map(\.email) == ["p3@example.com", "p4@example.com"])
        let actions = try workspace.audit.events(as: "test").map(\.action)
        #expect(actions.filter { $0 == "candidate.erase" }.count == 2 && actions.last == "candidate.purge")
        #expect(try workspace.candidates.purgeRejected(before: CalendarDate("2025-01-01")!, reason: "again", dryRun: false, actor: "t").candidateIds.isEmpty)
    }

    @Test("every table of the schema is either scrubbed by erasure or declared free of personal data")
    func everyTableIsConsidered() throws {
        let workspace = try Workspace.inMemory()
        try workspace.writer.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            let scrubbed = Set(PersonalData.locations.map(\.table) + PersonalData.verbatim.map(\.table))
            for table in tables {
                #expect(scrubbed.contains(table) || PersonalData.noPersonalData.contains(table),
                    "table \(table) is not in PersonalData: add one line saying how erasure scrubs it, or that it holds no personal data")
            }
            for location in PersonalData.locations where try db.tableExists(location.table) {
                if case .clear(let columns) = location.action {
                    let existing = Set(try db.columns(in: location.table).map(\.name))
                    for column in columns { #expect(existing.contains(column), "\(location.table).\(column) does not exist") }
                }
            }
            for place in PersonalData.verbatim {
                #expect(try db.columns(in: place.table).contains { $0.name == place.column }, "\(place.table).\(place.column) does not exist")
            }
        }
    }

    func PRAGMA(_ workspace: Workspace, _ name: String) throws -> String? {
        try workspace.writer.read { db in try String.fetchOne(db, sql: "PRAGMA \(name)") }
    }
}
