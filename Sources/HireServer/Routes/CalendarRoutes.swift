import Foundation
import Hummingbird
import HireKit

/// `GET /calendar/{token}.ics`: a person's calendar for calendar apps, which poll it without
/// signing in (the token is the secret; the access log names the route pattern only), and
/// `GET|POST /account/calendar`, where a signed-in person makes a new address (shown once;
/// the old one stops) or turns it off.
struct CalendarRoutes {
    static let path = "/account/calendar"
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.get("calendar/{file}", use: feed)
        let signedIn = routes.group().add(middleware: RequireSignInMiddleware())
        signedIn.get("account/calendar", use: page)
        signedIn.post("account/calendar", use: change)
        return routes
    }

    @Sendable func feed(request: Request, context: HireRequestContext) async throws -> Response {
        guard let file = context.parameters.get("file"), file.hasSuffix(".ics") else { throw HTTPError(.notFound) }
        let token = String(file.dropLast(4))
        let base = services.configuration.baseURL?.absoluteString
        let now = services.now
        guard let text = try await services.run({ try $0.calendars.ics(subscription: token, baseURL: base, stamp: now) }) else {
            throw HTTPError(.notFound)
        }
        return Response(
            status: .ok, headers: [.contentType: "text/calendar; charset=utf-8", .cacheControl: "private, no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    @Sendable func page(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        guard let person = actor.personId else { throw HTTPError(.unauthorized) }
        let since = try await services.run { try $0.calendars.subscription(person: PersonID(person)) }
        return render(context: context, since: since, address: nil)
    }

    @Sendable func change(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        guard let person = actor.personId else { throw HTTPError(.unauthorized) }
        let now = services.now
        if context.form["action"] == "off" {
            try await services.run { try $0.calendars.unsubscribe(person: PersonID(person), actor: actor) }
            return render(context: context, since: nil, address: nil, message: "Your calendar address is off; calendar apps using it get nothing more.")
        }
        let token = try await services.run { try $0.calendars.subscribe(person: PersonID(person), actor: actor, now: now) }
        var base = (services.configuration.baseURL ?? ServerConfiguration.defaultBaseURL).absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return render(context: context, since: now, address: "\(base)/calendar/\(token).ics")
    }

    private func render(context: HireRequestContext, since: Date?, address: String?, message: String? = nil) -> Response {
        var model: [String: Any] = [:]
        if let since { model["since"] = ["date": DateFormatting.string(since, .minute, in: TimeZone(identifier: "UTC")!) + " UTC"] }
        if let address { model["address"] = address }
        if let message { model["message"] = message }
        return services.pages.render("calendar", title: "Your calendar", model, context: context)
    }
}
