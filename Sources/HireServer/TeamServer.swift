import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import HireKit
import Logging
import NIOCore
import ServiceLifecycle

/// The team server: the interviewer's day in the browser over the same workspace file the
/// CLI uses. It holds no access rules: every page calls HireKit's services with the signed-in
/// person's ``Actor`` and the library's policy decides.
///
/// Requests pass, outermost first: access log, security headers, error pages, session,
/// CSRF check, with `--require-2fa` the two-step enrolment check, then the routes of each feature.
/// The JSON API under `/api/v1` skips the session and CSRF steps: it signs in by bearer token.
public enum TeamServer {
    /// The router with every route and middleware; tests drive it with `app.test(.router)`.
    public static func router(workspace: Workspace, configuration: ServerConfiguration, logger: Logger) -> Router<HireRequestContext> {
        let services = HireServices(workspace: workspace, configuration: configuration, pages: Pages())
        let router = Router(context: HireRequestContext.self)
        router.add(middleware: AccessLogMiddleware(logger: logger))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorPageMiddleware(pages: services.pages, logger: logger))
        router.add(middleware: SessionMiddleware(services: services))
        router.add(middleware: CSRFMiddleware())
        if configuration.requireSecondFactor { router.add(middleware: RequireSecondFactorMiddleware()) }
        router.addRoutes(HealthRoutes().routes)
        router.addRoutes(SignInRoutes(services: services).routes)
        router.addRoutes(InviteRoutes(services: services).routes)
        router.addRoutes(InterviewRoutes(services: services).routes)
        router.addRoutes(CandidateRoutes(services: services).routes)
        router.addRoutes(OpeningRoutes(services: services).routes)
        router.addRoutes(DebriefRoutes(services: services).routes)
        router.addRoutes(ScheduleRoutes(services: services).routes)
        router.addRoutes(RampRoutes(services: services).routes)
        router.addRoutes(MentorRoutes(services: services).routes)
        router.addRoutes(CandidateListRoutes(services: services).routes)
        router.addRoutes(ImportRoutes(services: services).routes)
        router.addRoutes(EraseRoutes(services: services).routes)
        router.addRoutes(AuditRoutes(services: services).routes)
        router.addRoutes(AnalysisRoutes(services: services).routes)
        router.addRoutes(AdminRoutes(services: services).routes)
        router.addRoutes(AdminToolRoutes(services: services).routes)
        router.addRoutes(SecondFactorRoutes(services: services).routes)
        router.addRoutes(CalendarRoutes(services: services).routes)
        APIRoutes(services: services).add(to: router)
        return router
    }

    /// The application: HTTP, or HTTPS with the configured certificate, stopping gracefully
    /// (in-flight requests finished) on SIGTERM or SIGINT when run with `runService()`.
    /// `services` run beside the server (and stop it by failing); `onServerRunning` is called
    /// once it listens.
    public static func application(
        workspace: Workspace, configuration: ServerConfiguration, logger: Logger, services: [any Service] = [],
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        let router = router(workspace: workspace, configuration: configuration, logger: logger)
        let http1 = HTTP1Channel.Configuration(additionalChannelHandlers: [ExpectContinueHandler()])
        var server = HTTPServerBuilder.http1(configuration: http1)
        if let certificate = configuration.tlsCertificate, let key = configuration.tlsKey {
            let chain = try NIOSSLCertificate.fromPEMFile(certificate)
            let tls = TLSConfiguration.makeServerConfiguration(
                certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(try NIOSSLPrivateKey(file: key, format: .pem)))
            server = try .tls(.http1(configuration: http1), tlsConfiguration: tls)
        }
        return Application(
            router: router, server: server,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "hire"),
            services: services, onServerRunning: onServerRunning, logger: logger)
    }
}
