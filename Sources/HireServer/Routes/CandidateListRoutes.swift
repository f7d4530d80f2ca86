import Foundation
import Hummingbird
import HireKit

/// Recruiters' candidates: `GET /candidates` (filters by role, opening, stage and source in the
/// query, pages by `after`), `POST /candidates` (the same with a name or email search, posted so
/// that no personal detail lands in a logged URL; its next page is posted too), the candidate's
/// record `GET /candidates/{id}/record` (contacts, stage history; for those who manage candidates) and
/// `POST /candidates/{id}/stage` (move with a reason). The library decides who sees whom.
struct CandidateListRoutes {
    let services: HireServices
    /// Candidates per page.
    static let pageSize = 50

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("candidates", use: listByQuery)
        routes.post("candidates", use: listByForm)
        routes.get("candidates/{id}/record", use: record)
        routes.post("candidates/{id}/stage", use: move)
        return routes
    }

    @Sendable func listByQuery(request: Request, context: HireRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        var fields: [String: String] = [:]
        for name in CandidateListPage.filterFields { if let value = query[Substring(name)] { fields[name] = String(value) } }
        // After an erasure: the candidate's number, never a personal detail.
        let erased = query["erased"].flatMap { Int64($0) }.map { "Candidate \($0)'s personal data has been erased." }
        let criteria = CandidateListPage.Criteria(FormData(fields: fields), searchAllowed: false)
        return try await services.cached(request, context: context) { try await list(criteria, notice: erased, context: context) }
    }

    @Sendable func listByForm(request: Request, context: HireRequestContext) async throws -> Response {
        let (body, status) = try await list(CandidateListPage.Criteria(context.form, searchAllowed: true), context: context)
        return .page(body, status: status)
    }

    private func list(
        _ criteria: CandidateListPage.Criteria, notice: String? = nil, context: HireRequestContext
    ) async throws -> (ByteBuffer, HTTPResponse.Status) {
        let actor = try context.signedIn
        var problem: String?
        var page: HireKit.CandidatePage?
        let choices = try await services.run { workspace in
            (roles: try workspace.roles.ids(), openings: try workspace.openings.list().map(\.id))
        }
        do {
            page = try await services.run { try $0.candidates.page(after: criteria.after, limit: Self.pageSize, filter: criteria.filter, as: actor) }
        } catch let error as HireError where error.kind == .invalid || error.kind == .notFound {
            problem = error.message.capitalizedFirst + "."
        }
        var model = CandidateListPage.model(
            page?.candidates ?? [], next: page?.next, records: Policy.allows(actor, .manageCandidates), criteria: criteria, roles: choices.roles, openings: choices.openings, problem: problem)
        model["notice"] = notice ?? false
        return (services.pages.html("candidates", title: "Candidates", model, context: context), problem == nil ? .ok : .unprocessableContent)
    }

    @Sendable func record(request: Request, context: HireRequestContext) async throws -> Response {
        try await recordPage(candidateId(context), reasonError: nil, typed: nil, context: context)
    }

    @Sendable func move(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try candidateId(context)
        let reason = context.form.text("reason") ?? ""
        guard let stage = context.form.text("stage").flatMap(Stage.init(rawValue:)) else {
            return try await recordPage(id, reasonError: "Choose the stage to move to.", typed: context.form, context: context)
        }
        if reason.isEmpty { return try await recordPage(id, reasonError: "Say why the candidate moves.", typed: context.form, context: context) }
        do {
            _ = try await services.run { try $0.candidates.move(id, to: stage, reason: reason, actor: actor) }
        } catch let error as HireError where error.kind == .invalid || error.kind == .conflict {
            return try await recordPage(id, reasonError: error.message.capitalizedFirst + ".", typed: context.form, context: context)
        }
        return .seeOther("/candidates/\(id)/record")
    }

    private func recordPage(_ id: CandidateID, reasonError: String?, typed: FormData?, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let (candidate, report, timeZone) = try await services.run { workspace in
            let candidate = try workspace.candidates.get(id, as: actor)
            // Contacts and the whole history are for those who manage candidates; an interviewer
            // reads what the interview needs at /candidates/{id}.
            try Policy.require(actor, .manageCandidates)
            return (candidate, try workspace.reports.candidate(id, as: actor), try workspace.settings.timeZone())
        }
        var model = CandidateListPage.record(candidate, report: report, reasonError: reasonError, typed: typed, timeZone: timeZone)
        model["erase"] = Policy.allows(actor, .erase) && !candidate.erased
        return services.pages.render(
            "candidate-record", title: (reasonError == nil ? "" : "Fix the problem: ") + candidate.name, model, context: context,
            status: reasonError == nil ? .ok : .unprocessableContent)
    }

    private func candidateId(_ context: HireRequestContext) throws -> CandidateID {
        guard let id = context.parameters.get("id", as: CandidateID.self) else { throw HireError.notFound("no candidate") }
        return id
    }
}
