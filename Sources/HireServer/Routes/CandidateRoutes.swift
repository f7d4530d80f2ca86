import Foundation
import Hummingbird
import HireKit

/// `GET /candidates/{id}` (what the interview needs) and `GET /candidates/{id}/scorecards`
/// (the panel's cards under the blind rule). A candidate the policy hides answers 404.
struct CandidateRoutes {
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("candidates/{id}", use: brief)
        routes.get("candidates/{id}/scorecards", use: scorecards)
        return routes
    }

    @Sendable func brief(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try candidateId(context)
        let now = services.now
        let (brief, timeZone) = try await services.run { (try $0.interviews.brief(candidate: id, as: actor), try $0.settings.timeZone()) }
        return services.pages.render(
            "candidate", title: brief.candidateName, CandidatePage.brief(brief, now: now, timeZone: timeZone), context: context)
    }

    @Sendable func scorecards(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try candidateId(context)
        let (report, history, timeZone) = try await services.run { workspace in
            let report = try workspace.reports.candidate(id, as: actor)
            // Every version of each amended card, under the same rule as the card itself.
            var history: [Int64: [SubmittedScorecard]] = [:]
            for card in report.scorecards where card.scorecard.version > 1 {
                history[card.scorecard.id!] = try workspace.scorecards.history(ScorecardID(card.scorecard.id!), as: actor)
            }
            return (report, history, try workspace.settings.timeZone())
        }
        var model = CandidatePage.scorecards(report, history: history, viewer: actor, timeZone: timeZone)
        // After the form: what was just done, in words (the query names no person or rating).
        model["notice"] = CandidatePage.scorecardNotice(request.uri.queryParameters["done"].map(String.init)) ?? false
        return services.pages.render("scorecards", title: "Scorecards: \(model["candidate"] as? String ?? "")", model, context: context)
    }

    private func candidateId(_ context: HireRequestContext) throws -> CandidateID {
        guard let id = context.parameters.get("id", as: CandidateID.self) else { throw HireError.notFound("no candidate") }
        return id
    }
}
