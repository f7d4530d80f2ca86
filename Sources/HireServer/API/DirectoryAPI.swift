import Foundation
import Hummingbird
import HireKit

/// `GET /api/v1/openings` and `GET /api/v1/people`: the organisation's own definitions, which
/// every signed-in person may read (no candidate data).
struct DirectoryAPI {
    let services: HireServices

    struct OpeningBody: Encodable {
        var id: String
        var role: String
        var title: String
        var managerId: Int64?
        var manager: String?
        var headcount: Int
        var closed: Bool
    }

    struct PersonBody: Encodable {
        var id: Int64
        var name: String
        var email: String
        var title: String?
        var retired: Bool
    }

    func add(to group: RouterGroup<HireRequestContext>) {
        group.get("openings", use: openings)
        group.get("people", use: people)
    }

    @Sendable func openings(request: Request, context: HireRequestContext) async throws -> Response {
        _ = try context.signedIn
        let query = APIQuery(request.uri.queryParameters)
        let (role, all) = (try query.value("role"), try query.boolean("all") ?? false)
        let listing = try await services.run { try $0.openings.listing(role: role, includeClosed: all) }
        return try APIJSON.response([
            "openings": listing.map { item in
                OpeningBody(
                    id: item.opening.id, role: item.opening.roleId, title: item.opening.title, managerId: item.opening.managerId,
                    manager: item.managerName, headcount: item.opening.headcount, closed: item.opening.isClosed)
            }
        ])
    }

    @Sendable func people(request: Request, context: HireRequestContext) async throws -> Response {
        _ = try context.signedIn
        let people = try await services.run { try $0.people.list() }
        return try APIJSON.response([
            "people": people.map { PersonBody(id: $0.id!, name: $0.name, email: $0.email, title: $0.title, retired: $0.retiredAt != nil) }
        ])
    }
}
