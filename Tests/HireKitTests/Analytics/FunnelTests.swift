import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Funnel from the stage history: reached, conversion, days in stage, time to hire and fill, splits")
struct FunnelTests {
    /// Eight candidates with a known history (noon UTC on each day): six on opening AE-1 (created
    /// 2026-01-01), three from referral and three from a job board; two with neither.
    let workspace: Workspace

    static func at(_ day: String) -> Date { ISO8601DateFormatter().date(from: day + "T12:00:00Z")! }

    static let histories: [(source: String?, opening: String?, moves: [(Stage, String)])] = [
        ("referral", "AE-1", [(.applied, "2026-01-10"), (.screening, "2026-01-12"), (.interviewing, "2026-01-15"), (.offer, "2026-01-25"), (.hired, "2026-01-30")]),
        ("referral", "AE-1", [(.applied, "2026-01-10"), (.screening, "2026-01-14"), (.interviewing, "2026-01-20"), (.rejected, "2026-01-22")]),
        ("referral", "AE-1", [(.applied, "2026-01-11"), (.screening, "2026-01-12"), (.rejected, "2026-01-13")]),
        ("job-board", "AE-1", [(.applied, "2026-01-12"), (.rejected, "2026-01-20")]),
        ("job-board", "AE-1", [(.applied, "2026-01-12"), (.screening, "2026-01-13"), (.interviewing, "2026-01-14"), (.hired, "2026-01-24")]),
        ("job-board", "AE-1", [(.applied, "2026-02-05")]),
        (nil, nil, [(.applied, "2026-01-10"), (.withdrawn, "2026-01-11")]),
        (nil, nil, [(.applied, "2026-01-20"), (.screening, "2026-01-21")]),
    ]

    init() throws {
        workspace = try Fixtures.workspaceWithRole()
        try workspace.openings.add(id: "AE-1", role: "test-role", title: nil, headcount: 2, actor: "t")
        for (index, history) in Self.histories.enumerated() {
            let candidate = try workspace.candidates.add(
                NewCandidate(name: "Candidate \(index)", email: "c\(index)@example.com", role: "test-role", opening: history.opening, source: history.source), actor: "t")
            try workspace.writer.write { db in
                try db.execute(sql: "DELETE FROM stageChange WHERE candidateId = ?", arguments: [candidate.id])
                try db.execute(sql: "UPDATE candidate SET createdAt = ? WHERE id = ?", arguments: [Self.at(history.moves[0].1), candidate.id])
                var previous: Stage?
                for (stage, day) in history.moves {
                    var change = StageChange(candidateId: candidate.id!, fromStage: previous, toStage: stage, reason: nil, actor: "t", at: Self.at(day))
                    try change.insert(db)
                    previous = stage
                }
            }
        }
        try workspace.writer.write { db in try db.execute(sql: "UPDATE opening SET createdAt = ?", arguments: [Self.at("2026-01-01")]) }
    }

    @Test("overall: reached counts a later stage as passing the earlier; conversion; median and p90 of finished stays")
    func overall() throws {
        let report = try workspace.analytics.funnel(as: "t")
        let all = report.overall
        #expect(all.candidates == 8)
        #expect(all.stages.map(\.reached) == [8, 5, 3, 2, 2])
        let conversions: [Double?] = [0.625, 0.6, 2.0 / 3, 1, nil]
        #expect(all.stages.map(\.conversion) == conversions)
        // applied stays 2,4,1,8,1,1,1 (one still applied): median 1; p90 at position 5.4 of the sorted stays -> 4 + 0.4 * 4.
        #expect(all.stages[0].daysInStage?.n == 7)
        #expect(all.stages[0].daysInStage?.median == 1)
        #expect(abs(all.stages[0].daysInStage!.p90 - 5.6) < 1e-9)
        // screening 3,6,1,1 (one still screening): median 2; p90 3 + 0.7 * 3 = 5.1.
        #expect(all.stages[1].daysInStage?.median == 2)
        #expect(abs(all.stages[1].daysInStage!.p90 - 5.1) < 1e-9)
        #expect(all.stages[2].daysInStage?.median == 10)
        #expect(all.stages[3].daysInStage?.median == 5)
        #expect(all.stages[4].daysInStage == nil)
        // Time to hire 20 and 12 days; to fill 29 and 23 days from the opening's creation.
        #expect(all.timeToHire?.median == 16)
        #expect(abs(all.timeToHire!.p90 - 19.2) < 1e-9)
        #expect(all.timeToFill?.median == 26)
    }

