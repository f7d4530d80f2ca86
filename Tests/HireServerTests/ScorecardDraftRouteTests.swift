import Foundation
import GRDB
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: saving a scorecard draft and resuming it")
struct ScorecardDraftRouteTests {
    static let typed: [(String, String)] = [
        ("rating.discovery", "3"), ("evidence.discovery", "asked why <twice>"), ("rating.grit", "n/a"), ("skip.grit", ""),
        ("notes", "to finish tonight"), ("action", "draft"),
    ]

    @Test("Save draft keeps the answers server-side and the form resumes from them; submitting deletes the draft")
    func saveResumeSubmit() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var ida = Browser(client)
                try await ida.signIn("ida@example.com")
                let form = try await ida.get("/interviews/1/scorecard")
                #expect(form.body.contains(#"name="action" value="draft""#) && !form.body.contains("draft-status"))
                // Incomplete answers save as a draft: nothing is checked, nothing submitted.
                let saved = try await ida.post("/interviews/1/scorecard", Self.typed)
                #expect(saved.status == .seeOther && saved.location == "/interviews/1/scorecard")
                #expect(try fixture.count("scorecard") == 0 && fixture.count("scorecardDraft") == 1)
                let resumed = try await ida.get("/interviews/1/scorecard")
                #expect(resumed.body.contains(#"id="draft-status""#))
                #expect(resumed.body.contains(#"id="rating-discovery-3" name="rating.discovery" value="3" checked"#))
                #expect(resumed.body.contains("asked why &lt;twice&gt;") && resumed.body.contains("to finish tonight"))
                #expect(resumed.body.contains(#"id="rating-grit-na" name="rating.grit" value="n/a" checked"#))
                // My interviews says a draft waits.
                #expect(try await ida.get("/interviews").body.contains("Draft saved "))
                // The panel page still shows nothing submitted.
                let panel = try await ida.get("/candidates/1/scorecards")
                #expect(!panel.body.contains("asked why"))

                let done = try await ida.post(
                    "/interviews/1/scorecard",
                    [("rating.discovery", "3"), ("evidence.discovery", "asked why twice"), ("rating.grit", "3"), ("evidence.grit", "kept going"),
                     ("recommendation", "yes")])
                #expect(done.status == .seeOther)
                #expect(try fixture.count("scorecard") == 1 && fixture.count("scorecardDraft") == 0)
                #expect(try await ida.get("/interviews").body.contains("Draft saved ") == false)
                // Once submitted, a draft is refused (amend instead).
                #expect(try await ida.post("/interviews/1/scorecard", Self.typed).status == .conflict)
            }
        }
    }

    @Test("nobody else sees or saves another interviewer's draft: 404, nothing written")
    func draftsArePrivate() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var ida = Browser(client)
                try await ida.signIn("ida@example.com")
                _ = try await ida.get("/interviews/1/scorecard")
                #expect(try await ida.post("/interviews/1/scorecard", Self.typed).status == .seeOther)
                for person in ServerFixture.people where person.email != "ida@example.com" {
                    var other = Browser(client)
                    try await other.signIn(person.email)
                    _ = try await other.get("/interviews")  // for the session's CSRF token
                    let page = try await other.get("/interviews/1/scorecard")
                    #expect(page.status == .notFound && !page.body.contains("to finish tonight"), "\(person.email)")
                    #expect(try await other.post("/interviews/1/scorecard", Self.typed).status == .notFound, "\(person.email)")
                    let candidate = try await other.get("/candidates/1/scorecards")
                    #expect(!candidate.body.contains("to finish tonight") && !candidate.body.contains("asked why"), "\(person.email)")
                }
            }
            let answers = try await fixture.workspace.reader.read { db in try String.fetchOne(db, sql: "SELECT answers FROM scorecardDraft") }
            #expect(answers?.contains("to finish tonight") == true)
        }
    }
}
