import Foundation
import HTTPTypes
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("JSON API: bearer tokens, the blind rule, problem details, idempotency, the OpenAPI document")
struct APIRouteTests {
    /// One token per fixture person, by the short name of their email.
    static func tokens(_ fixture: ServerFixture, readOnly: Set<String> = []) throws -> [String: String] {
        var tokens: [String: String] = [:]
        for (index, person) in ServerFixture.people.enumerated() {
            let short = String(person.email.prefix { $0 != "@" })
            tokens[short] = try fixture.workspace.tokens.create(
                for: PersonID(Int64(index + 1)), name: "test", readOnly: readOnly.contains(short), actor: "owner"
            ).secret
        }
        return tokens
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
    }

    static func bearer(_ token: String, _ extra: HTTPFields = [:]) -> HTTPFields {
        var headers = extra
        headers[.authorization] = "Bearer \(token)"
        return headers
    }

    static let submission = #"{"round": "screen", "ratings": {"discovery": 3, "grit": "4"}, "evidence": {"discovery": "asked why twice", "grit": "kept calling"}, "recommendation": "yes"}"#

    @Test("who may read which path: the library's policy through the API; no or a bad token is 401 with WWW-Authenticate")
    func routeMatrix() async throws {
        try await ServerFixture.with { fixture in
            let tokens = try Self.tokens(fixture)
            let matrix: [(uri: String, allowed: Set<String>)] = [
                ("/api/v1/candidates/1", ["ida", "jo", "rae", "max", "ada"]),
                ("/api/v1/candidates/1/scorecards", ["ida", "jo", "rae", "max", "ada"]),
                ("/api/v1/candidates/2", ["kim", "rae", "max", "ada"]),
                ("/api/v1/candidates/99", []),
                ("/api/v1/slate/test-role", ["rae", "max", "ada"]),
                ("/api/v1/openings", ["ida", "jo", "kim", "rae", "max", "ada", "nia", "ola"]),
                ("/api/v1/people", ["ida", "jo", "kim", "rae", "max", "ada", "nia", "ola"]),
                ("/api/v1/interviews", ["ida", "jo", "kim", "rae", "max", "ada", "nia", "ola"]),
                ("/api/v1/candidates/1/decisions", ["ida", "jo", "rae", "max", "ada"]),
                ("/api/v1/audit", ["rae", "ada"]),
                ("/api/v1/fairness", ["rae", "ada"]),
                ("/api/v1/calibration?role=test-role", ["rae", "max", "ada"]),
            ]
            try await fixture.test { client in
                for (short, token) in tokens {
                    for (uri, allowed) in matrix {
                        let status = try await client.execute(uri: uri, method: .get, headers: Self.bearer(token)).status
                        // A record one may not know of is 404; a report one may not run is 403.
                        let reports = ["/api/v1/slate", "/api/v1/audit", "/api/v1/fairness", "/api/v1/calibration"]
                        let refused: HTTPResponse.Status = reports.contains { uri.hasPrefix($0) } ? .forbidden : .notFound
                        #expect(status == (allowed.contains(short) ? .ok : refused), "\(short) \(uri)")
                    }
                    // The list shows only the candidates the person may see.
                    let page = try Self.json(try await client.execute(uri: "/api/v1/candidates", method: .get, headers: Self.bearer(token)))
                    let ids = (page["candidates"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
                    let expected: [Int] =
                        switch short {
                        case "rae", "max", "ada": [1, 2]
                        case "ida", "jo": [1]
                        case "kim": [2]
                        default: []
                        }
                    #expect(ids == expected, "\(short)")
                }
                for headers: HTTPFields in [[:], Self.bearer("hire_not-a-token"), [.authorization: "Basic abc"]] {
                    let response = try await client.execute(uri: "/api/v1/candidates", method: .get, headers: headers)
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.contentType] == "application/problem+json")
                    #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                }
            }
        }
    }

    @Test("cursor pages: ?limit= and ?cursor= walk every candidate once; bad parameters are 422 problems")
    func pages() async throws {
        try await ServerFixture.with { fixture in
            for index in 3...7 { try fixture.workspace.candidates.add(NewCandidate(name: "Extra \(index)", email: "extra\(index)@example.org", role: "test-role"), actor: "hr") }
            let token = try Self.tokens(fixture)["rae"]!
            try await fixture.test { client in
                var seen: [Int] = []
                var cursor: String?
                repeat {
                    let uri = "/api/v1/candidates?limit=3" + (cursor.map { "&cursor=\($0)" } ?? "")
                    let page = try Self.json(try await client.execute(uri: uri, method: .get, headers: Self.bearer(token)))
                    seen += (page["candidates"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
                    cursor = page["next_cursor"] as? String
                } while cursor != nil
                #expect(seen == [1, 2, 3, 4, 5, 6, 7])
                for uri in ["/api/v1/candidates?limit=0", "/api/v1/candidates?limit=501", "/api/v1/candidates?cursor=x", "/api/v1/candidates?stage=won"] {
                    let response = try await client.execute(uri: uri, method: .get, headers: Self.bearer(token))
                    #expect(response.status == .unprocessableContent, "\(uri)")
                    #expect(try Self.json(response)["detail"] != nil)
                }
                // A mistyped parameter is refused, not ignored; a stray value is not echoed.
                let mistyped = try await client.execute(uri: "/api/v1/candidates?limt=3", method: .get, headers: Self.bearer(token))
                #expect(mistyped.status == .unprocessableContent)
                #expect(
                    try Self.json(mistyped)["detail"] as? String
                        == "'limt' is not a query parameter of this operation; it reads cursor, limit, opening, role, source, stage")
                let stray = try await client.execute(uri: "/api/v1/people?ann@example.org", method: .get, headers: Self.bearer(token))
                #expect(stray.status == .unprocessableContent)
                #expect(try Self.json(stray)["detail"] as? String == "a query parameter is not one of this operation's; it reads none")
            }
        }
    }

    @Test("blind rule through the API: the panel sees no ratings until it submits; a submission with an Idempotency-Key is recorded once")
    func blindSubmit() async throws {
        try await ServerFixture.with { fixture in
            try fixture.submitScreen(person: 2, discovery: 2, grit: 2, evidence: "jo's evidence", recommendation: "no")
            let tokens = try Self.tokens(fixture)
            try await fixture.test { client in
                let before = try await client.execute(uri: "/api/v1/candidates/1/scorecards", method: .get, headers: Self.bearer(tokens["ida"]!))
                let hidden = try Self.json(before)
                #expect(hidden["hidden"] as? Bool == true)
                #expect((hidden["scorecards"] as? [Any])?.isEmpty == true)
                #expect(!String(buffer: before.body).contains("jo's evidence"))

                let headers = Self.bearer(tokens["ida"]!, [.contentType: "application/json", HTTPField.Name("Idempotency-Key")!: "ida-screen-1"])
                let first = try await client.execute(
                    uri: "/api/v1/candidates/1/scorecards", method: .post, headers: headers, body: ByteBuffer(string: Self.submission))
                #expect(first.status == .created)
                let again = try await client.execute(
                    uri: "/api/v1/candidates/1/scorecards", method: .post, headers: headers, body: ByteBuffer(string: Self.submission))
                #expect(again.status == .created)
                #expect(again.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
                #expect(try Self.json(again)["id"] as? Int == Self.json(first)["id"] as? Int)
                #expect(try fixture.count("scorecard") == 2)
                // The same key for another request is refused; without a key a resubmission is a conflict.
                let other = try await client.execute(
                    uri: "/api/v1/candidates/1/scorecards", method: .post, headers: headers,
                    body: ByteBuffer(string: Self.submission.replacingOccurrences(of: "\"yes\"", with: "\"no\"")))
                #expect(other.status == .unprocessableContent)
                var plain = headers
                plain[HTTPField.Name("Idempotency-Key")!] = nil
                let twice = try await client.execute(
                    uri: "/api/v1/candidates/1/scorecards", method: .post, headers: plain, body: ByteBuffer(string: Self.submission))
                #expect(twice.status == .conflict)
                #expect(try Self.json(twice)["remedy"] as? String == "amend_scorecard" && Self.json(twice)["code"] as? String == "conflict")
                #expect(try fixture.count("scorecard") == 2)

                let after = try Self.json(try await client.execute(uri: "/api/v1/candidates/1/scorecards", method: .get, headers: Self.bearer(tokens["ida"]!)))
                #expect(after["hidden"] as? Bool == false)
                #expect((after["scorecards"] as? [[String: Any]])?.count == 2)
                let audit = try fixture.workspace.audit.events(as: "owner").filter { $0.action == AuditAction.scorecardSubmit.rawValue }
                #expect(audit.last?.actor == "person 1")
            }
        }
    }

    @Test("a refused submission is a 422 problem naming each field, writes nothing; a read-only token may not write")
    func refusals() async throws {
        try await ServerFixture.with { fixture in
            let tokens = try Self.tokens(fixture, readOnly: ["jo"])
            try await fixture.test { client in
                let body = #"{"round": "screen", "ratings": {"discovery": 9, "nonsense": 2}, "recommendation": "maybe"}"#
                let response = try await client.execute(
                    uri: "/api/v1/candidates/1/scorecards", method: .post,
                    headers: Self.bearer(tokens["ida"]!, [.contentType: "application/json"]), body: ByteBuffer(string: body))
                #expect(response.status == .unprocessableContent)
                #expect(response.headers[.contentType] == "application/problem+json")
                let fields = Set((try Self.json(response)["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String })
                #expect(fields.isSuperset(of: ["ratings.discovery", "ratings.nonsense", "recommendation", "ratings.grit"]))
                // n/a without a reason names the body's map, skip_reasons.
                let unexplained = try await client.execute(
                    uri: "/api/v1/candidates/1/scorecards", method: .post,
                    headers: Self.bearer(tokens["ida"]!, [.contentType: "application/json"]),
                    body: ByteBuffer(string: #"{"round": "screen", "ratings": {"discovery": 3, "grit": "n/a"}, "evidence": {"discovery": "x"}, "recommendation": "yes"}"#))
                let messages = (try Self.json(unexplained)["errors"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
                #expect(messages.contains("'grit' is n/a: say why in skip_reasons"), "\(messages)")
                let malformed = try await client.execute(
                    uri: "/api/v1/candidates/1/scorecards", method: .post,
                    headers: Self.bearer(tokens["ida"]!, [.contentType: "application/json"]), body: ByteBuffer(string: #"{"round": 3, "ratings": {}}"#))
                #expect(malformed.status == .unprocessableContent)
                #expect(try Self.json(malformed)["detail"] as? String == "'round' has the wrong type: give a string")
                #expect(try Self.json(malformed)["code"] as? String == "invalid")
                let readOnly = try await client.execute(
                    uri: "/api/v1/candidates/1/scorecards", method: .post,
                    headers: Self.bearer(tokens["jo"]!, [.contentType: "application/json"]), body: ByteBuffer(string: Self.submission))
                #expect(readOnly.status == .forbidden)
                #expect(try fixture.count("scorecard") == 0)
                let method = try await client.execute(uri: "/api/v1/candidates/1", method: .delete, headers: Self.bearer(tokens["ada"]!))
                #expect(method.status == .methodNotAllowed)
                #expect(method.headers[.allow] == "GET")
            }
        }
    }

    @Test("a feed uploaded through the API is imported; a rejected record comes back with its line, never its content")
    func upload() async throws {
        try await ServerFixture.with { fixture in
            let tokens = try Self.tokens(fixture)
            let feed = """
                <?xml version="1.0"?>
                <Candidates xmlns="http://ns.hr-xml.org/2006-02-28">
                  <Candidate><CandidateProfile><PersonalData><PersonName><GivenName>Cy</GivenName><FamilyName>Upload</FamilyName></PersonName>
                  <ContactMethod><InternetEmailAddress>cy@example.org</InternetEmailAddress></ContactMethod></PersonalData></CandidateProfile></Candidate>
                  <Candidate><CandidateProfile><PersonalData><PersonName></PersonName></PersonalData></CandidateProfile></Candidate>
                </Candidates>
                """
            try await fixture.test { client in
                let refused = try await client.execute(
                    uri: "/api/v1/imports", method: .post, headers: Self.bearer(tokens["ida"]!), body: ByteBuffer(string: feed))
                #expect(refused.status == .forbidden)
                let response = try await client.execute(
                    uri: "/api/v1/imports?role=test-role", method: .post, headers: Self.bearer(tokens["rae"]!, [.contentType: "application/xml"]),
                    body: ByteBuffer(string: feed))
                #expect(response.status == .ok)
                let summary = try Self.json(response)
                #expect(summary["imported"] as? Int == 1)
                #expect(summary["rejected"] as? Int == 1)
                let rejects = summary["rejects"] as? [[String: Any]] ?? []
                #expect(rejects.first?["line"] as? Int == 5)
                #expect(!String(buffer: response.body).contains("Upload"))
                #expect(try fixture.workspace.candidates.withEmail("cy@example.org") != nil)
                let broken = try await client.execute(
                    uri: "/api/v1/imports", method: .post, headers: Self.bearer(tokens["rae"]!), body: ByteBuffer(string: "<Candidates><oops"))
                #expect(broken.status == .unprocessableContent)
                #expect(broken.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test("the OpenAPI document is the committed file, and every operation it lists is routed")
    func document() async throws {
        let committed = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "../../Sources/HireServer/API/openapi.json"),
            encoding: .utf8)
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                let served = try await client.execute(uri: "/api/openapi.json", method: .get)
                #expect(served.status == .ok)
                #expect(String(buffer: served.body).trimmingCharacters(in: .whitespacesAndNewlines) == committed.trimmingCharacters(in: .whitespacesAndNewlines))
                let document = try Self.json(served)
                let paths = document["paths"] as? [String: [String: Any]] ?? [:]
                #expect(paths.keys.contains("/api/v1/candidates/{id}/scorecards"))
                for (path, operations) in paths where path.hasPrefix("/api/v1/") {
                    let uri = path.replacingOccurrences(of: "{id}", with: "1").replacingOccurrences(of: "{role}", with: "test-role")
                    for method in operations.keys where method != "parameters" {
                        // Routed and behind the token: 401, not 404 or 405.
                        let status = try await client.execute(uri: uri, method: HTTPRequest.Method(method.uppercased())!).status
                        #expect(status == .unauthorized, "\(method) \(path)")
                    }
                }
            }
        }
    }

    @Test("a decision through the API: a recruiter may not decide, the opening's manager may; a hire starts the ramp on the manager's list")
    func decide() async throws {
        try await ServerFixture.with { fixture in
            try fixture.workspace.candidates.move(1, to: .interviewing, reason: "panel", actor: "owner")
            let tokens = try Self.tokens(fixture)
            let start = CalendarDate.on(fixture.now, in: TimeZone(identifier: "UTC")!).adding(days: 14)
            let body = #"{"kind": "hire", "override": "panel incomplete, strong references", "start_date": "\#(start)", "manager": 5}"#
            try await fixture.test { client in
                let refused = try await client.execute(
                    uri: "/api/v1/candidates/1/decisions", method: .post, headers: Self.bearer(tokens["rae"]!, [.contentType: "application/json"]),
                    body: ByteBuffer(string: body))
                #expect(refused.status == .forbidden)
                #expect(try fixture.count("decision") == 0)
                let made = try await client.execute(
                    uri: "/api/v1/candidates/1/decisions", method: .post, headers: Self.bearer(tokens["max"]!, [.contentType: "application/json"]),
                    body: ByteBuffer(string: body))
                #expect(made.status == .created)
                #expect(try Self.json(made)["kind"] as? String == "hire")
                let ramp = try Self.json(try await client.execute(uri: "/api/v1/ramp", method: .get, headers: Self.bearer(tokens["max"]!)))
                #expect((ramp["hires"] as? [[String: Any]])?.map { $0["candidate_id"] as? Int } == [1])
                let none = try Self.json(try await client.execute(uri: "/api/v1/ramp", method: .get, headers: Self.bearer(tokens["ida"]!)))
                #expect((none["hires"] as? [Any])?.isEmpty == true)
            }
        }
    }
}
