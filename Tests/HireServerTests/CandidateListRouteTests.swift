import Foundation
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: the recruiters' candidate list, search and record pages")
struct CandidateListRouteTests {
    /// Each page's status per person: `ok` 200, `refused` 403 (may know the candidate, may not
    /// manage candidates), anyone else 404.
    static let matrix: RouteMatrix = [
        ("/candidates", ["ida", "jo", "kim", "rae", "max", "ada", "nia", "ola"], []),
        ("/candidates?stage=applied", ["ida", "jo", "kim", "rae", "max", "ada", "nia", "ola"], []),
        ("/candidates/1/record", ["rae", "max", "ada"], ["ida", "jo"]),
        ("/candidates/2/record", ["rae", "max", "ada"], ["kim"]),
        ("/candidates/99/record", [], []),
    ]

    @Test("every page for every access role: allowed 200, refused 403, otherwise 404; moves refused with nothing written; not signed in goes to /login")
    func routeMatrix() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var anonymous = Browser(client)
                try await anonymous.expectSignInRequired(Self.matrix.map(\.uri))
                for person in ServerFixture.people {
                    let short = String(person.email.prefix { $0 != "@" })
                    var browser = Browser(client)
                    try await browser.signIn(person.email)
                    try await browser.expectStatuses(Self.matrix, for: short)
                    if !["rae", "max", "ada"].contains(short) {
                        let moved = try await browser.post("/candidates/1/stage", [("stage", "screening"), ("reason", "x")])
                        #expect([.forbidden, .notFound].contains(moved.status), "\(short)")
                    }
                }
                // Interviewers list the candidates of their panels only.
                var kim = Browser(client)
                try await kim.signIn("kim@example.com")
                let list = try await kim.get("/candidates")
                #expect(list.body.contains(#"<a href="/candidates/2">Ben Example</a>"#) && !list.body.contains("Ann Example"))
            }
            #expect(try fixture.workspace.candidates.get(1).stage == .applied)
        }
    }

    @Test("search by name or email is posted, never in a logged URL; filters and pages by cursor")
    func searchAndPages() async throws {
        try await ServerFixture.with { fixture in
            for index in 1...60 {
                try fixture.workspace.candidates.add(
                    NewCandidate(name: "Extra Person \(index)", email: "extra\(index)@example.org", role: "test-role", source: "fair"), actor: "hr")
            }
            try await fixture.test { client in
                var rae = Browser(client)
                try await rae.signIn("rae@example.com")
                _ = try await rae.get("/candidates")
                let byEmail = try await rae.post("/candidates", [("search", "ANN@example.org ")])
                #expect(byEmail.status == .ok && byEmail.body.contains("Ann Example") && !byEmail.body.contains("Ben Example"))
                #expect(byEmail.body.contains(#"value="ANN@example.org""#))
                let byName = try await rae.post("/candidates", [("search", "ben")])
                #expect(byName.body.contains("Ben Example") && !byName.body.contains("Ann Example"))
                let wildcard = try await rae.post("/candidates", [("search", "%")])
                #expect(wildcard.body.contains("No candidates match."))
                // A search's next page is posted too.
                let first = try await rae.post("/candidates", [("search", "extra"), ("source", "fair")])
                #expect(first.body.contains("Extra Person 50<") && !first.body.contains("Extra Person 51<"))
                #expect(first.body.contains(#"<input type="hidden" name="after" value="52">"#) && !first.body.contains("/candidates?"))
                let second = try await rae.post("/candidates", [("search", "extra"), ("source", "fair"), ("after", "52")])
                #expect(second.body.contains("Extra Person 51<") && second.body.contains("Extra Person 60<") && !second.body.contains("Extra Person 50<"))
                // A filtered list pages by link, filters kept.
                let filtered = try await rae.get("/candidates?source=fair")
                #expect(filtered.body.contains(#"href="/candidates?source=fair&amp;after=52""#))
                let next = try await rae.get("/candidates?source=fair&after=52")
                #expect(next.body.contains("Extra Person 60<") && !next.body.contains("Ann Example"))
                let unknownRole = try await rae.get("/candidates?role=nope")
                #expect(unknownRole.status == .unprocessableContent)
            }
            let log = fixture.log.lines.joined(separator: "\n")
            #expect(!log.contains("ann@") && !log.contains("ANN") && !log.contains("search") && !log.contains("extra"))
        }
    }

    @Test("the record shows contacts and the stage history; a move needs a reason, shown by its field")
    func recordAndMove() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var rae = Browser(client)
                try await rae.signIn("rae@example.com")
                let record = try await rae.get("/candidates/2/record")
                #expect(record.body.contains("ben@example.org") && record.body.contains(#"id="move""#))
                let refused = try await rae.post("/candidates/2/stage", [("stage", "screening"), ("reason", " ")])
                #expect(refused.status == .unprocessableContent && refused.body.contains(#"id="reason-error" class="error""#))
                #expect(try fixture.workspace.candidates.get(2).stage == .applied)
                let moved = try await rae.post("/candidates/2/stage", [("stage", "screening"), ("reason", "CV fits")])
                #expect(moved.status == .seeOther && moved.location == "/candidates/2/record")
                let after = try await rae.get("/candidates/2/record")
                #expect(after.body.contains("applied → screening (CV fits) · person 4"))
            }
        }
    }
}
