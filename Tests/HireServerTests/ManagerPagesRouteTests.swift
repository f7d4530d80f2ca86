import Foundation
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: hiring managers' and mentors' pages, every route by access role")
struct ManagerPagesRouteTests {
    /// Each page's status per person (ida jo kim rae max ada nia ola): `ok` 200, `refused` 403,
    /// anyone else 404 as if it did not exist. The library's policy, seen through the server.
    static let matrix: RouteMatrix = [
        ("/openings", ["rae", "max", "ada"], ["ida", "jo", "kim", "nia", "ola"]),
        ("/openings/o1/slate", ["rae", "max", "ada"], ["ida", "jo", "kim", "nia", "ola"]),
        ("/openings/o1/slate?all=1", ["rae", "max", "ada"], ["ida", "jo", "kim", "nia", "ola"]),
        ("/openings/nope/slate", [], ["ida", "jo", "kim", "nia", "ola"]),
        ("/candidates/1/debrief", ["ida", "jo", "rae", "max", "ada"], []),
        ("/candidates/2/debrief", ["kim", "rae", "max", "ada"], []),
        ("/candidates/99/debrief", [], []),
        ("/ramp", ["ida", "jo", "kim", "rae", "max", "ada", "nia", "ola"], []),
        ("/ramp/3", ["rae", "max", "ada", "ola"], []),
        ("/ramp/3/check-in", ["max", "ada", "ola"], ["rae"]),
        ("/ramp/1", [], []),
    ]

    @Test("every new page for every access role: allowed 200, refused 403, otherwise 404; not signed in goes to /login")
    func routeMatrix() async throws {
        try await ServerFixture.with { fixture in
            try fixture.addManagerPages()
            try await fixture.test { client in
                var anonymous = Browser(client)
                try await anonymous.expectSignInRequired(Self.matrix.map(\.uri))
                for person in ServerFixture.people {
                    let short = String(person.email.prefix { $0 != "@" })
                    var browser = Browser(client)
                    #expect(try await browser.signIn(person.email).status == .seeOther)
                    try await browser.expectStatuses(Self.matrix, for: short)
                    // Writes by those the policy refuses: nothing recorded.
                    if !["max", "ada"].contains(short) {
                        _ = try await browser.get("/ramp")
                        let decided = try await browser.post("/candidates/1/decision", [("decision", "reject"), ("reason", "no")])
                        #expect([.forbidden, .notFound].contains(decided.status), "\(short) decision")
                    }
                    if !["max", "ada", "ola"].contains(short) {
                        let checkIn = try await browser.post("/ramp/3/check-in", [("date", "2000-01-01")])
                        #expect([.forbidden, .notFound].contains(checkIn.status), "\(short) check-in")
                        let milestone = try await browser.post("/ramp/3/milestones/shadow", [("date", "2000-01-01"), ("action", "complete")])
                        #expect([.forbidden, .notFound].contains(milestone.status), "\(short) milestone")
                    }
                }
            }
            #expect(try fixture.count("decision") == 1)
            #expect(try fixture.count("checkIn") == 0)
            #expect(try fixture.workspace.onboarding.plan(3).milestones.allSatisfy { $0.state == .open })
        }
    }

