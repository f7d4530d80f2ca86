import Crypto
import Foundation
import GRDB

/// An endpoint that receives signed event POSTs.
public struct Webhook: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var url: String
    /// The events it receives, comma-separated raw values of ``WebhookEvent``.
    public var events: String
    /// The HMAC-SHA256 key of its signatures.
    public var secret: String
    /// Whether bodies carry personal data beyond ids and names (emails).
    public var includePersonalData: Bool
    public var createdAt: Date
    public var actor: String

    public static let databaseTableName = "webhook"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The events it receives.
    public var eventSet: Set<WebhookEvent> { Set(events.split(separator: ",").compactMap { WebhookEvent(rawValue: String($0)) }) }
}

/// What a webhook can be told about.
public enum WebhookEvent: String, Sendable, Hashable, Codable, CaseIterable {
    case scorecardSubmitted = "scorecard.submitted"
    case decisionMade = "decision.made"
    case milestoneOverdue = "milestone.overdue"
    case importFinished = "import.finished"
    /// Sent on request to check an endpoint; every webhook receives it.
    case test = "webhook.test"
}

/// A webhook as listed: without its secret, with its outbox counts.
public struct WebhookSummary: Sendable, Hashable, Codable {
    public var id: Int64
    public var url: String
    public var events: [String]
    public var includePersonalData: Bool
    /// Events not yet delivered.
    public var pending: Int
    /// Events delivered.
    public var delivered: Int
    /// The last delivery error of a pending event, if any.
    public var lastError: String?
}

/// What one delivery run did.
public struct WebhookDeliveryReport: Sendable, Hashable, Codable {
    public var delivered = 0
    public var failed = 0
    /// Events still waiting (for their next attempt, or leased by another sender).
    public var pending = 0
}

/// The signature header's value: `t=UNIX_SECONDS,v1=HEX`, where HEX is the HMAC-SHA256 with
/// the webhook's secret of `"{t}.{body}"`.
public enum WebhookSignature {
    /// The `Hire-Signature` header.
    public static let header = "Hire-Signature"

    /// The header's value for `body` signed at `timestamp`.
    public static func value(secret: String, timestamp: Int64, body: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data("\(timestamp).\(body)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return "t=\(timestamp),v1=" + code.map { String(format: "%02x", $0) }.joined()
    }
}
