import Foundation
import Hummingbird
import HireKit

/// The hiring manager's openings: `GET /openings` (those they manage first) and
/// `GET /openings/{id}/slate` (the opening's live slate, `?all=1` also listing hired, rejected and
/// withdrawn candidates; 100 ranks a page, `?from=101` for the next). The library decides who may
/// read slates and whose ratings show.
struct OpeningRoutes {
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("openings", use: list)
        routes.get("openings/{id}/slate", use: slate)
        return routes
    }

    @Sendable func list(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let listings = try await services.run { try $0.openings.listing(as: actor) }
        return services.pages.render("openings", title: "Openings", SlatePage.openings(listings, viewer: actor), context: context)
    }

    @Sendable func slate(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        guard let id = context.parameters.get("id"), !id.isEmpty, id.utf8.count <= 200 else { throw HireError.notFound("no opening") }
        let all = request.uri.queryParameters["all"] == "1"
        let from = request.uri.queryParameters["from"].flatMap { Int($0) } ?? 1
        return try await services.cached(request, context: context) {
            let (opening, slate, profile) = try await services.run { workspace in
                let opening = try workspace.openings.get(id, as: actor)
                let slate = try workspace.reports.slate(role: opening.roleId, opening: opening.id, includeInactive: all, as: actor)
                return (opening, slate, try workspace.roles.profile(opening.roleId).profile)
            }
            let model = SlatePage.model(slate, opening: opening, competencies: profile.competencies, includeInactive: all, from: from)
            return services.pages.html("slate", title: "Slate: \(opening.title)", model, context: context)
        }
    }
}
