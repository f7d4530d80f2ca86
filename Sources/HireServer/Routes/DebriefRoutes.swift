import Foundation
import Hummingbird
import HireKit

/// The hiring manager's debrief: `GET /candidates/{id}/debrief` (the live candidate report under
/// the blind rule, who still owes a scorecard, the history) and `POST /candidates/{id}/decision`
/// (hire with start date, manager and, when a must-have fails or scorecards are incomplete, an
/// override reason; or reject with a reason). The library's decision service decides and audits.
struct DebriefRoutes {
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("candidates/{id}/debrief", use: debrief)
        routes.post("candidates/{id}/decision", use: decide)
        // The address a refused decision is shown at, reloaded or bookmarked: the debrief.
        routes.get("candidates/{id}/decision") { _, context -> Response in .seeOther("/candidates/\(try candidateId(context))/debrief") }
        return routes
    }

    @Sendable func debrief(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        return try await page(candidateId(context), form: nil, actor: actor, context: context)
    }

    @Sendable func decide(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try candidateId(context)
        let now = services.now
        var form = DecisionForm(form: context.form, managers: try await managers())
        let (decision, errors) = form.request(candidate: id, at: now)
        form.errors = errors
        if let decision {
            do {
                let recorded = try await services.run { try $0.decisions.decide(decision, actor: actor) }
                return .seeOther(recorded.kind == .hire ? "/ramp/\(id)" : "/candidates/\(id)/debrief")
            } catch let error as HireError where error.kind == .invalid || error.kind == .conflict {
                form.refused(error)
            } catch let error as LateStartRefusal {
                form.errors["start_date", default: []].append(error.description.capitalizedFirst + ".")
            }
        }
        return try await page(id, form: form, actor: actor, context: context, status: .unprocessableContent)
    }

    private func page(
        _ id: CandidateID, form: DecisionForm?, actor: Actor, context: HireRequestContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let now = services.now
        let (report, owed, mayDecide, maySchedule, timeZone) = try await services.run { workspace in
            let report = try workspace.reports.candidate(id, as: actor)
            let owed = try workspace.owed.list(as: actor, now: now).filter { $0.kind == .scorecard && $0.candidateId == id.rawValue }
            return (
                report, owed, try workspace.access.allows(actor, .decide, candidate: id),
                try workspace.access.allows(actor, .scheduleInterviews, candidate: id), try workspace.settings.timeZone()
            )
        }
        let open = ![.hired, .rejected, .withdrawn].contains(report.candidate.stage)
        var decision: DecisionForm?
        if mayDecide && open {
            if let form { decision = form } else { decision = DecisionForm(managers: try await managers(), manager: actor.personId) }
        }
        var model = DebriefPage.model(report, owed: owed, decision: decision, viewer: actor, timeZone: timeZone)
        model["maySchedule"] = maySchedule && open
        if decision != nil, let opening = report.candidate.openingId {
            // Said before hiring, as the CLI says it after: a hire beyond the headcount is allowed.
            let progress = try await services.run { try $0.openings.progress(opening) }
            if progress.isFilled {
                model["openingFull"] = "Opening \(opening) has \(progress.hired) of \(progress.opening.headcount) hired: a hire goes over its headcount."
            }
        }
        let fix = form.map { $0.isEmpty ? "" : "Fix the problems: " } ?? ""
        return services.pages.render("debrief", title: fix + "Debrief: \(model["candidate"] as? String ?? "")", model, context: context, status: status)
    }

    /// The people a hire may name as manager: everyone not retired, by name.
    private func managers() async throws -> [(id: Int64, name: String)] {
        try await services.run { workspace in
            try workspace.people.list().filter { $0.retiredAt == nil }.map { (id: $0.id!, name: $0.name) }
        }
    }

    private func candidateId(_ context: HireRequestContext) throws -> CandidateID {
        guard let id = context.parameters.get("id", as: CandidateID.self) else { throw HireError.notFound("no candidate") }
        return id
    }
}