    @Test("the nav links the openings for those who may read slates only")
    func navigation() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var max = Browser(client)
                try await max.signIn("max@example.com")
                #expect(try await max.get("/interviews").body.contains(#"<a href="/openings">Openings</a>"#))
                var ida = Browser(client)
                try await ida.signIn("ida@example.com")
                #expect(!(try await ida.get("/interviews").body.contains(#"href="/openings""#)))
                // Counts of zero show no line (Mustache renders a section for 0).
                var jo = Browser(client)
                try await jo.signIn("jo@example.com")
                #expect(!(try await jo.get("/interviews").body.contains("You owe")))
            }
        }
    }

    @Test("My openings lists the manager's own first; the slate keeps the library's order, flags and columns")
    func openingsAndSlate() async throws {
        try await ServerFixture.with { fixture in
            try fixture.addManagerPages()
            try fixture.workspace.openings.add(id: "o2", role: "test-role", title: "Other opening", actor: "owner")
            try fixture.submitScreen(person: 1, discovery: 4, grit: 4, evidence: "asked why", recommendation: "strong-yes")
            try fixture.submitScreen(person: 2, discovery: 1, grit: 3, evidence: "talked only", recommendation: "no")
            try await fixture.test { client in
                var max = Browser(client)
                try await max.signIn("max@example.com")
                let openings = try await max.get("/openings")
                let mine = try #require(openings.body.range(of: "My openings")), other = try #require(openings.body.range(of: "Other open openings"))
                let o1 = try #require(openings.body.range(of: "/openings/o1/slate")), o2 = try #require(openings.body.range(of: "/openings/o2/slate"))
                #expect(mine.lowerBound < o1.lowerBound && o1.lowerBound < other.lowerBound && other.lowerBound < o2.lowerBound)
                let slate = try await max.get("/openings/o1/slate")
                let library = try fixture.workspace.reports.slate(role: "test-role", opening: "o1", as: fixture.workspace.access.actor(person: 5))
                let positions = try library.entries.map { entry in try #require(slate.body.range(of: ">\(entry.name)</a>")).lowerBound }
                #expect(library.entries.count == 2 && positions == positions.sorted())
                #expect(slate.body.contains(#"href="/candidates/1/debrief""#) && slate.body.contains("1 strong yes, 1 no"))
                #expect(!slate.body.contains("Blind scoring"))  // nobody withheld from the hiring manager
                for flag in library.entries.flatMap(\.flags) { #expect(slate.body.contains(flag.htmlEscaped)) }
                // Ben has no scorecard: on the slate, unrated, said in a word rather than every competency's id.
                #expect(slate.body.contains("<td>all, no ratings yet</td>") && !slate.body.contains("<td>discovery, grit</td>"))
            }
        }
    }

    @Test("a slate of 250 is shown 100 ranks a page, in the library's order, with links before and after")
    func slatePages() async throws {
        try await ServerFixture.with { fixture in
            try fixture.addManagerPages()
            for index in 1...248 {
                try fixture.workspace.candidates.add(
                    NewCandidate(name: "Extra \(index)", email: "extra\(index)@example.org", role: "test-role", opening: "o1"), actor: "hr")
            }
            try await fixture.test { client in
                var max = Browser(client)
                try await max.signIn("max@example.com")
                let library = try fixture.workspace.reports.slate(role: "test-role", opening: "o1", as: fixture.workspace.access.actor(person: 5))
                #expect(library.entries.count == 250)
                let first = try await max.get("/openings/o1/slate")
                #expect(first.body.contains("Ranks 1–100 of 250") && first.body.contains(#"href="/openings/o1/slate?from=101" rel="next""#))
                #expect(!first.body.contains(#"rel="prev""#))
                let last = try await max.get("/openings/o1/slate?from=201")
                #expect(last.body.contains("Ranks 201–250 of 250") && last.body.contains(#"href="/openings/o1/slate?from=101" rel="prev""#))
                #expect(!last.body.contains(#"rel="next""#))
                func names(_ page: Browser.Page) -> [String] {
                    library.entries.map(\.name).filter { page.body.contains(">\($0)</a>") }
                }
                #expect(names(first) == library.entries[0..<100].map(\.name))
                #expect(names(last) == library.entries[200..<250].map(\.name))
                let everyone = try await max.get("/openings/o1/slate?all=1&from=101")
                #expect(everyone.body.contains(#"href="/openings/o1/slate?all=1&amp;from=1" rel="prev""#))
            }
        }
    }

    @Test("the debrief shows the score, the panel's cards, flags and who still owes a scorecard with the hours since")
    func debrief() async throws {
        try await ServerFixture.with { fixture in
            try fixture.addManagerPages()
            try fixture.submitScreen(person: 2, discovery: 1, grit: 4, evidence: "jo-evidence", recommendation: "no")
            try await fixture.test { client in
                var max = Browser(client)
                try await max.signIn("max@example.com")
                let page = try await max.get("/candidates/1/debrief")
                #expect(page.status == .ok)
                #expect(page.body.contains("Who still owes a scorecard") && page.body.contains("<strong>Ida One</strong> · screen"))
                // The hours as the library's owed list counts them (whole hours since the interview).
                let owed = try #require(try fixture.workspace.owed.list(as: "owner", now: fixture.now).first { $0.candidateId == 1 && $0.personId == 1 })
                #expect(owed.hoursSinceInterview.map { page.body.contains("\($0) h since the interview") } == true)
                #expect(page.body.contains("jo-evidence") && page.body.contains("Skill-will") && page.body.contains(#"id="hire""#))
                // The blind rule: Ida, on the panel and yet to submit, sees counts only and no decision form.
                var ida = Browser(client)
                try await ida.signIn("ida@example.com")
                let blind = try await ida.get("/candidates/1/debrief")
                #expect(blind.status == .ok && blind.body.contains("1 scorecard submitted so far"))
                #expect(!blind.body.contains("jo-evidence") && !blind.body.contains(#"id="hire""#) && !blind.body.contains("Skill-will"))
            }
        }
    }

    @Test("hire: problems by their field with nothing recorded, an override when scorecards are incomplete, then the ramp")
    func hire() async throws {
        try await ServerFixture.with { fixture in
            try fixture.addManagerPages()
            try fixture.submitScreen(person: 1, discovery: 4, grit: 4, evidence: "asked why", recommendation: "strong-yes")
            try fixture.workspace.candidates.move(1, to: .interviewing, reason: "test", actor: "owner")
            try await fixture.test { client in
                var max = Browser(client)
                try await max.signIn("max@example.com")
                _ = try await max.get("/candidates/1/debrief")
                let noDate = try await max.post("/candidates/1/decision", [("decision", "hire"), ("start_date", "soon"), ("manager", "5")])
                #expect(noDate.status == .unprocessableContent && noDate.body.contains(#"id="start-error" class="error""#))
                #expect(noDate.body.contains(#"value="soon""#) && noDate.body.contains(#"aria-describedby="start-hint start-error" aria-invalid="true""#))
                // The forms are far down the debrief: the summary at the top links to the field.
                let summary = try #require(noDate.body.range(of: ##"<div class="error-summary" role="alert"><h2>Nothing was recorded</h2><ul><li><a href="#start-date">"##))
                #expect(summary.lowerBound < (noDate.body.range(of: #"id="hire-title""#)?.lowerBound ?? summary.lowerBound))
                // Reloading the address a refusal was shown at goes back to the debrief.
                let reloaded = try await max.get("/candidates/1/decision")
                #expect(reloaded.status == .seeOther && reloaded.location == "/candidates/1/debrief")
                // The opening's one place is free: no headcount warning yet.
                #expect(!noDate.body.contains("goes over its headcount"))
                let start = CalendarDate.on(fixture.now, in: try fixture.workspace.settings.timeZone()).adding(days: 14).description
                #expect(try fixture.count("decision") == 1)
                // Ida's card rates every competency and the role has no must-have: no override needed.
                let hired = try await max.post("/candidates/1/decision", [("decision", "hire"), ("start_date", start), ("manager", "5")])
                #expect(hired.status == .seeOther && hired.location == "/ramp/1")
                #expect(try fixture.count("decision") == 2)
                let audit = try fixture.workspace.audit.events(as: "owner").last { $0.action == AuditAction.decisionHire.rawValue }
                #expect(audit?.actor == "person 5")
                let dashboard = try await max.get("/ramp")
                #expect(dashboard.body.contains(#"<a href="/ramp/1">Ann Example</a>"#) && !dashboard.body.contains("0 overdue"))
                #expect(try await max.get("/ramp/1").status == .ok)
                // Decided: no form any more.
                #expect(!(try await max.get("/candidates/1/debrief").body.contains(#"id="hire""#)))
                // Ben's debrief now says, before hiring, that a hire goes over the headcount of 1.
                try fixture.workspace.candidates.move(2, to: .interviewing, reason: "test", actor: "owner")
                #expect(try await max.get("/candidates/2/debrief").body.contains("Opening o1 has 1 of 1 hired: a hire goes over its headcount."))
            }
        }
    }

    @Test("hiring with incomplete scorecards asks for an override reason by its field; with one, the hire is recorded")
    func hireOverride() async throws {
        try await ServerFixture.with { fixture in
            try fixture.addManagerPages()
            try fixture.workspace.candidates.move(2, to: .interviewing, reason: "test", actor: "owner")
            try await fixture.test { client in
                var max = Browser(client)
                try await max.signIn("max@example.com")
                _ = try await max.get("/candidates/2/debrief")
                let start = CalendarDate.on(fixture.now, in: try fixture.workspace.settings.timeZone()).adding(days: 14).description
                let refused = try await max.post("/candidates/2/decision", [("decision", "hire"), ("start_date", start), ("manager", "5")])
                #expect(refused.status == .unprocessableContent && refused.body.contains(#"id="override-error" class="error""#))
                #expect(refused.body.contains("To hire anyway, give an override reason."))
                #expect(try fixture.count("decision") == 1)
                let hired = try await max.post(
                    "/candidates/2/decision", [("decision", "hire"), ("start_date", start), ("manager", "5"), ("override", "references vouch")])
                #expect(hired.status == .seeOther && hired.location == "/ramp/2")
                #expect(try fixture.workspace.decisions.list(candidate: 2).last?.override == "references vouch")
            }
        }
    }

    @Test("reject needs a reason, shown by its field; with one the candidate is rejected")
    func reject() async throws {
        try await ServerFixture.with { fixture in
            try fixture.addManagerPages()
            try await fixture.test { client in
                var max = Browser(client)
                try await max.signIn("max@example.com")
                _ = try await max.get("/candidates/2/debrief")
                let refused = try await max.post("/candidates/2/decision", [("decision", "reject"), ("reason", " ")])
                #expect(refused.status == .unprocessableContent && refused.body.contains(#"id="reason-error" class="error""#))
                let rejected = try await max.post("/candidates/2/decision", [("decision", "reject"), ("reason", "not a fit")])
                #expect(rejected.status == .seeOther && rejected.location == "/candidates/2/debrief")
                #expect(try fixture.workspace.candidates.get(2).stage == .rejected)
            }
        }
    }

    @Test("the ramp: overdue first, milestones completed or waived by their owners with note and date, refusals by the form")
    func ramp() async throws {
        try await ServerFixture.withMentor { fixture, client, signedIn, today in
            var ola = signedIn
            let dashboard = try await ola.get("/ramp")
            #expect(dashboard.body.contains(#"<a href="/ramp/3">Cy Hired</a>"#) && dashboard.body.contains("2 overdue"))
            let plan = try await ola.get("/ramp/3")
            // The mentor completes mentor milestones only (and the new hire's, as the library allows).
            #expect(plan.body.contains(#"id="complete-shadow""#) && !plan.body.contains(#"id="complete-expectations""#))
            let future = try await ola.post("/ramp/3/milestones/shadow", [("date", today.adding(days: 3).description), ("note", "went well"), ("action", "complete")])
            #expect(future.status == .unprocessableContent && future.body.contains(#"id="error-shadow" class="error""#))
            #expect(future.body.contains("went well"))
            let done = try await ola.post("/ramp/3/milestones/shadow", [("date", today.description), ("note", "went well"), ("action", "complete")])
            #expect(done.status == .seeOther && done.location == "/ramp/3")
            let refused = try await ola.post("/ramp/3/milestones/expectations", [("date", today.description), ("action", "complete")])
            #expect(refused.status == .forbidden)
            var max = Browser(client)
            try await max.signIn("max@example.com")
            _ = try await max.get("/ramp/3")
            let noReason = try await max.post("/ramp/3/milestones/expectations", [("date", today.description), ("action", "waive")])
            #expect(noReason.status == .unprocessableContent && noReason.body.contains(#"id="error-expectations""#))
            let waived = try await max.post("/ramp/3/milestones/expectations", [("date", today.description), ("note", "covered at hiring"), ("action", "waive")])
            #expect(waived.status == .seeOther)
            let milestones = try fixture.workspace.onboarding.plan(3).milestones
            #expect(milestones.first { $0.milestoneId == "shadow" }?.state == .done && milestones.first { $0.milestoneId == "shadow" }?.note == "went well")
            #expect(milestones.first { $0.milestoneId == "expectations" }?.state == .waived)
            let events = try fixture.workspace.audit.events(as: "owner")
            #expect(events.contains { $0.action == AuditAction.rampComplete.rawValue && $0.actor == "person 8" })
            #expect(events.contains { $0.action == AuditAction.rampWaive.rawValue && $0.actor == "person 5" })
        }
    }

    @Test("the check-in form: the anchored scale and the review questions; refusals keep what was typed")
    func checkIn() async throws {
        try await ServerFixture.withMentor { fixture, client, signedIn, today in
            var ola = signedIn
            let form = try await ola.get("/ramp/3/check-in")
            #expect(form.body.contains(#"<label for="observation-discovery-4"><strong>4</strong> <span>Uncovers the real need</span></label>"#))
            #expect(form.body.contains("Deals forecast to close in the next 30 days") && form.body.contains(#"value="\#(today)""#))
            let refused = try await ola.post(
                "/ramp/3/check-in", [("date", today.adding(days: 2).description), ("observation.discovery", "3"), ("answer.results", "two deals")])
            #expect(refused.status == .unprocessableContent && refused.body.contains("after today") && refused.body.contains("two deals"))
            #expect(refused.body.contains(#"id="observation-discovery-3" name="observation.discovery" value="3" checked"#))
            let recorded = try await ola.post(
                "/ramp/3/check-in",
                [("date", today.description), ("observation.discovery", "3"), ("observation.grit", ""), ("answer.results", "two deals"),
                 ("answer.next-steps", "shadow more"), ("notes", "steady")])
            #expect(recorded.status == .seeOther && recorded.location == "/ramp/3")
            #expect(try fixture.count("checkIn") == 1 && fixture.count("observation") == 1)
            let plan = try await ola.get("/ramp/3")
            #expect(plan.body.contains("Discovery: 3") && plan.body.contains("two deals") && plan.body.contains("shadow more"))
        }
    }
}

extension String {
    /// The text as the pages escape it.
    var htmlEscaped: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
