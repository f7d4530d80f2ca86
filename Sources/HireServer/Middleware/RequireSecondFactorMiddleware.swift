import Hummingbird
import HireKit

/// With `hire serve --require-2fa`: sends a signed-in admin or recruiter who has not turned on
/// two-step sign-in to the enrolment page, from every page but that one and signing out.
struct RequireSecondFactorMiddleware: RouterMiddleware {
    typealias Context = HireRequestContext
    /// The access roles that must use two-step sign-in.
    static let roles: Set<AccessRole> = [.admin, .recruiter]
    /// Where an enrolment is due still goes.
    static let open: Set<String> = [SecondFactorRoutes.path, "/logout", "/healthz", "/style.css"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let actor = context.actor, !context.secondFactorEnrolled, !actor.accessRoles.isDisjoint(with: Self.roles),
            !Self.open.contains(request.uri.path)
        else { return try await next(request, context) }
        return .seeOther(SecondFactorRoutes.path)
    }
}
