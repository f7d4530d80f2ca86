import Foundation
import HTTPTypes
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("JSON API: a new hire's check-ins")
struct CheckInsAPITests {
    static let uri = "/api/v1/ramp/3/checkins"

    static func headers(_ token: String, key: String? = nil) -> HTTPFields {
        var headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        if let key { headers[HTTPField.Name("Idempotency-Key")!] = key }
        return headers
    }

    @Test("who may list and record check-ins: the library's policy through the API; no token is 401; refused writes record nothing")
    func routeMatrix() async throws {
        try await ServerFixture.with { fixture in
            try fixture.addManagerPages()
            let tokens = try APIRouteTests.tokens(fixture)
            let today = CalendarDate.on(fixture.now, in: try fixture.workspace.settings.timeZone())
            try await fixture.test { client in
                #expect(try await client.execute(uri: Self.uri, method: .get).status == .unauthorized)
                #expect(try await client.execute(uri: Self.uri, method: .post, body: ByteBuffer(string: "{}")).status == .unauthorized)
                for (short, token) in tokens {
                    let read = try await client.execute(uri: Self.uri, method: .get, headers: Self.headers(token))
                    let mayRead = ["rae", "max", "ada", "ola"].contains(short)
                    #expect(read.status == (mayRead ? .ok : .notFound), "\(short) list")
                    guard !["max", "ada", "ola"].contains(short) else { continue }
                    let write = try await client.execute(
                        uri: Self.uri, method: .post, headers: Self.headers(token), body: ByteBuffer(string: #"{"on": "\#(today)"}"#))
                    // Refused to those who may look at the ramp; not found for those who may not know of it.
                    #expect(write.status == (mayRead ? .forbidden : .notFound), "\(short) add")
                    #expect(write.headers[.contentType] == "application/problem+json", "\(short) add")
                }
                #expect(try await client.execute(uri: "/api/v1/ramp/1/checkins", method: .get, headers: Self.headers(tokens["ada"]!)).status == .notFound)
            }
            #expect(try fixture.count("checkIn") == 0)
        }
    }

    @Test("a check-in with the CLI's names: observations on the scale, the monthly review by question id; a retry with the Idempotency-Key is recorded once")
    func addAndReplay() async throws {
        try await ServerFixture.with { fixture in
            try fixture.addManagerPages()
            let tokens = try APIRouteTests.tokens(fixture)
            let today = CalendarDate.on(fixture.now, in: try fixture.workspace.settings.timeZone())
            let body = #"{"on": "\#(today)", "notes": "good month", "observe": {"discovery": 3}, "results": "two deals", "answer": {"next-steps": "shadow Ola"}}"#
            try await fixture.test { client in
                let headers = Self.headers(tokens["max"]!, key: "max-checkin-1")
                let first = try await client.execute(uri: Self.uri, method: .post, headers: headers, body: ByteBuffer(string: body))
                #expect(first.status == .created)
                let recorded = try APIRouteTests.json(first)
                #expect((recorded["observe"] as? [String: Any])?["discovery"] as? Double == 3)
                let answers = recorded["answer"] as? [String: String]
                #expect(answers?["results"] == "two deals" && answers?["next-steps"] == "shadow Ola" && recorded["on"] as? String == today.description)
                let again = try await client.execute(uri: Self.uri, method: .post, headers: headers, body: ByteBuffer(string: body))
                #expect(again.status == .created && again.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
                #expect(try APIRouteTests.json(again)["id"] as? Int == recorded["id"] as? Int)
                #expect(try fixture.count("checkIn") == 1)

                let list = try APIRouteTests.json(try await client.execute(uri: Self.uri, method: .get, headers: Self.headers(tokens["ola"]!)))
                #expect((list["checkins"] as? [[String: Any]])?.map { $0["id"] as? Int } == [recorded["id"] as? Int])

                // Off the scale, an unknown competency or a bad date: refused as problem details, nothing recorded.
                for refused in [
                    #"{"on": "\#(today)", "observe": {"discovery": 9}}"#, #"{"on": "\#(today)", "observe": {"nope": 2}}"#, #"{"on": "soon"}"#,
                ] {
                    let answer = try await client.execute(uri: Self.uri, method: .post, headers: Self.headers(tokens["max"]!), body: ByteBuffer(string: refused))
                    #expect(answer.status == .unprocessableContent && answer.headers[.contentType] == "application/problem+json", "\(refused)")
                }
                let missing = try await client.execute(uri: Self.uri, method: .post, headers: Self.headers(tokens["max"]!), body: ByteBuffer(string: "{}"))
                #expect([.badRequest, .unprocessableContent].contains(missing.status))
            }
            #expect(try fixture.count("checkIn") == 1)
            let audit = try fixture.workspace.audit.events(as: "owner").filter { $0.action == AuditAction.checkInAdd.rawValue }
            #expect(audit.count == 1 && audit.last?.actor == "person 5")
        }
    }
}
