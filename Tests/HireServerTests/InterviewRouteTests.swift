import Foundation
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: the interviewer's day, every route by access role")
struct InterviewRouteTests {
    /// The status of each route for each person of the fixture: the library's policy, seen
    /// through the server. Ida interviews Ann (candidate 1, interview 1); Jo too (interview 2);
    /// Kim only Ben.
    static let matrix: [(uri: String, allowed: Set<String>)] = [
        ("/interviews", ["ida", "jo", "kim", "rae", "max", "ada", "nia", "ola"]),
        ("/interviews/1/scorecard", ["ida"]),
        ("/interviews/2/scorecard", ["jo"]),
        ("/interviews/99/scorecard", []),
        ("/candidates/1", ["ida", "jo", "rae", "max", "ada"]),
        ("/candidates/1/scorecards", ["ida", "jo", "rae", "max", "ada"]),
        ("/candidates/2", ["kim", "rae", "max", "ada"]),
        ("/candidates/99", []),
    ]

    @Test("every route for every access role: allowed 200, otherwise 404 as if it did not exist")
    func routeMatrix() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                for person in ServerFixture.people {
                    let short = String(person.email.prefix { $0 != "@" })
                    var browser = Browser(client)
                    #expect(try await browser.signIn(person.email).status == .seeOther)
                    for (uri, allowed) in Self.matrix {
                        let status = try await browser.get(uri).status
                        #expect(status == (allowed.contains(short) ? .ok : .notFound), "\(short) \(uri)")
                    }
                    // Posting a scorecard to someone else's interview: not found, nothing written.
                    if short != "ida" {
                        let page = try await browser.post("/interviews/1/scorecard", [("rating.discovery", "3"), ("rating.grit", "3"), ("recommendation", "yes")])
                        #expect(page.status == .notFound, "\(short)")
                    }
                }
            }
            #expect(try fixture.count("scorecard") == 0)
        }
    }

    @Test("My interviews puts owed scorecards on top with the hours since; unscheduled owes nothing")
    func myInterviews() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var ida = Browser(client)
                try await ida.signIn("ida@example.com")
                let page = try await ida.get("/interviews")
                #expect(page.body.contains("Scorecard owed, 5 h since the interview") && page.body.contains("Ann Example"))
                var jo = Browser(client)
                try await jo.signIn("jo@example.com")
                let unscheduled = try await jo.get("/interviews")
                #expect(unscheduled.body.contains("Unscheduled") && !unscheduled.body.contains("owed"))
            }
        }
    }

    @Test("My interviews is kept only while nothing changes: a change by another process, a draft or the next minute shows at once")
    func keptPagesFollowTheWorkspace() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var ida = Browser(client)
                try await ida.signIn("ida@example.com")
                let first = try await ida.get("/interviews")
                #expect(try await ida.get("/interviews").body == first.body)
                #expect(!first.body.contains("Ben Example"))
                // The CLI beside the server schedules Ida for Ben: the next request shows it.
                let cli = try Workspace.open(at: fixture.folder.path("hire.sqlite"))
                try cli.interviews.schedule(
                    candidate: 2, round: "screen", interviewer: 1, at: fixture.now.addingTimeInterval(3600), location: "Room 4", actor: "cli")
                let scheduled = try await ida.get("/interviews")
                #expect(scheduled.body.contains("Ben Example") && scheduled.body.contains(" · Room 4</p>"))
                // Two hours on, the hours since the interview follow the clock.
                fixture.now = fixture.now.addingTimeInterval(2 * 3600)
                #expect(try await ida.get("/interviews").body.contains("Scorecard owed, 7 h since the interview"))
                // A draft saved in the form shows when the form is opened again.
                let blank = try await ida.get("/interviews/1/scorecard")
                #expect(!blank.body.contains("kept in the draft"))
                _ = try await ida.post("/interviews/1/scorecard", [("action", "draft"), ("evidence.grit", "kept in the draft")])
                #expect(try await ida.get("/interviews/1/scorecard").body.contains("kept in the draft"))
                // Another session of the same person gets its own page (its own CSRF token).
                var again = Browser(client)
                try await again.signIn("ida@example.com")
                let other = try await again.get("/interviews")
                let mine = try await ida.get("/interviews")
                #expect(other.status == .ok && other.body != mine.body)
            }
        }
    }

    @Test("the scorecard form shows each level's anchor by its radio, keeps what was typed, and shows problems by their field")
    func scorecardForm() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var ida = Browser(client)
                try await ida.signIn("ida@example.com")
                let form = try await ida.get("/interviews/1/scorecard")
                #expect(form.status == .ok)
                #expect(form.body.contains(#"<label for="rating-discovery-4"><strong>4</strong> <span>Uncovers the real need</span></label>"#))
                #expect(form.body.contains("Tell me about a deal you lost."))
                let refused = try await ida.post(
                    "/interviews/1/scorecard",
                    [("rating.discovery", "4"), ("evidence.discovery", ""), ("rating.grit", "n/a"), ("skip.grit", ""), ("evidence.grit", "kept at it <b>")])
                #expect(refused.status == .unprocessableContent)
                // Each problem by the field it concerns: discovery's missing evidence by its evidence box, grit's missing reason by its n/a reason.
                #expect(refused.body.contains(#"id="error-discovery" class="error""#) && refused.body.contains(#"aria-describedby="evidence-hint-discovery error-discovery" aria-invalid="true""#))
                #expect(refused.body.contains(#"id="skip-grit" name="skip.grit" type="text" value="" aria-invalid="true" aria-describedby="error-grit""#))
                #expect(refused.body.contains(#"id="recommendation-error""#) && refused.body.contains(##"<a href="#evidence-discovery">Discovery: "##))
                #expect(refused.body.contains("kept at it &lt;b&gt;") && refused.body.contains(#"value="4" checked"#))
                #expect(try fixture.count("scorecard") == 0)
                let done = try await ida.post(
                    "/interviews/1/scorecard",
                    [("rating.discovery", "4"), ("evidence.discovery", "asked why three times"), ("rating.grit", "n/a"),
                     ("skip.grit", "ran out of time"), ("recommendation", "yes"), ("notes", "good call")])
                #expect(done.status == .seeOther && done.location == "/candidates/1/scorecards?done=submitted")
                #expect(try fixture.count("scorecard") == 1)
                #expect(try await ida.get(done.location!).body.contains(#"id="notice">Your scorecard is submitted."#))
                #expect(try await ida.get("/candidates/1/scorecards?done=%3Cb%3E").body.contains(#"id="notice""#) == false)
                let audit = try fixture.workspace.audit.events(as: "owner").last { $0.action == AuditAction.scorecardSubmit.rawValue }
                #expect(audit?.actor == "person 1")
                let again = try await ida.get("/interviews/1/scorecard")
                #expect(again.body.contains("You submitted this scorecard"))
            }
        }
    }

    @Test("the blind rule through /candidates/{id}/scorecards: counts before submitting, every card after")
    func blindRule() async throws {
        try await ServerFixture.with { fixture in
            try fixture.submitScreen(person: 2, discovery: 1, grit: 4, evidence: "jo-secret-evidence", recommendation: "no")
            try await fixture.test { client in
                var ida = Browser(client)
                try await ida.signIn("ida@example.com")
                let before = try await ida.get("/candidates/1/scorecards")
                #expect(before.status == .ok && before.body.contains("1 scorecard submitted so far") && !before.body.contains("jo-secret-evidence"))
                _ = try await ida.get("/interviews/1/scorecard")
                let submitted = try await ida.post(
                    "/interviews/1/scorecard",
                    [("rating.discovery", "3"), ("evidence.discovery", "asked"), ("rating.grit", "3"), ("recommendation", "yes")])
                #expect(submitted.status == .seeOther)
                let after = try await ida.get("/candidates/1/scorecards")
                #expect(after.body.contains("jo-secret-evidence") && after.body.contains("Ida One (you)") && after.body.contains("Discuss at the debrief"))
                var max = Browser(client)
                try await max.signIn("max@example.com")
                #expect(try await max.get("/candidates/1/scorecards").body.contains("jo-secret-evidence"))
                var kim = Browser(client)
                try await kim.signIn("kim@example.com")
                #expect(try await kim.get("/candidates/1/scorecards").status == .notFound)
            }
        }
    }

    @Test("the candidate page shows what the interview needs and no self-identified groups")
    func candidatePage() async throws {
        try await ServerFixture.with { fixture in
            try fixture.workspace.fairness.setGroup(1, dimension: "gender", value: "group-value-hidden", actor: "owner")
            try await fixture.test { client in
                var ida = Browser(client)
                try await ida.signIn("ida@example.com")
                let page = try await ida.get("/candidates/1")
                #expect(page.body.contains("Ann Example") && page.body.contains("Test Role") && page.body.contains("Screen"))
                #expect(!page.body.contains("group-value-hidden") && !page.body.contains("ann@example.org"))
            }
        }
    }
}
