import Foundation
import Hummingbird
import HireKit

/// Choosing a new hire's mentor: `GET /ramp/{id}/mentor` (the hire's focus areas and the
/// library's mentor suggestions with their reasons) and `POST` (assign one, with an optional
/// reason). `{id}` is the hire's candidate id. The library's mentor service decides and audits.
struct MentorRoutes {
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("ramp/{id}/mentor", use: suggestions)
        routes.post("ramp/{id}/mentor", use: assign)
        return routes
    }

    @Sendable func suggestions(request: Request, context: HireRequestContext) async throws -> Response {
        try await page(candidateId(context), problem: nil, reason: "", context: context)
    }

    @Sendable func assign(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try candidateId(context)
        let reason = context.form.text("reason")
        // The viewer's right to choose is checked before anything is read from the form.
        _ = try await services.run { try $0.mentors.choice(for: id, as: actor) }
        guard let mentor = context.form["mentor"].flatMap(Int64.init) else {
            return try await page(id, problem: "Choose a mentor.", reason: reason ?? "", context: context)
        }
        let now = services.now
        do {
            try await services.run { workspace in
                let today = CalendarDate.on(now, in: try workspace.settings.timeZone())
                try workspace.mentors.assign(id, mentor: PersonID(rawValue: mentor), reason: reason, forceReason: nil, today: today, actor: actor)
            }
        } catch let error as HireError where [.invalid, .conflict, .notFound].contains(error.kind) {
            return try await page(id, problem: error.message.capitalizedFirst + ".", reason: reason ?? "", context: context)
        }
        return .seeOther("/ramp/\(id)")
    }

    private func page(_ id: CandidateID, problem: String?, reason: String, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let choice = try await services.run { try $0.mentors.choice(for: id, as: actor) }
        let model: [String: Any] = [
            "candidateId": choice.candidateId, "name": choice.name, "mentor": choice.mentor ?? "no mentor yet",
            "focusAreas": CandidatePage.section(choice.focusAreas.joined(separator: ", ")), "noMentors": choice.noMentors,
            "noSuggestions": !choice.noMentors && choice.suggestions.isEmpty, "reason": reason, "problem": problem ?? false,
            "suggestions": choice.suggestions.map { suggestion -> [String: Any] in
                [
                    "id": suggestion.personId, "name": suggestion.name, "score": String(format: "%.0f", suggestion.score),
                    "free": Counted.text(suggestion.freeCapacity, "place"), "explanation": suggestion.explanation,
                ]
            },
        ]
        return services.pages.render(
            "mentor", title: (problem == nil ? "" : "Fix the problem: ") + "Mentor: \(choice.name)", model, context: context,
            status: problem == nil ? .ok : .unprocessableContent)
    }

    private func candidateId(_ context: HireRequestContext) throws -> CandidateID {
        guard let id = context.parameters.get("id", as: CandidateID.self) else { throw HireError.notFound("no new hire") }
        return id
    }
}
