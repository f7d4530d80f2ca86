import Foundation
import Hummingbird
import HireKit

/// `GET /api/v1/slate/{role}`: the ranked slate of `hire slate`, under the blind rule
/// (`?opening=` narrows it; `?all=true` also lists hired, rejected and withdrawn candidates),
/// kept until the workspace changes.
struct SlateAPI {
    let services: HireServices

    func add(to group: RouterGroup<HireRequestContext>) {
        group.get("slate/{role}", use: slate)
    }

    @Sendable func slate(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        guard let role = context.parameters.get("role"), !role.isEmpty, role.utf8.count <= 200 else { throw HireError.notFound("no role") }
        let query = APIQuery(request.uri.queryParameters)
        let opening = try query.value("opening")
        let all = try query.boolean("all") ?? false
        return try await services.cached(request, context: context, contentType: APIJSON.contentType) {
            let slate = try await services.run { try $0.reports.slate(role: role, opening: opening, includeInactive: all, as: actor) }
            return ByteBuffer(data: try APIJSON.encoder().encode(slate))
        }
    }
}
