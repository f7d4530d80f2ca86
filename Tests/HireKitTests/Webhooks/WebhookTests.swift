import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Webhooks: signatures, the outbox written with the change, personal data, leases")
struct WebhookTests {
    let workspace: Workspace

    init() throws {
        workspace = try Fixtures.workspaceWithRole()
        try workspace.settings.setTimeZone("UTC", actor: "t")
        _ = try workspace.candidates.add(NewCandidate(name: "Nina Newhire", email: "nina@example.com", role: "test-role"), actor: "t")
    }

    func outbox() throws -> [Row] {
        try workspace.writer.read { db in try Row.fetchAll(db, sql: "SELECT webhookId, eventType, body FROM webhookOutbox ORDER BY id") }
    }

    @Test("the signature is t=UNIX_SECONDS,v1=HMAC-SHA256(secret, \"{t}.{body}\") in hex")
    func signature() {
        #expect(
            WebhookSignature.value(secret: "secret", timestamp: 1_700_000_000, body: #"{"a":1}"#)
                == "t=1700000000,v1=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686")
    }

    @Test("nothing is queued without a webhook; a decision queues one event per subscribed webhook, personal data only where asked")
    func enqueue() throws {
        _ = try workspace.decisions.decide(DecisionRequest(candidate: 1, kind: .reject, reason: "chose another offer"), actor: "t")
        #expect(try outbox().isEmpty)
        let plain = try workspace.webhooks.add(url: "http://127.0.0.1:9/a", events: [.decisionMade], actor: "t")
        #expect(plain.secret.count >= 32)
        _ = try workspace.webhooks.add(url: "http://127.0.0.1:9/b", events: [.decisionMade], secret: "0123456789abcdef", includePersonalData: true, actor: "t")
        _ = try workspace.webhooks.add(url: "http://127.0.0.1:9/c", events: [.importFinished], actor: "t")
        _ = try workspace.candidates.add(NewCandidate(name: "Otto Other", email: "otto@example.com", role: "test-role"), actor: "t")
        _ = try workspace.decisions.decide(DecisionRequest(candidate: 2, kind: .reject, reason: "withdrew"), actor: "t")
        let rows = try outbox()
        #expect(rows.map { $0["webhookId"] as Int64 } == [1, 2])
        let bodies = try rows.map { try JSONSerialization.jsonObject(with: Data(($0["body"] as String).utf8)) as! [String: Any] }
        let (plainData, personalData) = (bodies[0]["data"] as! [String: Any], bodies[1]["data"] as! [String: Any])
        #expect(plainData["candidateName"] as? String == "Otto Other" && plainData["candidateEmail"] == nil && plainData["reason"] == nil)
        #expect(personalData["candidateEmail"] as? String == "otto@example.com" && personalData["reason"] as? String == "withdrew")
        #expect(bodies[0]["id"] as? String == bodies[1]["id"] as? String && bodies[0]["type"] as? String == "decision.made")
        // Erasure deletes the candidate's queued events.
        _ = try workspace.candidates.erase(2, reason: "asked to be forgotten", actor: "t")
        #expect(try outbox().isEmpty)
        #expect(throws: HireError.self) { try workspace.webhooks.add(url: "ftp://x", events: [.decisionMade], actor: "t") }
    }

    @Test("a leased row is not claimed by another sender until its lease expires; an unreachable receiver fails with backoff")
    func lease() throws {
        _ = try workspace.webhooks.add(url: "http://127.0.0.1:9/a", events: [.decisionMade], actor: "t")
        _ = try workspace.decisions.decide(DecisionRequest(candidate: 1, kind: .reject, reason: "x"), actor: "t")
        let first = try #require(try workspace.webhooks.claim(owner: "a", timeout: 10, createdSince: nil, ignoreBackoff: false))
        #expect(try workspace.webhooks.claim(owner: "b", timeout: 10, createdSince: nil, ignoreBackoff: true) == nil)
        try workspace.writer.write { db in try db.execute(sql: "UPDATE webhookOutbox SET leaseUntil = ?", arguments: [Date().addingTimeInterval(-1)]) }
        #expect(try workspace.webhooks.claim(owner: "b", timeout: 10, createdSince: nil, ignoreBackoff: false)?.id == first.id)
        try workspace.writer.write { db in try db.execute(sql: "UPDATE webhookOutbox SET leaseUntil = NULL") }
        // Port 9 (discard) on loopback refuses the connection.
        let report = try workspace.webhooks.deliver(timeout: 2)
        #expect(report.delivered == 0 && report.failed == 1 && report.pending == 1)
        let next = try workspace.writer.read { db in try Date.fetchOne(db, sql: "SELECT nextAttemptAt FROM webhookOutbox")! }
        #expect(next > Date().addingTimeInterval(20))
        let reason = try workspace.writer.read { db in try String.fetchOne(db, sql: "SELECT lastError FROM webhookOutbox") }
        #expect(reason == "not delivered: connection refused", "a reason in words, not a type name")
        #expect(try workspace.webhooks.deliver(timeout: 2).failed == 0)  // within the backoff: not tried
    }
}
