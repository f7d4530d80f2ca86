import Foundation
import HTTPTypes
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("JSON API: two people changing the same record at once (ETag and If-Match)")
struct APIConcurrencyTests {
    static func json(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
    }

    static func headers(_ token: String, ifMatch: String? = nil) -> HTTPFields {
        var headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        if let ifMatch { headers[.ifMatch] = ifMatch }
        return headers
    }

    @Test("a milestone: the first change with the ETag read wins, the second is a 412 and changes nothing; no If-Match is a 428")
    func milestone() async throws {
        try await ServerFixture.with { fixture in
            let workspace = fixture.workspace
            try workspace.candidates.move(1, to: .interviewing, reason: "panel", actor: "owner")
            try workspace.decisions.decide(
                DecisionRequest(candidate: 1, kind: .hire, override: "test", startDate: CalendarDate.today().adding(days: -3), manager: 5, at: Date().addingTimeInterval(-10 * 86_400)), actor: "owner")
            let rae = try workspace.tokens.create(for: 4, name: "rae", actor: "owner").secret
            let ada = try workspace.tokens.create(for: 6, name: "ada", actor: "owner").secret
            try await fixture.test { client in
                let plan = try Self.json(try await client.execute(uri: "/api/v1/ramp/1", method: .get, headers: Self.headers(rae)))
                let milestones = plan["milestones"] as? [[String: Any]] ?? []
                let etag = try #require(milestones.first { $0["id"] as? String == "paperwork" }?["etag"] as? String)

                let missing = try await client.execute(
                    uri: "/api/v1/ramp/1/milestones/paperwork/complete", method: .post, headers: Self.headers(ada), body: ByteBuffer(string: "{}"))
                #expect(missing.status == .preconditionRequired)

                let first = try await client.execute(
                    uri: "/api/v1/ramp/1/milestones/paperwork/complete", method: .post, headers: Self.headers(ada, ifMatch: etag),
                    body: ByteBuffer(string: #"{"note": "signed by Ada"}"#))
                #expect(first.status == .ok)
                #expect(first.headers[.eTag] != nil && first.headers[.eTag] != etag)
                let second = try await client.execute(
                    uri: "/api/v1/ramp/1/milestones/paperwork/waive", method: .post, headers: Self.headers(rae, ifMatch: etag),
                    body: ByteBuffer(string: #"{"reason": "not needed"}"#))
                #expect(second.status == .preconditionFailed)
                #expect(try Self.json(second)["code"] as? String == "stale")

                let after = try workspace.onboarding.plan(1).milestones.first { $0.milestoneId == "paperwork" }
                #expect(after?.state == .done && after?.note == "signed by Ada")
                let events = try workspace.audit.events(as: "owner").filter { $0.action == AuditAction.rampComplete.rawValue }
                #expect(events.map(\.actor) == ["person 6"])
                #expect(try workspace.audit.events(as: "owner").allSatisfy { $0.action != AuditAction.rampWaive.rawValue })
            }
        }
    }

    @Test("a scorecard: two amendments of the same version, one wins and the other is a 412; both versions are kept")
    func scorecard() async throws {
        try await ServerFixture.with { fixture in
            try fixture.submitScreen(person: 1, discovery: 2, grit: 3, evidence: "asked one question", recommendation: "no")
            let phone = try fixture.workspace.tokens.create(for: 1, name: "phone", actor: "owner").secret
            let laptop = try fixture.workspace.tokens.create(for: 1, name: "laptop", actor: "owner").secret
            try await fixture.test { client in
                let card = try await client.execute(uri: "/api/v1/scorecards/1", method: .get, headers: Self.headers(phone))
                let etag = try #require(card.headers[.eTag])
                let body = #"{"reason": "misread my notes", "ratings": {"discovery": 3}, "evidence": {"discovery": "asked three follow-ups"}}"#
                let first = try await client.execute(
                    uri: "/api/v1/scorecards/1/amendments", method: .post, headers: Self.headers(laptop, ifMatch: etag), body: ByteBuffer(string: body))
                #expect(first.status == .created)
                #expect(try Self.json(first)["version"] as? Int == 2)
                let second = try await client.execute(
                    uri: "/api/v1/scorecards/1/amendments", method: .post, headers: Self.headers(phone, ifMatch: etag),
                    body: ByteBuffer(string: #"{"reason": "changed my mind", "recommendation": "yes"}"#))
                #expect(second.status == .preconditionFailed)
                let history = try fixture.workspace.scorecards.history(1, as: "owner")
                #expect(history.map(\.scorecard.version) == [1, 2])
                #expect(history.last?.scorecard.recommendation == Recommendation.no)
                // Someone else's card cannot be amended at all.
                let jo = try fixture.workspace.tokens.create(for: 2, name: "jo", actor: "owner").secret
                let other = try await client.execute(
                    uri: "/api/v1/scorecards/2/amendments", method: .post, headers: Self.headers(jo, ifMatch: "\"2\""),
                    body: ByteBuffer(string: body))
                #expect(other.status == .notFound || other.status == .forbidden)
            }
        }
    }
}
