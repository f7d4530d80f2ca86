import Foundation
import Hummingbird
import HireKit

/// Reads the `hire_session` cookie and, for a live session, puts the signed-in person's
/// ``Actor`` (with the access roles they hold now) in the context, read in one call:
/// ``SessionService/signedIn(sessionId:limits:now:)``.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = HireRequestContext
    let services: HireServices

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        // The JSON API reads bearer tokens only: a cookie there would let other sites' pages act.
        if !request.isAPI, let id = request.cookies[SessionCookie.name]?.value, !id.isEmpty {
            let (limits, now) = (services.configuration.sessions, services.now)
            if let found = try await services.run({ try $0.sessions.signedIn(sessionId: id, limits: limits, now: now) }) {
                context.session = found.session
                context.sessionId = id
                context.actor = found.actor
                context.personName = found.name
                context.secondFactorEnrolled = found.secondFactorEnrolled
            }
        }
        return try await next(request, context)
    }
}

/// The cookies the server sets: the session, and the token of forms posted before sign-in.
enum SessionCookie {
    static let name = "hire_session"
    static let preSessionName = "hire_csrf"

    /// The session cookie: `HttpOnly`, `SameSite=Lax`, `Secure` over HTTPS.
    static func session(_ id: String, secure: Bool, maxAge: Int) -> Cookie {
        Cookie(name: name, value: id, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// The token the sign-in and sign-up forms carry before there is a session.
    static func preSession(_ token: String, secure: Bool) -> Cookie {
        Cookie(name: preSessionName, value: token, maxAge: 3600, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// Removes a cookie.
    static func expired(_ name: String, secure: Bool) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }
}
