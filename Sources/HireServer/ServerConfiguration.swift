import Foundation
import HireKit

/// How `hire serve` runs: where it listens, how it is reached, and the security settings
/// tests may shorten.
public struct ServerConfiguration: Sendable {
    /// The address to bind: loopback unless told otherwise.
    public var host: String
    public var port: Int
    /// PEM certificate chain and private key, to serve HTTPS directly.
    public var tlsCertificate: String?
    public var tlsKey: String?
    /// The address people use to reach the server (behind a reverse proxy, say), for links.
    public var baseURL: URL?
    /// Password hashing: bcrypt at cost 12; tests lower it.
    public var hashing: PasswordHashing
    /// Session lifetimes.
    public var sessions: SessionLimits
    /// The clock, replaceable in tests.
    public var now: @Sendable () -> Date
    /// How often the server checks that no newer Hire has migrated the workspace.
    public var schemaCheckInterval: Duration = .seconds(30)
    /// Reverse proxies whose `X-Forwarded-For` is believed (IP addresses, exactly as they connect).
    public var trustedProxies: Set<String> = []
    /// Whether admins and recruiters must turn on two-step sign-in before using any page.
    public var requireSecondFactor = false
    /// The one-time codes of two-step sign-in (RFC 6238, as authenticator apps show them).
    public var oneTimeCodes = AuthenticatorTOTP()
    /// The largest applicant feed accepted by upload, in bytes.
    public var uploadLimit = ServerConfiguration.defaultUploadLimit
    /// 200 MB.
    public static let defaultUploadLimit = 200 * 1_000_000

    public init(
        host: String = "127.0.0.1", port: Int = 8080, tlsCertificate: String? = nil, tlsKey: String? = nil, baseURL: URL? = nil,
        hashing: PasswordHashing = .standard, sessions: SessionLimits = .standard, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.host = host
        self.port = port
        self.tlsCertificate = tlsCertificate
        self.tlsKey = tlsKey
        self.baseURL = baseURL
        self.hashing = hashing
        self.sessions = sessions
        self.now = now
    }

    /// Whether cookies are marked `Secure`: served over TLS, or reached at an https base URL.
    public var secureCookies: Bool {
        tlsCertificate != nil || baseURL?.scheme?.lowercased() == "https"
    }

    /// The default base URL of links the CLI prints.
    public static let defaultBaseURL = URL(string: "http://127.0.0.1:8080")!
}