    @Test("split by source and opening; filtered by source and by the day applied")
    func splits() throws {
        let report = try workspace.analytics.funnel(as: "t")
        #expect(report.bySource.map(\.key) == ["(none)", "job-board", "referral"])
        #expect(report.bySource.map(\.candidates) == [2, 3, 3])
        #expect(report.bySource.map { $0.stages.last!.reached } == [0, 1, 1])
        #expect(report.byOpening.map(\.key) == ["(none)", "AE-1"])
        #expect(report.byOpening[1].timeToFill?.n == 2)
        let referral = try workspace.analytics.funnel(FunnelReport.Filter(source: "referral"), as: "t")
        #expect(referral.overall.candidates == 3 && referral.overall.timeToHire?.median == 20)
        let february = try workspace.analytics.funnel(FunnelReport.Filter(from: CalendarDate("2026-02-01")!), as: "t")
        #expect(february.overall.candidates == 1)
        let january = try workspace.analytics.funnel(FunnelReport.Filter(opening: "AE-1", to: CalendarDate("2026-01-31")!), as: "t")
        #expect(january.overall.candidates == 5)
        #expect(throws: HireError.self) { try workspace.analytics.funnel(FunnelReport.Filter(opening: "NOPE"), as: "t") }
        // A source nobody has is a typo: named, with the spelling meant.
        #expect(throws: HireError.notFound("no candidate has the source 'referal'; did you mean 'referral'?")) {
            try workspace.analytics.funnel(FunnelReport.Filter(source: "referal"), as: "t")
        }
        #expect(throws: HireError.notFound("no opening 'AE-2'; did you mean 'AE-1'?")) {
            try workspace.analytics.funnel(FunnelReport.Filter(opening: "AE-2"), as: "t")
        }
    }

    @Test("a source spelt with other letter case or spacing is the same source, named by its most used spelling")
    func sourceSpellings() throws {
        for (index, spelling) in ["Referral", "  REFERRAL "].enumerated() {
            _ = try workspace.candidates.add(
                NewCandidate(name: "Late \(index)", email: "late\(index)@example.com", role: "test-role", source: spelling), actor: "t")
        }
        let report = try workspace.analytics.funnel(as: "t")
        #expect(report.bySource.map(\.key) == ["(none)", "job-board", "referral"])
        #expect(report.bySource.map(\.candidates) == [2, 3, 5])
        #expect(try workspace.analytics.funnel(FunnelReport.Filter(source: "REFERRAL"), as: "t").overall.candidates == 5)
    }

    @Test("an interviewer may not read the funnel")
    func access() throws {
        let ivan = try workspace.people.add(name: "Ivan", email: "ivan@example.com", title: nil, actor: "t")
        #expect(throws: HireError.self) { try workspace.analytics.funnel(as: Actor.person(ivan.id!, accessRoles: [.interviewer])) }
    }

    @Test("quantiles interpolate linearly between order statistics, as numpy's default")
    func quantiles() {
        let summary = DaySummary([1, 2, 3, 4, 10])
        #expect(summary?.median == 3)
        #expect(abs(summary!.p90 - 7.6) < 1e-9)
        #expect(DaySummary([]) == nil)
        #expect(DaySummary([5])?.p90 == 5)
    }
}
