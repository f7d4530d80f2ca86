import Foundation
import HireKit
import Hummingbird
import Logging
import NIOCore

extension TeamServer {
    /// Serves a workspace file until SIGTERM or SIGINT: holds its ``ServerLock`` meanwhile,
    /// watches for a newer Hire migrating it (``SchemaWatch``, which stops the server with an
    /// error), delivers webhook events (``WebhookDelivery``), and logs a line when it starts
    /// (the address) and when it stops.
    ///
    /// - Parameter started: called with the address once the server listens, not before: a
    ///   workspace another server holds is refused first.
    public static func serve(
        workspace: Workspace, configuration: ServerConfiguration, logger: Logger, started: @escaping @Sendable (_ address: String) -> Void = { _ in }
    ) async throws {
        guard let path = workspace.path else { throw HireError.workspace("the team server serves a workspace file, not one in memory") }
        let lock = try ServerLock.acquire(workspace: path)
        defer { lock.release() }
        let watch = SchemaWatch(workspace: workspace, interval: configuration.schemaCheckInterval, logger: logger)
        let scheme = configuration.tlsCertificate == nil ? "http" : "https"
        let webhooks = WebhookDelivery(workspace: workspace, logger: logger)
        let app = try application(workspace: workspace, configuration: configuration, logger: logger, services: [watch, webhooks]) { channel in
            let port = channel.localAddress?.port ?? configuration.port
            let address = "\(scheme)://\(configuration.host):\(port)"
            logger.info("team server started", metadata: ["address": "\(address)", "pid": "\(lock.processId)"])
            started(address)
        }
        do {
            try await app.runService()
        } catch {
            logger.error("team server stopped on an error", metadata: ["error": "\(String(describing: type(of: error)))"])
            throw error
        }
        logger.info("team server stopped")
    }
}
