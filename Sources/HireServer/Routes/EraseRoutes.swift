import Foundation
import Hummingbird
import HireKit

/// Erasing a candidate: `GET /candidates/{id}/erase` explains what goes and what stays and asks
/// for the candidate's name typed out and a reason (for the audit log); `POST` checks the typed
/// name (a mismatch is shown by its field, nothing erased), erases through the library as the
/// signed-in person and goes to `/candidates` with a notice. The library decides who may.
struct EraseRoutes {
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("candidates/{id}/erase", use: confirm)
        routes.post("candidates/{id}/erase", use: erase)
        return routes
    }

    @Sendable func confirm(request: Request, context: HireRequestContext) async throws -> Response {
        try await page(try candidateId(context), context: context)
    }

    @Sendable func erase(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try candidateId(context)
        let candidate = try await services.run { try $0.candidates.get(id, as: actor) }
        try Policy.require(actor, .erase)
        let typed = context.form
        guard Self.matches(typed["confirm"] ?? "", candidate.name) else {
            return try await page(id, typed: typed, confirmError: "Type the candidate's name exactly as shown to erase them.", context: context)
        }
        let reason = typed.text("reason") ?? ""
        guard !reason.isEmpty else { return try await page(id, typed: typed, reasonError: "Say why, for the audit log.", context: context) }
        do {
            try await services.run { _ = try $0.candidates.erase(id, reason: reason, actor: actor) }
        } catch let error as HireError where error.kind == .invalid {
            return try await page(id, typed: typed, reasonError: error.message.capitalizedFirst + ".", context: context)
        }
        return .seeOther("/candidates?erased=\(id)")
    }

    /// Whether `typed` is `name`, ignoring case, accents and extra spaces.
    static func matches(_ typed: String, _ name: String) -> Bool {
        func plain(_ text: String) -> String {
            text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        }
        let expected = plain(name)
        return !expected.isEmpty && plain(typed) == expected
    }

    private func page(
        _ id: CandidateID, typed: FormData = FormData(), confirmError: String? = nil, reasonError: String? = nil, context: HireRequestContext
    ) async throws -> Response {
        let actor = try context.signedIn
        let candidate = try await services.run { try $0.candidates.get(id, as: actor) }
        try Policy.require(actor, .erase)
        if candidate.erased { throw HireError.conflict("this candidate has already been erased") }
        let model: [String: Any] = [
            "id": id.rawValue, "name": candidate.name, "reason": typed["reason"] ?? "",
            "confirmError": confirmError ?? false, "reasonError": reasonError ?? false,
        ]
        let failed = confirmError != nil || reasonError != nil
        return services.pages.render(
            "candidate-erase", title: (failed ? "Fix the problem: " : "") + "Erase \(candidate.name)", model, context: context,
            status: failed ? .unprocessableContent : .ok)
    }

    private func candidateId(_ context: HireRequestContext) throws -> CandidateID {
        guard let id = context.parameters.get("id", as: CandidateID.self) else { throw HireError.notFound("no candidate") }
        return id
    }
}
