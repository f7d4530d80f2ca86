import Hummingbird
import HireKit

/// Signs in a JSON API request by its `Authorization: Bearer` token (see `hire token create`):
/// the token's person becomes the actor, with the access roles they hold now. No token, or one
/// unknown, revoked or expired, is a 401; a read-only token's writes are a 403.
struct BearerTokenMiddleware: RouterMiddleware {
    typealias Context = HireRequestContext
    let services: HireServices

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.count > 7, header.prefix(7).lowercased() == "bearer " else {
            throw Self.unauthorized("send an API token as 'Authorization: Bearer TOKEN'")
        }
        let secret = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        let now = services.now
        guard let caller = try await services.run({ try $0.tokens.caller(secret: secret, now: now) }) else {
            throw Self.unauthorized("the API token is unknown, revoked or expired")
        }
        if caller.readOnly, request.method != .get, request.method != .head {
            throw Problem(.forbidden, detail: "this API token is read-only", code: "forbidden")
        }
        var context = context
        context.actor = caller.actor
        context.apiCaller = caller
        return try await next(request, context)
    }

    static func unauthorized(_ detail: String) -> Problem {
        var problem = Problem(.unauthorized, detail: detail, code: "unauthorized")
        problem.headers[.wwwAuthenticate] = "Bearer realm=\"hire\""
        return problem
    }
}
