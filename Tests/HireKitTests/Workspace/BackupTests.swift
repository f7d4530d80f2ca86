import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Backup, restore and the audit trail")
struct BackupTests {
    @Test("a backup is a private, consistent copy; restore refuses to overwrite newer changes without force")
    func backupAndRestore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hire-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Workspace.create(at: folder.appendingPathComponent("w.sqlite").path)
        try workspace.roles.store([(try Fixtures.minimalProfile(), "t.yaml")], actor: "t")
        try workspace.candidates.add(NewCandidate(name: "Before Backup", email: "before@example.com", role: "test-role"), actor: "t")
        let backupPath = folder.appendingPathComponent("b.sqlite").path
        try workspace.backup(to: backupPath, actor: "t")
        let attributes = try FileManager.default.attributesOfItem(atPath: backupPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(throws: HireError.self) { try workspace.backup(to: backupPath, actor: "t") }

        Thread.sleep(forTimeInterval: 0.01)
        try workspace.candidates.add(NewCandidate(name: "After Backup", email: "after@example.com", role: "test-role"), actor: "t")
        #expect(throws: HireError.self) { try workspace.restore(from: backupPath, force: false) }
        #expect(try workspace.candidates.list().count == 2)
        try workspace.restore(from: backupPath, force: true)
        #expect(try workspace.candidates.list().map(\.email) == ["before@example.com"])
    }

    @Test("the audit trail lists changes per candidate with who and what, without personal data")
    func auditTrail() throws {
        let workspace = try Fixtures.workspaceWithRole()
        let candidate = try workspace.candidates.add(NewCandidate(name: "Audit Person", email: "audit.person@example.com", role: "test-role"), actor: "hr-ann")
        try workspace.candidates.move(CandidateID(candidate.id!), to: .screening, reason: "fits", actor: "maria")
        let events = try workspace.audit.events(candidate: try workspace.candidateID("audit.person@example.com"), as: "test")
        #expect(events.map(\.action) == ["candidate.add", "candidate.stage"])
        #expect(events.map(\.actor) == ["hr-ann", "maria"])
        let all = try workspace.audit.events(as: "test")
        #expect(!all.contains { ($0.detail ?? "").contains("Audit Person") || ($0.detail ?? "").contains("audit.person") })
        #expect(try workspace.audit.events(since: CalendarDate("2999-01-01")!, as: "test").isEmpty)
    }
}
