import Foundation
import Hummingbird
import HireKit

/// `GET|POST /login` and `POST /logout`. Sign-in starts a new session (a new id: no fixation);
/// sign-out ends every session of the person. A login with two-step sign-in is asked for its
/// code (field `otp`) once the password is right; a wrong code is refused as a wrong password is.
struct SignInRoutes {
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.get { _, context in Response.seeOther(context.actor == nil ? "/login" : "/interviews") }
        routes.get("login") { request, context in
            context.actor == nil ? form(request: request, context: context) : Response.seeOther("/interviews")
        }
        routes.post("login", use: signIn)
        routes.post("logout", use: signOut)
        return routes
    }

    static let forwardedFor = HTTPFields.Element.Name("X-Forwarded-For")!

    private var secure: Bool { services.configuration.secureCookies }

    /// The sign-in page, with the pre-session token (set as a cookie when the browser has none).
    /// With `askCode`, the form asks for the one-time code, carrying the email and password
    /// just checked in hidden fields, so that the post checks all three together.
    private func form(
        request: Request, context: HireRequestContext, email: String? = nil, error: String? = nil, askCode password: String? = nil
    ) -> Response {
        let existing = request.cookies[SessionCookie.preSessionName]?.value
        let token = existing.flatMap { $0.isEmpty ? nil : $0 } ?? SecretToken.generate()
        var model: [String: Any] = ["csrfToken": token, "email": email ?? ""]
        if let error { model["error"] = error }
        if let password { model["askCode"] = true; model["password"] = password }
        var response = services.pages.render(
            "login", title: "Sign in", model, context: context, status: error == nil ? .ok : .unprocessableContent)
        if existing != token { response.setCookie(SessionCookie.preSession(token, secure: secure)) }
        return response
    }

    @Sendable func signIn(request: Request, context: HireRequestContext) async throws -> Response {
        let email = context.form["email"] ?? ""
        let password = context.form["password"] ?? ""
        let otp = context.form["otp"]
        let (hashing, now, throttle, codes) = (services.configuration.hashing, services.now, services.addressThrottle, services.configuration.oneTimeCodes)
        let address = ClientAddress.resolve(
            socket: context.socketAddress, forwardedFor: request.headers[values: Self.forwardedFor],
            trustedProxies: services.configuration.trustedProxies)
        let signIn: SignIn
        do {
            signIn = try await services.run {
                try $0.sessions.signIn(
                    email: email, password: password, otp: otp, oneTimeCodes: codes, from: address, throttle: throttle, hashing: hashing, now: now)
            }
        } catch is SecondFactorRequired {
            return form(request: request, context: context, email: email, askCode: password)
        } catch let error as HireError where error.kind == .invalid {
            return form(request: request, context: context, email: email, error: "That email and password do not match an account that can sign in now. After 5 failures the account, or this connection's address, is locked for 15 minutes.")
        }
        var response = Response.seeOther("/interviews")
        let maxAge = Int(services.configuration.sessions.absolute)
        response.setCookie(SessionCookie.session(signIn.sessionId, secure: secure, maxAge: maxAge))
        response.setCookie(SessionCookie.expired(SessionCookie.preSessionName, secure: secure))
        return response
    }

    @Sendable func signOut(request: Request, context: HireRequestContext) async throws -> Response {
        if let id = context.sessionId {
            try await services.run { try $0.sessions.signOut(sessionId: id) }
        }
        var response = Response.seeOther("/login")
        response.setCookie(SessionCookie.expired(SessionCookie.name, secure: secure))
        return response
    }
}
