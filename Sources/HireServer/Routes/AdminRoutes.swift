import Foundation
import Hummingbird
import HireKit

/// Admins' pages: `GET /admin/users` (logins with their roles and status), `POST /admin/users/invite`
/// (a single-use sign-up link for a person, shown once), `POST /admin/users/{person}/disable|enable`,
/// and `GET|POST /admin/settings` (time zone, scorecard due hours, HR contact). The library's
/// account and settings services decide (admins only) and audit.
struct AdminRoutes {
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("admin/users", use: users)
        routes.post("admin/users/invite", use: invite)
        routes.post("admin/users/{person}/{change}", use: setDisabled)
        routes.get("admin/settings", use: settings)
        routes.post("admin/settings", use: saveSettings)
        return routes
    }

    @Sendable func users(request: Request, context: HireRequestContext) async throws -> Response {
        try await usersPage(invited: nil, problem: nil, context: context)
    }

    @Sendable func invite(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        guard let person = context.form.text("person").flatMap({ Int64($0) }).map({ PersonID(rawValue: $0) }) else {
            return try await usersPage(invited: nil, problem: "Choose the person to invite.", context: context, status: .unprocessableContent)
        }
        let now = services.now
        do {
            let token = try await services.run { try $0.accounts.invite(person: person, actor: actor, now: now) }
            var base = services.configuration.baseURL?.absoluteString ?? "http://\(services.configuration.host):\(services.configuration.port)"
            while base.hasSuffix("/") { base.removeLast() }
            return try await usersPage(invited: "\(base)/invite/\(token)", problem: nil, context: context)
        } catch let error as HireError where error.kind == .invalid || error.kind == .conflict {
            return try await usersPage(invited: nil, problem: error.message.capitalizedFirst + ".", context: context, status: .unprocessableContent)
        }
    }

    @Sendable func setDisabled(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        guard let person = context.parameters.get("person", as: Int64.self).map({ PersonID(rawValue: $0) }),
            let change = context.parameters.get("change"), ["disable", "enable"].contains(change)
        else { throw HireError.notFound("no such change") }
        try await services.run { try $0.accounts.setDisabled(person: person, change == "disable", actor: actor) }
        return .seeOther("/admin/users")
    }

    private func usersPage(
        invited: String?, problem: String?, context: HireRequestContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let actor = try context.signedIn
        let now = services.now
        let (accounts, people) = try await services.run { workspace in
            (try workspace.accounts.list(as: actor, now: now), try workspace.people.list().filter { $0.retiredAt == nil })
        }
        let model = AdminPage.users(accounts, people: people, self: actor.personId, invited: invited, problem: problem)
        return services.pages.render("users", title: "Users", model, context: context, status: status)
    }

    @Sendable func settings(request: Request, context: HireRequestContext) async throws -> Response {
        try await settingsPage(typed: nil, errors: [:], context: context)
    }

    @Sendable func saveSettings(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let form = context.form
        let current = try await services.run { try $0.settings.list() }
        var errors: [String: String] = [:]
        for setting in current {
            guard let typed = form.text(setting.key.rawValue), typed != setting.value else { continue }
            do {
                try await services.run { _ = try $0.settings.set(setting.key, to: typed, actor: actor) }
            } catch let error as HireError where error.kind == .invalid || error.kind == .notFound {
                errors[setting.key.rawValue] = error.message.capitalizedFirst + "."
            }
        }
        if errors.isEmpty { return .seeOther("/admin/settings") }
        return try await settingsPage(typed: form, errors: errors, context: context, status: .unprocessableContent)
    }

    private func settingsPage(
        typed: FormData?, errors: [String: String], context: HireRequestContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let actor = try context.signedIn
        // Reading is as guarded as changing: the settings page is an admin's.
        try Policy.require(actor, .manageSettings)
        let (values, people) = try await services.run { workspace in
            (try workspace.settings.list(), try workspace.people.list().filter { $0.retiredAt == nil })
        }
        let model = AdminPage.settings(values, people: people, typed: typed, errors: errors)
        return services.pages.render("settings", title: (errors.isEmpty ? "" : "Fix the problems: ") + "Settings", model, context: context, status: status)
    }
}
