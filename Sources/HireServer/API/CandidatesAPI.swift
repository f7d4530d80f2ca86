import Foundation
import Hummingbird
import HireKit

/// `GET /api/v1/candidates` (a page at a time, `?cursor=` and `?limit=`, filters) and
/// `GET /api/v1/candidates/{id}`: the candidates the token's person may see.
struct CandidatesAPI {
    let services: HireServices
    static let defaultLimit = 50

    /// A candidate as the API shows them.
    struct CandidateBody: Encodable {
        var id: Int64
        var name: String
        var givenName: String?
        var familyName: String?
        var email: String?
        var phone: String?
        var location: String?
        var role: String?
        var roleVersion: Int?
        var opening: String?
        var source: String?
        var stage: Stage
        var erased: Bool
        var createdAt: Date
        var updatedAt: Date

        init(_ candidate: Candidate) {
            (id, name, givenName, familyName) = (candidate.id!, candidate.name, candidate.givenName, candidate.familyName)
            (email, phone, location) = (candidate.email, candidate.phone, candidate.location)
            (role, roleVersion, opening, source) = (candidate.roleId, candidate.roleVersion, candidate.openingId, candidate.source)
            (stage, erased, createdAt, updatedAt) = (candidate.stage, candidate.erased, candidate.createdAt, candidate.updatedAt)
        }
    }

    struct PageBody: Encodable {
        var candidates: [CandidateBody]
        /// Pass as `?cursor=` for the next page; `null` on the last.
        var nextCursor: String?
    }

    func add(to group: RouterGroup<HireRequestContext>) {
        group.get("candidates", use: list)
        group.get("candidates/{id}", use: get)
    }

    @Sendable func list(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let query = APIQuery(request.uri.queryParameters)
        let limit = try query.integer("limit", in: 1...CandidateService.maximumPageSize) ?? Self.defaultLimit
        let cursor = try query.integer("cursor", in: 0...Int.max).map { CandidateID(Int64($0)) }
        let stage = try query.choice("stage", Stage.self)
        let filter = CandidateFilter(role: try query.value("role"), stage: stage, opening: try query.value("opening"), source: try query.value("source"))
        let page = try await services.run { try $0.candidates.page(after: cursor, limit: limit, filter: filter, as: actor) }
        return try APIJSON.response(PageBody(candidates: page.candidates.map(CandidateBody.init), nextCursor: page.next.map { "\($0)" }))
    }

    @Sendable func get(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try APIQuery.candidateID(context)
        let candidate = try await services.run { try $0.candidates.get(id, as: actor) }
        return try APIJSON.response(CandidateBody(candidate))
    }
}
