import Foundation
import Testing
@testable import HireKit
@testable import HireServer

@Suite("The panel's scorecard cards")
struct CandidatePageTests {
    @Test("a card's ratings are named and ordered as the role's competencies are; one no longer in the role keeps its id, last")
    func ratingsInRoleOrder() {
        let card = Scorecard(
            id: 7, candidateId: 1, roleId: "r", roleVersion: 1, roundId: "panel", interviewerId: 2, version: 1, supersedes: nil,
            recommendation: .yes, notes: nil, submittedAt: Date(timeIntervalSince1970: 0), amendReason: nil, actor: "t")
        let ratings = ["retired", "grit", "product", "discovery"].map { Rating(scorecardId: 7, competencyId: $0, value: 3) }
        let submitted = SubmittedScorecard(scorecard: card, interviewer: "Jo Two", ratings: ratings, isSuperseded: false)
        let competencies = [("discovery", "Discovery"), ("product", "Product knowledge"), ("grit", "Grit")].map {
            CandidateReport.CompetencyLines(id: $0.0, name: $0.1, kind: .skill, ratings: [])
        }
        let model = CandidatePage.version(submitted, competencies: competencies, timeZone: TimeZone(identifier: "UTC")!)
        let shown = (model["ratings"] as? [[String: Any]])?.map { $0["competency"] as? String }
        #expect(shown == ["Discovery", "Product knowledge", "Grit", "retired"])
    }
}
