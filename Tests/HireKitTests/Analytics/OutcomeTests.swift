import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Outcomes: leaving ends the ramp; business results imported from CSV")
struct OutcomeTests {
    let workspace: Workspace
    let manager: Person
    let nina: Candidate
    let olga: Candidate

    init() throws {
        workspace = try Fixtures.workspaceWithRole()
        manager = try workspace.people.add(name: "Maria Manager", email: "maria@example.com", title: "Sales Manager", actor: "t")
        nina = try workspace.candidates.add(NewCandidate(name: "Nina Newhire", email: "nina@example.com", role: "test-role"), actor: "t")
        olga = try workspace.candidates.add(NewCandidate(name: "Olga Other", email: "olga@example.com", role: "test-role"), actor: "t")
        for candidate in [nina, olga] {
            try workspace.writer.write { db in
                try Workspace.startRamp(
                    db, candidate: candidate,
                    request: HireRequest(hiredOn: date("2026-02-20"), start: date("2026-03-02"), managerId: manager.id!, competencyMeans: [:]), actor: "t")
            }
        }
    }

    func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test("leaving closes open milestones as left, keeps finished ones, never marks the hire ramped, and is audited")
    func leaveEndsRamp() throws {
        let id = nina.candidateID
        try workspace.onboarding.complete(id, milestone: "paperwork", on: date("2026-03-02"), note: nil, forceReason: nil, today: date("2026-03-02"), actor: "t")
        let exit = try workspace.onboarding.leave(id, on: date("2026-03-20"), kind: .voluntary, note: "moved abroad", today: date("2026-03-25"), actor: "t")
        #expect(exit.kind == .voluntary)
        let plan = try workspace.onboarding.plan(id)
        #expect(plan.milestones.map(\.state) == [.done, .left])
        #expect(plan.milestones[1].completedOn == date("2026-03-20"))
        #expect(plan.newHire.rampedOn == nil)
        // Nothing more is owed: no milestone, no check-in, and the hire leaves ramp status.
        let owed = try workspace.owed.list(today: date("2026-06-30"), as: "t")
        #expect(!owed.contains { $0.candidateId == nina.id })
        #expect(owed.contains { $0.candidateId == olga.id })
        #expect(try workspace.onboarding.status(today: date("2026-03-25")).map(\.candidateId) == [olga.id!])
        #expect(try workspace.onboarding.status(today: date("2026-03-19")).map(\.candidateId).sorted() == [nina.id!, olga.id!])
        #expect(try workspace.onboarding.status(today: date("2026-03-25"), includeRamped: true).count == 2)
        // A closed milestone cannot be completed; a hire leaves once.
        #expect(throws: HireError.self) {
            try workspace.onboarding.complete(id, milestone: "shadow", on: date("2026-03-21"), note: nil, forceReason: nil, today: date("2026-03-25"), actor: "t")
        }
        #expect(throws: HireError.self) { try workspace.onboarding.leave(id, on: date("2026-03-21"), kind: .involuntary, today: date("2026-03-25"), actor: "t") }
        let actions = try workspace.audit.events(candidate: nina.candidateID, as: "t").map(\.action)
        #expect(actions.contains(AuditAction.rampLeave.rawValue))
    }

    @Test("leaving is refused before the start, after today, and for someone not allowed")
    func leaveRefusals() throws {
        let id = nina.candidateID
        #expect(throws: HireError.self) { try workspace.onboarding.leave(id, on: date("2026-03-01"), kind: .voluntary, today: date("2026-03-25"), actor: "t") }
        #expect(throws: HireError.self) { try workspace.onboarding.leave(id, on: date("2026-03-26"), kind: .voluntary, today: date("2026-03-25"), actor: "t") }
        let interviewer = try workspace.people.add(name: "Ivan Interviewer", email: "ivan@example.com", title: nil, actor: "t")
        let actor = Actor.person(interviewer.id!, accessRoles: [.interviewer])
        #expect(throws: HireError.self) { try workspace.onboarding.leave(id, on: date("2026-03-20"), kind: .voluntary, today: date("2026-03-25"), actor: actor) }
        #expect(try workspace.onboarding.exit(id) == nil)
    }

    @Test("erasure clears the leaving note and keeps the day and kind")
    func erasureClearsNote() throws {
        try workspace.onboarding.leave(nina.candidateID, on: date("2026-03-20"), kind: .involuntary, note: "Nina asked", today: date("2026-03-25"), actor: "t")
        try workspace.candidates.erase(nina.candidateID, reason: "request 1", actor: "t")
        let exit = try #require(try workspace.writer.read { db in try HireExit.fetchOne(db) })
        #expect(exit.note == nil)
        #expect(exit.kind == .involuntary && exit.leftOn == date("2026-03-20"))
    }

    @Test("import: ids or emails, replaced on re-import, unchanged counted, audited per hire")
    func importAndReplace() throws {
        let sheet = "hire,metric,value,date\n\(nina.id!),quota-6m,0.92,2026-09-01\nOLGA@example.com,quota-6m,1.1,2026-09-01\nnina@example.com,quota-12m,\"1.05\",2027-03-01\n"
        let first = try workspace.outcomes.importCSV(sheet, file: "/tmp/q.csv", actor: "t")
        #expect(first.added == 3 && first.replaced == 0 && first.hires == 2 && first.metrics == ["quota-12m", "quota-6m"])
        let corrected = "hire,metric,value,date\r\n\(nina.id!),quota-6m,0.95,2026-09-01\r\nolga@example.com,quota-6m,1.1,2026-09-01\r\n"
        let second = try workspace.outcomes.importCSV(corrected, file: "q.csv", actor: "t")
        #expect(second.added == 0 && second.replaced == 1 && second.unchanged == 1)
        let values = try workspace.outcomes.values(nina.candidateID)
        #expect(values.map(\.metric) == ["quota-12m", "quota-6m"])
        #expect(values.map(\.value) == [1.05, 0.95])
        #expect(try workspace.audit.events(candidate: nina.candidateID, as: "t").filter { $0.action == AuditAction.outcomeImport.rawValue }.count == 2)
    }

    @Test("import: every problem with its line, nothing stored, no email repeated")
    func importValidation() throws {
        let other = try workspace.candidates.add(NewCandidate(name: "Paul Pending", email: "paul@example.com", role: "test-role"), actor: "t")
        let sheet = """
            hire,metric,value,date
            \(nina.id!),quota-6m,0.9,2026-09-01
            ghost@example.com,quota-6m,1,2026-09-01
            \(other.id!),quota-6m,1,2026-09-01
            \(nina.id!),Quota 6m,1,2026-09-01
            \(nina.id!),quota-6m,12%,2026-09-01
            \(nina.id!),quota-6m,1,2026-02-30
            \(nina.id!),time-to-ramp,1,2026-09-01
            \(nina.id!),quota-6m,1
            \(nina.id!),quota-6m,1,2026-01-01
            \(nina.id!),quota-6m,0.8,2026-09-01

            """
        let error = try #require(throws: DiagnosticsError.self) { try workspace.outcomes.importCSV(sheet, file: "sheets/q.csv", actor: "t") }
        let lines = error.diagnostics.compactMap(\.line)
        #expect(lines == [3, 4, 5, 6, 7, 8, 9, 10, 11])
        #expect(error.diagnostics.allSatisfy { $0.file == "q.csv" })
        #expect(!error.description.contains("ghost"))
        #expect(error.diagnostics[0].message == "no candidate with that id or email")
        #expect(error.diagnostics[1].message.contains("has not been hired"))
        #expect(error.diagnostics.last!.message.contains("on line 2"))
        #expect(try workspace.writer.read { db in try OutcomeValue.fetchCount(db) } == 0)
        #expect(throws: DiagnosticsError.self) { try workspace.outcomes.importCSV("hire,metric,value\n1,a,1\n", file: "q.csv", actor: "t") }
        #expect(throws: DiagnosticsError.self) { try workspace.outcomes.importCSV("hire,metric,value,date\n1,\"a,1,2026-01-01\n", file: "q.csv", actor: "t") }
    }

    @Test("the CSV reader: quotes, doubled quotes, line breaks in fields, CRLF, a byte-order mark, blank lines")
    func csvReader() throws {
        let text = "\u{FEFF}a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",z\nlast,row"
        let records = try CSVRecords.parse(text).get()
        #expect(records == [
            .init(line: 1, fields: ["a", "b"]), .init(line: 2, fields: ["x, y", "say \"hi\""]), .init(line: 4, fields: ["two\nlines", "z"]),
            .init(line: 6, fields: ["last", "row"]),
        ])
    }
}
