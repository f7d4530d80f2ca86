import Foundation
import HireKit
import Hummingbird

/// What every route needs: the workspace, the configuration, the pages. Calls into the
/// workspace go through ``run(_:)`` so they never block an event loop.
struct HireServices: Sendable {
    let workspace: Workspace
    let configuration: ServerConfiguration
    let pages: Pages
    /// Failed sign-ins per client address, in memory only.
    let addressThrottle = SignInAddressThrottle()
    /// Pages and API bodies kept until the workspace changes.
    let responses = ResponseCache()

    /// Runs a workspace call on the thread pool.
    func run<T: Sendable>(_ work: @escaping @Sendable (Workspace) throws -> T) async throws -> T {
        let workspace = self.workspace
        return try await blocking { try work(workspace) }
    }

    var now: Date { configuration.now() }

    /// A `200 OK` with the body `make` answers for this request, or with the body it answered
    /// before if nothing in the workspace has changed since (``ResponseCache``). For pages and
    /// API reads whose body depends only on the workspace, the signed-in person, the session and
    /// the request's path and query; and on the minute, for a page that shows times relative to
    /// now (`perMinute`).
    func cached(
        _ request: Request, context: HireRequestContext, contentType: String = Pages.contentType, perMinute: Bool = false,
        _ make: @escaping @Sendable () async throws -> ByteBuffer
    ) async throws -> Response {
        try await cached(request, context: context, contentType: contentType, perMinute: perMinute) { (try await make(), .ok) }
    }

    /// As ``cached(_:context:contentType:perMinute:_:)-(_,_,_,_,()->ByteBuffer)``, for a body that may come with another
    /// status than `200 OK` (a page that shows a problem); only `200 OK` bodies are kept.
    func cached(
        _ request: Request, context: HireRequestContext, contentType: String = Pages.contentType, perMinute: Bool = false,
        _ make: @escaping @Sendable () async throws -> ResponseCache.Answer
    ) async throws -> Response {
        let key = ResponseCache.Key(
            viewer: try context.signedIn, session: context.session?.csrfToken, target: request.uri.description,
            minute: perMinute ? Int64((now.timeIntervalSince1970 / 60).rounded(.down)) : 0)
        let revision = try await run { try $0.revision() }
        let answer = try await responses.answer(for: key, at: revision, make: make)
        return Response(status: answer.status, headers: [.contentType: contentType], body: .init(byteBuffer: answer.body))
    }
}
