import Foundation
import Hummingbird
import HireKit

/// `GET /api/v1/ramp`: the ramps the token's person may see (every active hire for HR, admins
/// and hiring managers; else their own hires and mentees), overdue and at-risk first.
/// `?today=YYYY-MM-DD` reads them as of another day.
struct RampAPI {
    let services: HireServices

    struct RampBody: Encodable {
        var today: CalendarDate
        var hires: [RampSummary]
    }

    func add(to group: RouterGroup<HireRequestContext>) {
        group.get("ramp", use: status)
    }

    @Sendable func status(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let given = try APIQuery(request.uri.queryParameters).date("today")
        let now = services.now
        let body = try await services.run { workspace in
            let today = try given ?? CalendarDate.on(now, in: workspace.settings.timeZone())
            return RampBody(today: today, hires: try workspace.onboarding.status(today: today, as: actor))
        }
        return try APIJSON.response(body)
    }
}
