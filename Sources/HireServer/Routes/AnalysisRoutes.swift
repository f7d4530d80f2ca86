import Foundation
import Hummingbird
import HireKit

/// The live analysis pages, through the same services as the JSON API: `GET /fairness`
/// (selection rates by self-identified group, `?role=` to narrow) and `GET /calibration?role=`
/// (one role's interviewer agreement and leniency per request, within the server's memory).
/// The library's policy decides who reads them.
struct AnalysisRoutes {
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("fairness", use: fairness)
        routes.get("calibration", use: calibration)
        return routes
    }

    @Sendable func fairness(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let role = request.uri.queryParameters["role"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let (report, roles) = try await services.run { workspace in
            (try workspace.fairness.report(role: role, as: actor), try workspace.roles.ids())
        }
        return services.pages.render("fairness", title: "Fairness", AnalysisPage.fairness(report, roles: roles), context: context)
    }

    @Sendable func calibration(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let role = request.uri.queryParameters["role"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let (calibration, roles) = try await services.run { workspace in
            // One role per request: the whole workspace's calibration could outgrow the server's memory.
            let report = try role.map { try workspace.calibration.report(role: $0, as: actor) }
            if report == nil { try Policy.require(actor, .calibrate) }
            return (report?.roles.first, try workspace.roles.ids())
        }
        return services.pages.render(
            "calibration", title: role.map { "Calibration: \($0)" } ?? "Calibration", AnalysisPage.calibration(calibration, role: role, roles: roles),
            context: context)
    }
}
