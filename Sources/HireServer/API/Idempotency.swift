import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HireKit

/// A JSON API answer as bytes, so a successful POST can be kept for `Idempotency-Key` replays.
struct APIReply: Sendable {
    var status: HTTPResponse.Status
    var body: Data
    var headers: HTTPFields = [:]

    init<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws {
        self.status = status
        self.body = try APIJSON.encoder().encode(value)
        self.headers = headers
    }

    init(status: HTTPResponse.Status, body: Data) {
        self.status = status
        self.body = body
    }

    var response: Response {
        var headers = headers
        headers[.contentType] = APIJSON.contentType
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(data: body)))
    }
}

/// Honours `Idempotency-Key` on a POST: the first successful answer for a key is kept (24 hours,
/// per person) and given again to a retry of the same request, which does nothing twice; the same
/// key with a different request is refused. Without the header the request simply runs.
struct Idempotency {
    static let header = HTTPField.Name("Idempotency-Key")!
    static let replayedHeader = HTTPField.Name("Idempotent-Replayed")!

    let services: HireServices
    let key: String?
    let person: Int64?
    let digest: String
    let candidate: Int64?

    /// For a request whose body was read whole.
    init(services: HireServices, request: Request, context: HireRequestContext, body: Data, candidate: Int64? = nil) {
        var hash = Self.start(request)
        hash.update(data: body)
        self.init(services: services, request: request, context: context, digest: hash, candidate: candidate)
    }

    /// For a request whose body was hashed while it streamed (`digest` has had it).
    init(services: HireServices, request: Request, context: HireRequestContext, digest: SHA256, candidate: Int64? = nil) {
        self.services = services
        self.key = request.headers[Self.header]
        self.person = context.actor?.personId
        self.digest = digest.finalize().map { String(format: "%02x", $0) }.joined()
        self.candidate = candidate
    }

    /// The hash a streamed body starts from: the method and path, as for a body read whole.
    static func start(_ request: Request) -> SHA256 {
        var hash = SHA256()
        hash.update(data: Data("\(request.method.rawValue) \(request.uri.path)\n".utf8))
        return hash
    }

    func respond(_ work: () async throws -> APIReply) async throws -> Response {
        guard let key, let person else { return try await work().response }
        let (digest, now) = (self.digest, services.now)
        if let stored = try await services.run({ try $0.idempotency.replay(person: person, key: key, request: digest, now: now) }) {
            var reply = APIReply(status: .init(code: stored.status), body: stored.body)
            reply.headers[Self.replayedHeader] = "true"
            return reply.response
        }
        let reply = try await work()
        if (200..<300).contains(reply.status.code) {
            let stored = StoredResponse(status: reply.status.code, contentType: APIJSON.contentType, body: reply.body)
            let candidate = self.candidate
            try await services.run { try $0.idempotency.store(stored, person: person, key: key, request: digest, candidate: candidate, now: now) }
        }
        return reply.response
    }
}
