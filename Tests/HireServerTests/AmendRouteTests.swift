import Foundation
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: amending one's own scorecard, and the history of versions")
struct AmendRouteTests {
    static let submitted: [(String, String)] = [
        ("rating.discovery", "4"), ("evidence.discovery", "asked why three times"), ("rating.grit", "3"), ("evidence.grit", "kept going"),
        ("recommendation", "yes"), ("notes", "first take"),
    ]

    @Test("the amend form holds the current version; a reason is needed; the panel page then shows both versions")
    func amend() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var ida = Browser(client)
                try await ida.signIn("ida@example.com")
                _ = try await ida.get("/interviews/1/scorecard")
                #expect(try await ida.post("/interviews/1/scorecard", Self.submitted).status == .seeOther)
                let done = try await ida.get("/interviews/1/scorecard")
                #expect(done.body.contains(#"href="/interviews/1/scorecard/amend""#))

                let form = try await ida.get("/interviews/1/scorecard/amend")
                #expect(form.status == .ok && form.body.contains("Amend scorecard"))
                #expect(form.body.contains(#"action="/interviews/1/scorecard/amend""#) && form.body.contains(#"name="reason""#))
                #expect(form.body.contains(#"name="rating.discovery" value="4" checked"#) && form.body.contains(#"name="rating.grit" value="3" checked"#))
                #expect(form.body.contains("asked why three times") && form.body.contains("first take"))
                #expect(form.body.contains(#"name="recommendation" value="yes" checked"#) && !form.body.contains(#"value="draft""#))

                var changed = Self.submitted.filter { $0.0 != "recommendation" && $0.0 != "evidence.discovery" }
                changed += [("recommendation", "strong-yes"), ("evidence.discovery", "asked why three times, then found the budget")]
                let noReason = try await ida.post("/interviews/1/scorecard/amend", changed + [("reason", " ")])
                #expect(noReason.status == .unprocessableContent && noReason.body.contains(#"id="reason-error""#))
                #expect(noReason.body.contains("then found the budget") && noReason.body.contains(#"value="strong-yes" checked"#))
                // A new level with the old evidence: refused unless the evidence is kept deliberately.
                let stale = Self.submitted.map { $0.0 == "rating.grit" ? ("rating.grit", "2") : $0 }
                let refused = try await ida.post("/interviews/1/scorecard/amend", stale + [("reason", "second thoughts")])
                #expect(refused.status == .unprocessableContent && refused.body.contains("written for the old rating"))
                #expect(try fixture.count("scorecard") == 1)

                let amended = try await ida.post("/interviews/1/scorecard/amend", changed + [("reason", "found the budget question in my notes")])
                #expect(amended.status == .seeOther && amended.location == "/candidates/1/scorecards?done=amended")
                #expect(try fixture.count("scorecard") == 2)
                let panel = try await ida.get("/candidates/1/scorecards")
                #expect(panel.body.contains("Version 2") && panel.body.contains("amended because: found the budget question in my notes"))
                #expect(panel.body.contains("Earlier versions") && panel.body.contains("Version 1"))
                #expect(panel.body.contains("then found the budget") && panel.body.contains(">asked why three times<"), "\(panel.body)")
                // The amended version is the one amended next.
                let again = try await ida.get("/interviews/1/scorecard/amend")
                #expect(again.body.contains(#"name="recommendation" value="strong-yes" checked"#))
            }
            let audit = try fixture.workspace.audit.events(as: "owner").filter { $0.action == AuditAction.scorecardAmend.rawValue }
            #expect(audit.map(\.actor) == ["person 1"])
        }
    }

    @Test("nobody amends another's scorecard, and there is nothing to amend before submitting: 404, nothing written")
    func othersRefused() async throws {
        try await ServerFixture.with { fixture in
            try fixture.submitScreen(person: 1, discovery: 3, grit: 3, evidence: "ida-evidence", recommendation: "yes")
            try await fixture.test { client in
                for person in ServerFixture.people where person.email != "ida@example.com" {
                    var other = Browser(client)
                    try await other.signIn(person.email)
                    _ = try await other.get("/interviews")  // for the session's CSRF token
                    let page = try await other.get("/interviews/1/scorecard/amend")
                    #expect(page.status == .notFound && !page.body.contains("ida-evidence"), "\(person.email)")
                    let post = try await other.post("/interviews/1/scorecard/amend", Self.submitted + [("reason", "mine now")])
                    #expect(post.status == .notFound, "\(person.email)")
                }
                var jo = Browser(client)
                try await jo.signIn("jo@example.com")
                #expect(try await jo.get("/interviews/2/scorecard/amend").status == .notFound)
            }
            #expect(try fixture.count("scorecard") == 1)
        }
    }
}
