import Hummingbird
import HireKit

/// Refuses, with 403 and before anything is written, every form post whose `csrf_token` field
/// does not match the session's token (or, before sign-in, the `hire_csrf` cookie). Reads the
/// posted form into the context for the route.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = HireRequestContext
    /// The largest form accepted.
    static let maxFormSize = 256 * 1024

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // The JSON API takes no cookies, so a bearer token is its own proof of intent.
        guard request.method != .get, request.method != .head, !request.isAPI else { return try await next(request, context) }
        var request = request
        let body = try await request.collectBody(upTo: Self.maxFormSize)
        let form = FormData(encoded: String(buffer: body))
        let expected = context.session?.csrfToken ?? request.cookies[SessionCookie.preSessionName]?.value
        guard let expected, !expected.isEmpty, let sent = form[HireRequestContext.csrfField], SecretToken.matches(sent, expected) else {
            throw HTTPError(.forbidden)
        }
        var context = context
        context.form = form
        return try await next(request, context)
    }
}
