import Foundation
import HireKit
import HireServer
import HireTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: the audit log, fairness and calibration pages")
struct AuditAnalysisRouteTests {
    /// Each page's status per person: `ok` 200, `refused` 403, anyone else 404.
    static let matrix: RouteMatrix = [
        ("/audit", ["rae", "ada"], ["ida", "jo", "kim", "max", "nia", "ola"]),
        ("/audit?person=4&action=candidate.stage&record=1&from=2020-01-01&through=2099-12-31", ["rae", "ada"], ["ida", "jo", "kim", "max", "nia", "ola"]),
        ("/fairness", ["rae", "ada"], ["ida", "jo", "kim", "max", "nia", "ola"]),
        ("/fairness?role=test-role", ["rae", "ada"], ["ida", "jo", "kim", "max", "nia", "ola"]),
        ("/calibration", ["rae", "max", "ada"], ["ida", "jo", "kim", "nia", "ola"]),
        ("/calibration?role=test-role", ["rae", "max", "ada"], ["ida", "jo", "kim", "nia", "ola"]),
    ]

    @Test("every page for every access role: allowed 200, refused 403; not signed in goes to /login")
    func routeMatrix() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in try await expectRouteMatrix(Self.matrix, client: client) }
        }
    }

    @Test("the audit log narrows by person id, action, candidate and dates, newest first; a bad date is shown by its field; nothing personal in the query")
    func auditFilters() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var rae = Browser(client)
                try await rae.signIn("rae@example.com")
                _ = try await rae.get("/candidates/2/record")
                _ = try await rae.post("/candidates/2/stage", [("stage", "screening"), ("reason", "CV fits")])
                let all = try await rae.get("/audit")
                #expect(all.body.contains(#"<option value="4">Rae Four</option>"#) && all.body.contains("<option>candidate.stage</option>"))
                let mine = try await rae.get("/audit?person=4&action=candidate.stage")
                #expect(mine.body.contains("Rae Four (person 4)") && mine.body.contains("<td>candidate 2</td>"))
                #expect(mine.body.contains(#"<option value="4" selected>Rae Four</option>"#))
                let others = try await rae.get("/audit?person=6&action=candidate.stage")
                #expect(others.body.contains("No changes match."))
                let otherRecord = try await rae.get("/audit?action=candidate.stage&record=1")
                #expect(otherRecord.body.contains("No changes match."))
                let future = try await rae.get("/audit?from=2099-01-01")
                #expect(future.body.contains("No changes match."))
                let bad = try await rae.get("/audit?from=yesterday")
                #expect(bad.status == .unprocessableContent && bad.body.contains(#"id="from-error" class="error""#))
                #expect(bad.body.contains(#"aria-describedby="from-error""#))
            }
        }
    }

    @Test("fairness and calibration render live from the library's reports")
    func analysisPages() async throws {
        try await ServerFixture.with { fixture in
            try fixture.submitScreen(person: 1, discovery: 3, grit: 2, evidence: "asked why", recommendation: "yes")
            try await fixture.test { client in
                var rae = Browser(client)
                try await rae.signIn("rae@example.com")
                let fairness = try await rae.get("/fairness")
                #expect(fairness.status == .ok && fairness.body.contains("<h1>Fairness</h1>"))
                let pick = try await rae.get("/calibration")
                #expect(pick.body.contains(#"<select id="role" name="role"><option>test-role</option>"#))
                let calibration = try await rae.get("/calibration?role=test-role")
                #expect(calibration.status == .ok && calibration.body.contains("<h1>Calibration: test-role</h1>"))
                #expect(calibration.body.contains("1 scorecards on 1 candidates") && calibration.body.contains("<th scope=\"row\">Ida One</th>"))
                #expect(try await rae.get("/calibration?role=nope").status == .notFound)
            }
        }
    }
}
