import Hummingbird
import HireKit

/// The request context of the team server: Hummingbird's own storage plus who is signed in
/// and the form posted, once the middleware has read them.
public struct HireRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in person as the library's actor, with the access roles they hold now.
    public var actor: Actor?
    /// The session of the signed-in person.
    public var session: AccountSession?
    /// The signed-in person's name, for the page header.
    public var personName: String?
    /// The session id from the cookie, for signing out.
    public var sessionId: String?
    /// Whether the signed-in person's login has two-step sign-in.
    public var secondFactorEnrolled = false
    /// The API token the request was made with, for the JSON API.
    public var apiCaller: APICaller?
    /// The fields of a posted form, read (and CSRF-checked) by ``CSRFMiddleware``.
    public var form: FormData = FormData()

    /// The IP address of the socket's peer (`nil` in router tests without a socket).
    public var socketAddress: String?

    public init(source: Source) {
        coreContext = .init(source: source)
        socketAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The field read for a form's token, in every form of the server.
    static let csrfField = "csrf_token"

    /// The signed-in actor; pages behind ``RequireSignInMiddleware`` always have one.
    var signedIn: Actor {
        get throws {
            guard let actor else { throw HTTPError(.unauthorized) }
            return actor
        }
    }
}
