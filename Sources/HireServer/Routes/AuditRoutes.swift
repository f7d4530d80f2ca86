import Foundation
import Hummingbird
import HireKit

/// The audit log: `GET /audit` with filters in the query (a person's id, an action's code, a
/// candidate's number, a date range; never a name or email), newest first, pages by `before`.
/// The library's policy decides who reads it.
struct AuditRoutes {
    let services: HireServices
    /// Events per page.
    static let pageSize = 100

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("audit", use: log)
        return routes
    }

    @Sendable func log(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        var query: [String: String] = [:]
        for name in AuditPage.fields + ["before"] { if let value = request.uri.queryParameters[Substring(name)] { query[name] = String(value) } }
        let criteria = AuditPage.Criteria(query)
        let valid = criteria.errors.isEmpty
        let (page, people, timeZone) = try await services.run { workspace in
            let page = valid ? try workspace.audit.page(criteria.filter, before: criteria.before, limit: Self.pageSize, as: actor) : nil
            try Policy.require(actor, .viewAudit)
            return (page, try workspace.people.list(), try workspace.settings.timeZone())
        }
        let model = AuditPage.model(page, criteria: criteria, people: people, timeZone: timeZone)
        return services.pages.render(
            "audit", title: valid ? "Audit log" : "Fix the problem: audit log", model, context: context, status: valid ? .ok : .unprocessableContent)
    }
}
