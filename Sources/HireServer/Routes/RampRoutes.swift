import Foundation
import Hummingbird
import HireKit

/// Ramps of new hires: `GET /ramp` (the dashboard of the hires the viewer manages or mentors, or
/// every active hire for those who may read any; overdue and at-risk first), `GET /ramp/{id}` (one
/// hire's plan), `POST /ramp/{id}/milestones/{milestone}` (complete or waive, with note and date),
/// `GET|POST /ramp/{id}/check-in` (observations on the role's scale and the check-in questions).
/// `{id}` is the hire's candidate id. The library's onboarding service decides and audits.
struct RampRoutes {
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("ramp", use: dashboard)
        routes.get("ramp/{id}", use: hire)
        routes.post("ramp/{id}/milestones/{milestone}", use: milestone)
        routes.get("ramp/{id}/check-in", use: checkInForm)
        routes.post("ramp/{id}/check-in", use: checkIn)
        return routes
    }

    @Sendable func dashboard(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let now = services.now
        let (today, hires) = try await services.run { workspace in
            let today = CalendarDate.on(now, in: try workspace.settings.timeZone())
            return (today, try workspace.onboarding.status(today: today, as: actor))
        }
        return services.pages.render("ramp", title: "Ramp", RampPage.dashboard(hires, today: today), context: context)
    }

    @Sendable func hire(request: Request, context: HireRequestContext) async throws -> Response {
        try await page(candidateId(context), problem: nil, context: context)
    }

    @Sendable func milestone(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try candidateId(context)
        guard let milestone = context.parameters.get("milestone"), !milestone.isEmpty else { throw HireError.notFound("no milestone") }
        let form = context.form
        let note = form.text("note")
        let waive = form["action"] == "waive"
        guard let date = CalendarDate(given: form.text("date") ?? "") else {
            return try await page(id, problem: (milestone, "Give the date as \(CalendarDate.givenFormat)."), form: form, context: context)
        }
        do {
            try await services.run { workspace in
                if waive {
                    try workspace.onboarding.waive(id, milestone: milestone, reason: note ?? "", on: date, actor: actor)
                } else {
                    try workspace.onboarding.complete(id, milestone: milestone, on: date, note: note, forceReason: nil, actor: actor)
                }
            }
        } catch let error as HireError where error.kind == .invalid || error.kind == .conflict {
            return try await page(id, problem: (milestone, error.message.capitalizedFirst + "."), form: form, context: context)
        }
        return .seeOther("/ramp/\(id)")
    }

    @Sendable func checkInForm(request: Request, context: HireRequestContext) async throws -> Response {
        try await checkInPage(candidateId(context), form: nil, problems: [], context: context)
    }

    @Sendable func checkIn(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try candidateId(context)
        let form = context.form
        let (view, _) = try await ramp(id, actor: actor)
        let entry = CheckInEntry(form: form, profile: view.profile)
        guard let new = entry.checkIn else {
            return try await checkInPage(id, form: form, problems: ["Give the date as \(CalendarDate.givenFormat)."], dateProblem: true, context: context)
        }
        do {
            _ = try await services.run { try $0.onboarding.checkIn(id, new, today: nil, actor: actor) }
        } catch let error as HireError where error.kind == .invalid {
            let problems = error.message.split(separator: "\n").map { String($0).capitalizedFirst + "." }
            return try await checkInPage(id, form: form, problems: problems, dateProblem: error.message.hasPrefix("the check-in date"), context: context)
        }
        return .seeOther("/ramp/\(id)")
    }

    /// The hire's ramp as `actor` sees it today, and today in the workspace's time zone.
    private func ramp(_ id: CandidateID, actor: Actor) async throws -> (RampView, CalendarDate) {
        let now = services.now
        return try await services.run { workspace in
            let today = CalendarDate.on(now, in: try workspace.settings.timeZone())
            return (try workspace.onboarding.ramp(id, today: today, as: actor), today)
        }
    }

    private func page(_ id: CandidateID, problem: (milestone: String, message: String)?, form: FormData? = nil, context: HireRequestContext) async throws -> Response {
        let (view, today) = try await ramp(id, actor: try context.signedIn)
        let model = RampPage.hire(view, today: today, problem: problem, form: form)
        return services.pages.render(
            "ramp-hire", title: (problem == nil ? "" : "Fix the problem: ") + "Ramp: \(view.timeline.summary.name)", model, context: context,
            status: problem == nil ? .ok : .unprocessableContent)
    }

    private func checkInPage(
        _ id: CandidateID, form: FormData?, problems: [String], dateProblem: Bool = false, context: HireRequestContext
    ) async throws -> Response {
        let actor = try context.signedIn
        let (view, today) = try await ramp(id, actor: actor)
        guard view.mayCheckIn else { throw HireError.forbidden(.checkIn, actor: actor) }
        let entry = form.map { CheckInEntry(form: $0, profile: view.profile) } ?? CheckInEntry(date: today.description)
        let model = CheckInPage.model(view, entry: entry, problems: problems, dateProblem: dateProblem)
        return services.pages.render(
            "check-in", title: (problems.isEmpty ? "" : "Fix the problems: ") + "Check-in: \(view.timeline.summary.name)", model, context: context,
            status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    private func candidateId(_ context: HireRequestContext) throws -> CandidateID {
        guard let id = context.parameters.get("id", as: CandidateID.self) else { throw HireError.notFound("no new hire") }
        return id
    }
}
