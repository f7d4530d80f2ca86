import Foundation
import Hummingbird
import HireKit

/// Scheduling a candidate's panel: `GET /candidates/{id}/schedule` (the bookings so far and, per
/// round of the interview plan, an interviewer, time, duration and location) and `POST` (books
/// them all or none; a clash is a warning to confirm). The library's interview service decides
/// and audits.
struct ScheduleRoutes {
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("candidates/{id}/schedule", use: form)
        routes.post("candidates/{id}/schedule", use: schedule)
        return routes
    }

    @Sendable func form(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try candidateId(context)
        let (plan, zone) = try await panel(id, actor: actor)
        let booked = request.uri.queryParameters.get("booked", as: Int.self)
        return page(plan, form: PanelForm(rounds: plan.rounds), timeZone: zone, booked: booked, context: context)
    }

    @Sendable func schedule(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try candidateId(context)
        let (plan, zone) = try await panel(id, actor: actor)
        var form = PanelForm(rounds: plan.rounds, form: context.form)
        let bookings = form.bookings(timeZone: zone)
        if !form.hasProblems {
            do {
                let booked = try await services.run { try $0.interviews.schedulePanel(candidate: id, bookings.map(\.booking), actor: actor) }
                return .seeOther("/candidates/\(id)/schedule?booked=\(booked.count)")
            } catch let refusal as PanelRefusal {
                form.refused(refusal, rows: bookings.map(\.row), plan: plan, timeZone: zone)
            }
        }
        return page(plan, form: form, timeZone: zone, booked: nil, context: context, status: .unprocessableContent)
    }

    private func panel(_ id: CandidateID, actor: Actor) async throws -> (PanelPlan, TimeZone) {
        try await services.run { workspace in (try workspace.interviews.panel(candidate: id, as: actor), try workspace.settings.timeZone()) }
    }

    private func page(
        _ plan: PanelPlan, form: PanelForm, timeZone: TimeZone, booked: Int?, context: HireRequestContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        let model = SchedulePage.model(plan, form: form, timeZone: timeZone, booked: booked)
        return services.pages.render(
            "schedule", title: (form.hasProblems ? "Check the panel: " : "") + "Schedule: \(plan.candidateName)", model, context: context,
            status: status)
    }

    private func candidateId(_ context: HireRequestContext) throws -> CandidateID {
        guard let id = context.parameters.get("id", as: CandidateID.self) else { throw HireError.notFound("no candidate") }
        return id
    }
}
