import Foundation
import Hummingbird
import HireKit

/// `GET|POST /invite/{token}`: a person invited with `hire user invite` sets their password.
struct InviteRoutes {
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.get("invite/{token}") { request, context in
            let token = try context.parameters.require("token")
            let now = services.now
            let person = try await services.run { try $0.accounts.invitedPerson(token: token, now: now) }
            return form(request: request, context: context, name: person.name)
        }
        routes.post("invite/{token}", use: accept)
        return routes
    }

    private func form(request: Request, context: HireRequestContext, name: String, error: String? = nil) -> Response {
        let existing = request.cookies[SessionCookie.preSessionName]?.value
        let token = existing.flatMap { $0.isEmpty ? nil : $0 } ?? SecretToken.generate()
        var model: [String: Any] = ["csrfToken": token, "name": name, "minimum": PasswordRules.minimumLength]
        if let error { model["error"] = error }
        var response = services.pages.render(
            "invite", title: "Set your password", model, context: context, status: error == nil ? .ok : .unprocessableContent)
        if existing != token { response.setCookie(SessionCookie.preSession(token, secure: services.configuration.secureCookies)) }
        return response
    }

    @Sendable func accept(request: Request, context: HireRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        let password = context.form["password"] ?? ""
        let (hashing, now) = (services.configuration.hashing, services.now)
        let person = try await services.run { try $0.accounts.invitedPerson(token: token, now: now) }
        do {
            _ = try await services.run { try $0.accounts.acceptInvite(token: token, password: password, hashing: hashing, now: now) }
        } catch let error as HireError where error.kind == .invalid {
            return form(request: request, context: context, name: person.name, error: error.message.capitalizedFirst + ".")
        }
        return services.pages.render("invite-done", title: "Password set", context: context)
    }
}

extension String {
    /// The text with its first letter in capitals, for a library message shown as a sentence.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
