import Foundation
import Testing
@testable import HireKit

/// The test role: discovery (skill, weight 3, must have 3), product (knowledge, weight 1),
/// grit (attitude, weight 2); scale 1..4, midpoint 2.5. Expected values are worked out by hand.
@Suite("Scoring rules, pinned by hand-computed cases")
struct ScoringTests {
    let profile: RoleProfile

    init() throws { profile = try Fixtures.minimalProfile() }

    func score(_ ratings: [(String, Double?)], _ recommendations: [Recommendation] = []) -> CandidateScore {
        Scoring.score(
            profile: profile, tallies: Scoring.tallies(ratings.map { (competencyId: $0.0, value: $0.1) }),
            recommendations: RecommendationTally(recommendations))
    }

    func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }

    @Test("competency means exclude n/a; dimensions and overall are weighted means, normalised 0-100")
    func weightedMeans() throws {
        // discovery 3,4 -> 3.5 (n=2); product 2 (n=1); grit 3, n/a -> 3 (n=1)
        let s = score([("discovery", 3), ("discovery", 4), ("product", 2), ("grit", 3), ("grit", nil)])
        let grit = try #require(s.competencies.first { $0.id == "grit" })
        #expect(grit.count == 1 && grit.mean == 3 && grit.spread == 0)
        let discovery = try #require(s.competencies.first { $0.id == "discovery" })
        #expect(discovery.mean == 3.5 && discovery.count == 2 && discovery.spread == 1)
        // overall = (3*3.5 + 1*2 + 2*3) / (3+1+2) = 18.5 / 6 = 3.0833...
        #expect(close(s.overall?.value, 18.5 / 6))
        // normalised: (3.0833 - 1) / 3 * 100 = 69.444...
        #expect(close(s.overall?.normalized, (18.5 / 6 - 1) / 3 * 100))
        #expect(s.dimensions.map(\.kind) == [.skill, .knowledge, .attitude])
        #expect(close(s.dimensions[0].score?.value, 3.5))
        #expect(close(s.dimensions[0].score?.normalized, 2.5 / 3 * 100))
        #expect(close(s.dimensions[1].score?.value, 2))
        #expect(close(s.dimensions[2].score?.normalized, 200.0 / 3))
        #expect(s.ratings == 4)
        #expect(s.isComplete)
        #expect(s.mustHaves == .met)
        #expect(s.flags.isEmpty)
        // skill = (3*3.5 + 1*2) / 4 = 3.125, will = 3 -> both high -> delegate
        #expect(close(s.skillWill?.skill, 3.125))
        #expect(s.skillWill?.will == 3)
        #expect(s.skillWill?.style == .delegate)
    }

    @Test("a must-have below its minimum fails whatever the overall score")
    func mustHaveFailure() {
        // discovery 2,3,2 -> 2.333 < 3; everything else at the top
        let s = score([("discovery", 2), ("discovery", 3), ("discovery", 2), ("product", 4), ("grit", 4)])
        #expect(s.mustHaves == .failed)
        #expect(s.mustHaveFailures.map(\.description) == ["does not meet: discovery 2.3 < 3"])
        // overall = (3*7/3 + 4 + 2*4) / 6 = 19/6 = 3.1667: high, and still failing
        #expect(close(s.overall?.value, 19.0 / 6))
        #expect(Scoring.cutToOneDecimal(2.99) == "2.9")
        #expect(MustHaveFailure(competencyId: "grit", mean: 5.0 / 3, minimum: 3).description == "does not meet: grit 1.7 < 3")
        #expect(MustHaveFailure(competencyId: "grit", mean: 2.96, minimum: 3).description == "does not meet: grit 2.9 < 3")
        #expect(Scoring.cutToOneDecimal(2.0) == "2")
        // exactly at the minimum meets it
        #expect(score([("discovery", 3), ("product", 1), ("grit", 1)]).mustHaves == .met)
    }

    @Test("unrated competencies make the score incomplete and are named; must-haves stay pending")
    func incomplete() {
        let s = score([("grit", 4), ("discovery", nil)])
        #expect(s.incomplete == ["discovery", "product"])
        #expect(!s.isComplete)
        #expect(s.mustHaves == .pending)
        #expect(s.dimensions[0].unrated == ["discovery"])
        #expect(s.dimensions[0].score == nil)
        #expect(s.overall?.value == 4)
        #expect(s.skillWill == nil)
        let none = score([])
        #expect(none.overall == nil)
        #expect(none.ratings == 0)
        #expect(none.incomplete == ["discovery", "product", "grit"])
    }

    @Test("debrief flags: ratings spanning two scale points, and a panel split between yes and no")
    func flags() {
        let s = score([("discovery", 1), ("discovery", 3), ("product", 2), ("product", 3), ("grit", 4), ("grit", 2)], [.strongYes, .no, .yes])
        #expect(s.flags.map(\.message) == ["discovery ratings span 1-3", "grit ratings span 2-4", "panel split: 2 yes, 1 no"])
        #expect(s.flags.map(\.kind) == [.spread, .spread, .split])
        #expect(s.competencies.first { $0.id == "product" }?.spread == 1)
        #expect(score([("discovery", 3)], [.yes, .strongYes]).flags.isEmpty)
        #expect(score([("discovery", 3)], [.no, .strongNo]).flags.isEmpty)
    }

    @Test("skill versus will: high at or above the scale midpoint; the four coaching styles")
    func quadrants() {
        #expect(Scoring.coachingStyle(skill: 2.4, will: 2.4, midpoint: 2.5) == .direct)
        #expect(Scoring.coachingStyle(skill: 2.4, will: 2.5, midpoint: 2.5) == .guide)
        #expect(Scoring.coachingStyle(skill: 2.5, will: 1, midpoint: 2.5) == .excite)
        #expect(Scoring.coachingStyle(skill: 4, will: 4, midpoint: 2.5) == .delegate)
        // skill = (3*2 + 1*4)/4 = 2.5 (high), will = 2 (low) -> excite
        let s = score([("discovery", 2), ("product", 4), ("grit", 2)])
        #expect(s.skillWill?.skill == 2.5)
        #expect(s.skillWill?.highSkill == true && s.skillWill?.highWill == false)
        #expect(s.skillWill?.style == .excite)
        // skill = (3*1 + 1*2)/4 = 1.25, will = 3 -> guide
        #expect(score([("discovery", 1), ("product", 2), ("grit", 3)]).skillWill?.style == .guide)
        #expect(score([("discovery", 1), ("product", 1), ("grit", 1)]).skillWill?.style == .direct)
    }

    @Test("the slate ranks must-have passers first, then by overall score; unscored last, ties by id")
    func ranking() {
        func entry(_ id: Int64, _ scores: [(String, Double?)]) -> SlateEntry {
            SlateEntry(candidateId: id, name: "c\(id)", stage: .interviewing, openingId: nil, score: score(scores), scorecards: 1)
        }
        let failing = entry(1, [("discovery", 2), ("product", 4), ("grit", 4)])  // failed, overall 3.0
        let lowPass = entry(2, [("discovery", 3), ("product", 1), ("grit", 1)])  // met, overall 2.0
        let highPass = entry(3, [("discovery", 4), ("product", 3), ("grit", 3)])  // met, overall 3.5
        let pending = entry(4, [("product", 4), ("grit", 4)])  // pending, overall 4
        let unscored = entry(5, [])  // pending, no score
        let tie = entry(6, [("discovery", 3), ("product", 1), ("grit", 1)])  // same as 2
        let ranked = Slate.ranked([failing, lowPass, unscored, highPass, pending, tie])
        #expect(ranked.map(\.candidateId) == [3, 2, 6, 4, 5, 1])
        #expect(ranked.map(\.rank) == [1, 2, 3, 4, 5, 6])
        #expect(ranked.last?.mustHaveFailures == ["does not meet: discovery 2 < 3"])
    }
}
