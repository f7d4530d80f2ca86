import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Validity read from a workspace: signals, outcomes, hires, range restriction, access")
struct ValidityWorkspaceTests {
    /// 30 candidates of the test role scored in the screen round by two interviewers; the 22 with
    /// the highest overall scores are hired and ramp faster the higher they scored.
    struct Setup {
        let workspace: Workspace
        /// Overall score by candidate id (discovery weight 3, grit weight 2).
        var overall: [Int64: Double] = [:]
        var hired: [Int64] = []
        var days: [Int64: Double] = [:]
        let today = CalendarDate("2026-12-01")!

        init(hires: Int = 22) throws {
            workspace = try Fixtures.workspaceWithRole()
            let manager = try workspace.people.add(name: "Maria Manager", email: "maria@example.com", title: nil, actor: "hr")
            for (name, email) in [("Ida One", "ida@example.com"), ("Jo Two", "jo@example.com")] {
                try workspace.people.add(name: name, email: email, title: nil, actor: "hr")
            }
            for c in 0..<30 {
                let candidate = try workspace.candidates.add(
                    NewCandidate(name: "Candidate \(c)", email: "c\(c)@example.com", role: "test-role", source: c % 3 == 0 ? "referral" : "job-board"), actor: "hr")
                let id = candidate.id!
                var discoveries: [Double] = []
                let grit = Double(1 + (c * 3) % 4)
                for interviewer in 1...2 {
                    try workspace.interviews.schedule(candidate: candidate.candidateID, round: "screen", interviewer: PersonID(Int64(interviewer + 1)), actor: "hr")
                    let discovery = Double(1 + (c + interviewer) % 4)
                    discoveries.append(discovery)
                    try workspace.submitAsInterviewer(
                        ScorecardDraft(
                            candidate: "\(id)", round: "screen", interviewer: "\(interviewer + 1)",
                            ratings: [
                                RatingDraft(competencyId: "discovery", value: .level(discovery), evidence: "notes"),
                                RatingDraft(competencyId: "grit", value: .level(grit), evidence: "notes"),
                            ], recommendation: discovery >= 3 ? "yes" : "no"))
                }
                overall[id] = (3 * (discoveries[0] + discoveries[1]) / 2 + 2 * grit) / 5
            }
            hired = Array(overall.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(hires).map(\.key))
            let start = CalendarDate("2026-01-05")!
            for id in hired {
                let candidate = try workspace.candidates.get(CandidateID(id))
                try workspace.writer.write { db in
                    _ = try Workspace.startRamp(
                        db, candidate: candidate, request: HireRequest(hiredOn: start, start: start, managerId: manager.id!, competencyMeans: [:]), actor: "t")
                }
                let ramp = Int((40 - 6 * overall[id]!).rounded()) + Int(id % 3)
                days[id] = Double(ramp)
                let done = start.adding(days: ramp)
                for milestone in ["paperwork", "shadow"] {
                    try workspace.onboarding.complete(
                        CandidateID(id), milestone: milestone, on: done, note: nil, forceReason: nil, today: today, actor: "t")
                }
            }
        }
    }

    @Test("time to ramp against every signal: n, r as computed from the same pairs, a reading, range restriction corrected upwards")
    func timeToRamp() throws {
        let s = try Setup()
        let report = try s.workspace.analytics.validity(role: "test-role", outcome: "time-to-ramp", today: s.today, as: "hr")
        #expect(report.hires == 22 && report.interviewed == 30 && report.enoughHires && report.lowerIsBetter)
        let overall = try #require(report.signals.first { $0.kind == .overall })
        #expect(overall.n == 22)
        let x = s.hired.sorted().map { s.overall[$0]! }
        let y = s.hired.sorted().map { s.days[$0]! }
        let expected = try #require(Correlation.pearson(x, y))
        #expect(abs(overall.pearson!.value - expected) < 1e-12)
        #expect(overall.pearson!.value < -0.9)
        #expect(overall.reading == .higherIsBetter)
        // Hires are the top scorers: the score spreads less among them, and the corrected r is stronger.
        #expect(overall.sdHires! < overall.sdInterviewed!)
        #expect(abs(overall.corrected!) > abs(overall.pearson!.value))
        #expect(report.signals.map(\.kind).filter { $0 == .dimension }.count == 3)
        #expect(report.signals.contains { $0.kind == .competency && $0.id == "discovery" && $0.n == 22 })
        #expect(report.signals.contains { $0.kind == .competency && $0.id == "product" && $0.n == 0 && $0.reading == .noData })
        #expect(report.signals.filter { $0.kind == .interviewer }.map(\.label) == ["Ida One", "Jo Two"])
        #expect(report.signals.filter { $0.kind == .source }.map(\.id) == ["job-board", "referral"])
        #expect(report.notes.contains { $0.contains("not proof") })
    }

