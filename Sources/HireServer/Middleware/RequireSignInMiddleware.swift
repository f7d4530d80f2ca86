import Hummingbird

/// Sends anyone not signed in to `/login`.
struct RequireSignInMiddleware: RouterMiddleware {
    typealias Context = HireRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.actor != nil else { return .seeOther("/login") }
        return try await next(request, context)
    }
}
