import Hummingbird
import HireKit

/// Refuses, with 403 and before anything is written, every form post whose `csrf_token` field
/// does not match the session's token (or, before sign-in, the `hire_csrf` cookie). Reads the
/// posted form into the context for the route.
///
/// A `multipart/form-data` post (a file upload) is not read here, so that the file never sits in
/// memory: it is accepted only from a signed-in session, only at ``uploadPaths``, whose routes
/// read it with ``MultipartUpload``, which checks the same token before writing a byte.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = HireRequestContext
    /// The largest form accepted.
    static let maxFormSize = 256 * 1024
    /// The paths whose routes read a multipart upload themselves.
    static let uploadPaths: Set<String> = ["/imports"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // The JSON API takes no cookies, so a bearer token is its own proof of intent.
        guard request.method != .get, request.method != .head, !request.isAPI else { return try await next(request, context) }
        if MultipartUpload.boundary(contentType: request.headers[.contentType]) != nil {
            guard Self.uploadPaths.contains(request.uri.path) else { throw HTTPError(.unsupportedMediaType) }
            guard context.session != nil else { throw HTTPError(.forbidden) }
            return try await next(request, context)
        }
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
