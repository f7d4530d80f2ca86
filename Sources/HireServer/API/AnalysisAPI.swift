import Foundation
import Hummingbird
import HireKit

/// `GET /api/v1/calibration?role=` (interviewer agreement, leniency and halo for one role),
/// `GET /api/v1/fairness` (selection rates by self-identified group: recruiters and admins)
/// and `GET /api/v1/audit` (the audit log, newest last, a page at a time).
struct AnalysisAPI {
    let services: HireServices
    static let defaultAuditPage = 200

    struct AuditPage: Encodable {
        var events: [AuditEvent]
        var nextCursor: String?
    }

    func add(to group: RouterGroup<HireRequestContext>) {
        group.get("calibration", use: calibration)
        group.get("fairness", use: fairness)
        group.get("audit", use: audit)
    }

    @Sendable func calibration(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let query = APIQuery(request.uri.queryParameters)
        // One role at a time keeps a request within the server's memory.
        guard let role = try query.value("role") else { throw Problem(.unprocessableContent, detail: "give the role as ?role=") }
        let minimum = try query.integer("min_candidates", in: 2...1000) ?? 5
        let report = try await services.run { try $0.calibration.report(role: role, minimumCandidates: minimum, as: actor) }
        return try APIJSON.response(report)
    }

    @Sendable func fairness(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let query = APIQuery(request.uri.queryParameters)
        let stage = try query.choice("stage", Stage.self)
        let (role, dimension) = (try query.value("role"), try query.value("dimension"))
        let report = try await services.run { try $0.fairness.report(role: role, dimension: dimension, stage: stage, as: actor) }
        return try APIJSON.response(report)
    }

    @Sendable func audit(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let query = APIQuery(request.uri.queryParameters)
        let limit = try query.integer("limit", in: 1...1000) ?? Self.defaultAuditPage
        let cursor = try query.integer("cursor", in: 0...Int.max).map(Int64.init)
        let since = try query.date("since")
        let candidate = try query.integer("candidate", in: 1...Int.max).map { CandidateID(Int64($0)) }
        // One page read from the log, oldest first; the whole log is never loaded.
        let page = try await services.run { try $0.audit.page(AuditFilter(candidate: candidate, from: since), after: cursor, limit: limit, as: actor) }
        return try APIJSON.response(AuditPage(events: page.events, nextCursor: page.next.map(String.init)))
    }
}