    @Test("fewer than 20 hires: numbers shown, nothing called, and the note says so")
    func tooFew() throws {
        let s = try Setup(hires: 12)
        let report = try s.workspace.analytics.validity(role: "test-role", outcome: "time-to-ramp", today: s.today, as: "hr")
        #expect(report.hires == 12 && !report.enoughHires)
        #expect(report.signals.allSatisfy { $0.reading == .tooFewHires })
        #expect(report.signals.first?.pearson != nil)
        #expect(report.notes[0].hasPrefix("Fewer than 20 hires have this outcome (12)"))
    }

    @Test("retention, ramped on plan and an imported metric; an unknown outcome names the choices")
    func otherOutcomes() throws {
        let s = try Setup()
        let leaver = s.hired[0]
        // Nothing left open to close (all ramped): leaving still counts for retention.
        try s.workspace.onboarding.leave(CandidateID(leaver), on: CalendarDate("2026-05-01")!, kind: .voluntary, today: s.today, actor: "t")
        let retained = try s.workspace.analytics.validity(role: "test-role", outcome: "retained-180", today: s.today, as: "hr")
        #expect(retained.hires == 22)
        let onPlan = try s.workspace.analytics.validity(role: "test-role", outcome: "ramped-on-plan", today: s.today, as: "hr")
        #expect(onPlan.hires == 22)
        // Not yet 365 days since the start on today: unknown for those still there, known (0) for the leaver.
        #expect(try s.workspace.analytics.validity(role: "test-role", outcome: "retained-365", today: s.today, as: "hr").hires == 1)
        let sheet = "hire,metric,value,date\n" + s.hired.map { "\($0),quota-6m,\(s.overall[$0]! / 4),2026-07-01" }.joined(separator: "\n")
        try s.workspace.outcomes.importCSV(sheet, file: "q.csv", actor: "hr")
        let quota = try s.workspace.analytics.validity(role: "test-role", outcome: "quota-6m", today: s.today, as: "hr")
        #expect(abs(quota.signals[0].pearson!.value - 1) < 1e-9)
        let unknown = try #require(throws: HireError.self) { try s.workspace.analytics.validity(role: "test-role", outcome: "quota-6", today: s.today, as: "hr") }
        #expect(unknown.message.contains("time-to-ramp") && unknown.message.contains("quota-6m"))
    }

    @Test("reads ratings only for those the policy lets see aggregates: an interviewer is refused")
    func access() throws {
        let s = try Setup(hires: 3)
        let interviewer = try s.workspace.access.actor(named: "Ida One")
        #expect(throws: HireError.self) { try s.workspace.analytics.validity(role: "test-role", outcome: "time-to-ramp", today: s.today, as: interviewer) }
        let hr = try s.workspace.people.add(name: "Rita Recruiter", email: "rita@example.com", title: nil, actor: "t")
        _ = try s.workspace.access.change(of: PersonID(hr.id!), grant: [.recruiter], revoke: [], actor: "t")
        #expect(try s.workspace.analytics.validity(role: "test-role", outcome: "time-to-ramp", today: s.today, as: try s.workspace.access.actor(named: "Rita Recruiter")).hires == 3)
    }
}
