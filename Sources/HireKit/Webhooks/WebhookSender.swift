import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

/// POSTs one signed webhook body with AsyncHTTPClient.
enum WebhookSender {
    /// `nil` when the receiver answered 2xx; else why not, without personal data.
    static func post(url: String, body: String, secret: String, eventId: String, timeout: TimeInterval) -> String? {
        do {
            var request = try HTTPClient.Request(url: url, method: .POST)
            let timestamp = Int64(Date().timeIntervalSince1970)
            request.headers.add(name: "Content-Type", value: "application/json")
            request.headers.add(name: "User-Agent", value: "Hire-Webhooks/1")
            request.headers.add(name: "Hire-Event-Id", value: eventId)
            request.headers.add(name: WebhookSignature.header, value: WebhookSignature.value(secret: secret, timestamp: timestamp, body: body))
            request.body = .string(body)
            let response = try HTTPClient.shared.execute(request: request, deadline: .now() + .milliseconds(Int64(timeout * 1000))).wait()
            return (200..<300).contains(Int(response.status.code)) ? nil : "HTTP \(response.status.code)"
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
            return "timed out"
        } catch {
            return "not delivered: \(reason(error))"
        }
    }

    /// A failure in words ("connection refused"), not a type name; never the body.
    static func reason(_ error: any Error) -> String {
        switch error {
        case let error as IOError:
            return String(cString: strerror(error.errnoCode)).lowercased()
        case let error as NIOConnectionError:
            // Every address tried failed; say why the first did (DNS failures have no address).
            if error.dnsAAAAError != nil || error.dnsAError != nil, error.connectionErrors.isEmpty { return "the host name did not resolve" }
            return "could not connect: " + (error.connectionErrors.first.map { reason($0.error) } ?? "no address")
        case let error as HTTPClientError:
            return String(describing: error).replacingOccurrences(of: "HTTPClientError.", with: "")
        default:
            return String(String(describing: error).prefix(200))
        }
    }
}
