import Foundation
import Hummingbird
import HireKit

/// "My interviews" and the scorecard form: `GET /interviews`, `GET|POST /interviews/{id}/scorecard`.
/// The library decides who may see and submit what; a refused form comes back filled in
/// with each problem next to its field.
struct InterviewRoutes {
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("interviews", use: list)
        routes.get("interviews/{id}/scorecard", use: form)
        routes.post("interviews/{id}/scorecard", use: submit)
        return routes
    }

    @Sendable func list(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let now = services.now
        let (interviews, timeZone) = try await services.run { (try $0.interviews.mine(as: actor, now: now), try $0.settings.timeZone()) }
        return services.pages.render(
            "interviews", title: "My interviews", InterviewsPage.model(interviews, now: now, timeZone: timeZone), context: context)
    }

    @Sendable func form(request: Request, context: HireRequestContext) async throws -> Response {
        let (sheet, timeZone) = try await sheet(context)
        return page(sheet, entry: ScorecardEntry(sheet: sheet), problems: ScorecardProblems(), timeZone: timeZone, context: context)
    }

    @Sendable func submit(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let (sheet, timeZone) = try await sheet(context)
        let entry = ScorecardEntry(sheet: sheet, form: context.form)
        let draft = entry.draft(for: sheet)
        let now = services.now
        do {
            _ = try await services.run { try $0.scorecards.submit(draft, actor: actor, at: now) }
        } catch let error as DiagnosticsError {
            return page(
                sheet, entry: entry, problems: ScorecardProblems(error.diagnostics, entry: entry), timeZone: timeZone, context: context,
                status: .unprocessableContent)
        }
        return .seeOther("/candidates/\(sheet.interview.candidateId)/scorecards")
    }

    private func sheet(_ context: HireRequestContext) async throws -> (ScorecardSheet, TimeZone) {
        let actor = try context.signedIn
        guard let id = context.parameters.get("id", as: InterviewID.self) else { throw HireError.notFound("no interview") }
        return try await services.run { (try $0.interviews.sheet(interview: id, as: actor), try $0.settings.timeZone()) }
    }

    private func page(
        _ sheet: ScorecardSheet, entry: ScorecardEntry, problems: ScorecardProblems, timeZone: TimeZone, context: HireRequestContext,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let when = sheet.interview.at.map { TimeText.timestamp($0, timeZone: timeZone) }
        let title = (problems.isEmpty ? "" : "Fix the problems: ") + "Scorecard: \(sheet.candidateName), \(sheet.round.name)"
        return services.pages.render(
            "scorecard", title: title, ScorecardPage.model(sheet, entry: entry, problems: problems, when: when), context: context,
            status: status)
    }
}
