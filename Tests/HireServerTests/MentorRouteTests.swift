import Foundation
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: mentor suggestions and assignment on a new hire's ramp")
struct MentorRouteTests {
    /// Cy (3) is hired, managed by Max and mentored by Ola: Ola may see the ramp but not choose
    /// the mentor; anyone who may not see the ramp is told it does not exist.
    static let matrix: RouteMatrix = [
        ("/ramp/3/mentor", ["rae", "max", "ada"], ["ola"]),
        ("/ramp/1/mentor", [], []),
    ]

    @Test("the mentor page for every access role: allowed 200, refused 403, otherwise 404; not signed in goes to /login; refused posts assign nothing")
    func routeMatrix() async throws {
        try await ServerFixture.with { fixture in
            try fixture.addManagerPages()
            try fixture.workspace.mentors.add(2, strengths: ["grit"], capacity: 1, actor: "owner")
            try await fixture.test { client in
                var anonymous = Browser(client)
                try await anonymous.expectSignInRequired(Self.matrix.map(\.uri))
                try await Browser.eachPerson(client, checking: Self.matrix) { short, browser in
                    guard !["rae", "max", "ada"].contains(short) else { return }
                    _ = try await browser.get("/ramp")
                    let assigned = try await browser.post("/ramp/3/mentor", [("mentor", "2")])
                    #expect([.forbidden, .notFound].contains(assigned.status), "\(short) assign")
                }
            }
            #expect(try fixture.workspace.mentors.history(3).count == 1)
        }
    }

    @Test("the manager sees suggestions matched on the hire's focus areas with reasons, and assigns one: audited, the ramp shows them")
    func suggestAndAssign() async throws {
        try await ServerFixture.with { fixture in
            try fixture.addManagerPages()
            try fixture.workspace.mentors.add(2, strengths: ["grit"], capacity: 1, actor: "owner")
            try await fixture.test { client in
                var max = Browser(client)
                try await max.signIn("max@example.com")
                let ramp = try await max.get("/ramp/3")
                #expect(ramp.body.contains(#"href="/ramp/3/mentor""#))
                let page = try await max.get("/ramp/3/mentor")
                let library = try fixture.workspace.mentors.suggest(3)
                #expect(page.status == .ok && !library.isEmpty && page.body.contains(#"name="csrf_token""#))
                for suggestion in library {
                    #expect(page.body.contains(">\(suggestion.name)</strong>") && page.body.contains(suggestion.explanation.htmlEscaped.replacingOccurrences(of: "'", with: "&#39;")))
                }
                let none = try await max.post("/ramp/3/mentor", [("reason", "kept")])
                #expect(none.status == .unprocessableContent && none.body.contains("Choose a mentor.") && none.body.contains(#"value="kept""#))
                let done = try await max.post("/ramp/3/mentor", [("mentor", "2"), ("reason", "grit")])
                #expect(done.status == .seeOther && done.location == "/ramp/3")
                #expect(try await max.get("/ramp/3").body.contains("mentor Jo Two"))
                // Jo is full now: assigning again is refused by the library, shown on the page.
                let again = try await max.post("/ramp/3/mentor", [("mentor", "2")])
                #expect(again.status == .unprocessableContent && again.body.contains("already the mentor"))
                var ola = Browser(client)
                try await ola.signIn("ola@example.com")
                #expect(!(try await ola.get("/ramp/3").body.contains("/ramp/3/mentor")))
            }
            let history = try fixture.workspace.mentors.history(3)
            #expect(history.count == 2 && history.last?.mentorId == 2 && history.last?.reason == "grit")
            let audit = try fixture.workspace.audit.events(as: "owner").last { $0.action == AuditAction.mentorAssign.rawValue }
            #expect(audit?.actor == "person 5")
        }
    }
}
