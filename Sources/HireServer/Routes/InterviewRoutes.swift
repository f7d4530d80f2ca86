import Foundation
import Hummingbird
import HireKit

/// "My interviews" and the scorecard form: `GET /interviews`, `GET|POST /interviews/{id}/scorecard`.
/// The library decides who may see and submit what; a refused form comes back filled in
/// with each problem next to its field. The form's "Save draft" button (`action=draft`) keeps
/// the answers as typed, server-side, and the form resumes from them.
struct InterviewRoutes {
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("interviews", use: list)
        routes.get("interviews/{id}/scorecard", use: form)
        routes.post("interviews/{id}/scorecard", use: submit)
        routes.get("interviews/{id}/scorecard/amend", use: amendForm)
        routes.post("interviews/{id}/scorecard/amend", use: amend)
        return routes
    }

    @Sendable func list(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let now = services.now
        return try await services.cached(request, context: context, perMinute: true) {
            let (interviews, timeZone) = try await services.run { (try $0.interviews.mine(as: actor, now: now), try $0.settings.timeZone()) }
            return services.pages.html(
                "interviews", title: "My interviews", InterviewsPage.model(interviews, now: now, timeZone: timeZone), context: context)
        }
    }

    @Sendable func form(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        return try await services.cached(request, context: context) {
            let (sheet, timeZone) = try await sheet(context)
            let id = InterviewID(sheet.interview.id!)
            let saved = try await services.run { try $0.scorecards.savedDraft(interview: id, as: actor) }
            let entry = saved.map { ScorecardEntry(sheet: sheet, answers: $0.answers) } ?? ScorecardEntry(sheet: sheet)
            return html(
                sheet, entry: entry, problems: ScorecardProblems(), timeZone: timeZone, context: context,
                savedAt: saved.map { TimeText.timestamp($0.savedAt, timeZone: timeZone) })
        }
    }

    @Sendable func submit(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let (sheet, timeZone) = try await sheet(context)
        let entry = ScorecardEntry(sheet: sheet, form: context.form)
        let now = services.now
        if context.form["action"] == "draft" {
            let (id, answers) = (InterviewID(sheet.interview.id!), entry.answers)
            try await services.run { try $0.scorecards.saveDraft(interview: id, answers, actor: actor, at: now) }
            return .seeOther("/interviews/\(id)/scorecard")
        }
        let draft = entry.draft(for: sheet)
        do {
            _ = try await services.run { try $0.scorecards.submit(draft, actor: actor, at: now) }
        } catch let error as DiagnosticsError {
            return page(
                sheet, entry: entry, problems: ScorecardProblems(error.diagnostics, entry: entry), timeZone: timeZone, context: context,
                status: .unprocessableContent)
        }
        return .seeOther("/candidates/\(sheet.interview.candidateId)/scorecards?done=submitted")
    }

    func sheet(_ context: HireRequestContext) async throws -> (ScorecardSheet, TimeZone) {
        let actor = try context.signedIn
        guard let id = context.parameters.get("id", as: InterviewID.self) else { throw HireError.notFound("no interview") }
        return try await services.run { (try $0.interviews.sheet(interview: id, as: actor), try $0.settings.timeZone()) }
    }

    func page(
        _ sheet: ScorecardSheet, entry: ScorecardEntry, problems: ScorecardProblems, timeZone: TimeZone, context: HireRequestContext,
        status: HTTPResponse.Status = .ok, savedAt: String? = nil, amend: AmendFields? = nil
    ) -> Response {
        .page(html(sheet, entry: entry, problems: problems, timeZone: timeZone, context: context, savedAt: savedAt, amend: amend), status: status)
    }

    /// The scorecard form (or the amendment form) as ``page(_:entry:problems:timeZone:context:status:savedAt:amend:)`` answers it.
    func html(
        _ sheet: ScorecardSheet, entry: ScorecardEntry, problems: ScorecardProblems, timeZone: TimeZone, context: HireRequestContext,
        savedAt: String? = nil, amend: AmendFields? = nil
    ) -> ByteBuffer {
        let when = sheet.interview.at.map { TimeText.timestamp($0, timeZone: timeZone) }
        let fix = problems.isEmpty && (amend?.reasonErrors.isEmpty ?? true) ? "" : "Fix the problems: "
        let title = fix + (amend == nil ? "Scorecard: " : "Amend scorecard: ") + "\(sheet.candidateName), \(sheet.round.name)"
        return services.pages.html(
            "scorecard", title: title, ScorecardPage.model(sheet, entry: entry, problems: problems, when: when, savedAt: savedAt, amend: amend),
            context: context)
    }
}
