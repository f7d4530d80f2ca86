import Foundation

/// Stands in for `Sources/HireKit/Webhooks/WebhookSender.swift` in fuzz builds, which compile
/// HireKit's sources without AsyncHTTPClient (and the dozen NIO modules it needs): the fuzz
/// targets never deliver webhooks.
enum WebhookSender {
    static func post(url: String, body: String, secret: String, eventId: String, timeout: TimeInterval) -> String? {
        "not delivered: fuzz builds send nothing"
    }
}
