import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Mentor effect: which mentors' mentees ramp fastest and close their focus areas by day 90")
struct MentorEffectTests {
    @Test("per mentor: mentees, ramped, mean days, and the mean change from interview to day 90 with its t interval; fastest first")
    func effects() throws {
        let s = try ValidityWorkspaceTests.Setup()
        let ida = Array(s.hired.prefix(4))
        let jo = Array(s.hired.dropFirst(4).prefix(3))
        try s.workspace.writer.write { db in
            for (mentor, hires) in [(Int64(2), ida), (Int64(3), jo)] {
                for candidate in hires {
                    try db.execute(sql: "UPDATE newHire SET mentorId = ?, focusAreas = '[\"discovery\"]' WHERE candidateId = ?", arguments: [mentor, candidate])
                }
            }
        }
        // Day 85 after the 2026-01-05 start: Ida's mentees are observed at 4 in discovery, Jo's at 1.
        for (rating, hires) in [(4.0, ida), (1.0, jo)] {
            for candidate in hires {
                try s.workspace.onboarding.checkIn(
                    CandidateID(candidate), NewCheckIn(on: CalendarDate("2026-03-31")!, observations: ["discovery": rating]), today: s.today, actor: "t")
            }
        }
        let baselines = try s.workspace.writer.read { db in
            try Dictionary(uniqueKeysWithValues: (ida + jo).map { ($0, try Workspace.interviewBaseline(db, candidateId: $0)["discovery"]!) })
        }
        let effects = try s.workspace.analytics.mentorEffects(role: "test-role", as: "hr")
        #expect(Set(effects.map(\.name)) == ["Ida One", "Jo Two"])
        #expect(effects[0].meanDaysToRamp! <= effects[1].meanDaysToRamp!)
        let first = try #require(effects.first { $0.name == "Ida One" })
        let second = try #require(effects.first { $0.name == "Jo Two" })
        #expect(first.mentees == 4 && first.ramped == 4 && first.n == 4)
        let changes = ida.map { 4 - baselines[$0]! }
        let mean = changes.reduce(0, +) / 4
        #expect(abs(first.meanChange! - mean) < 1e-9)
        let sd = Correlation.standardDeviation(changes)!
        // t(0.975, 3 df) = 3.182
        #expect(abs(first.high! - (mean + 3.182446305284263 * sd / 2)) < 1e-6)
        #expect(second.mentees == 3 && second.meanChange! < 0)
        let interviewer = try s.workspace.access.actor(named: "Ida One")
        #expect(throws: HireError.self) { try s.workspace.analytics.mentorEffects(as: interviewer) }
    }
}
