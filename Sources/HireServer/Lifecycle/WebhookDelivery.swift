import Foundation
import HireKit
import Logging
import ServiceLifecycle

/// Delivers webhook events while the server runs: every `interval` it announces milestones
/// newly overdue (once each) and sends what the workspace's outbox holds, on the thread pool.
/// Rows are claimed with a lease, so a CLI delivering at the same time never sends one twice.
/// Does nothing while no webhook is configured.
public struct WebhookDelivery: Service {
    let workspace: Workspace
    let interval: Duration
    let logger: Logger

    public init(workspace: Workspace, interval: Duration = .seconds(15), logger: Logger) {
        self.workspace = workspace
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        let workspace = self.workspace
        await periodically(every: interval) {
            do {
                let report = try await blocking { () -> WebhookDeliveryReport? in
                    guard try !workspace.webhooks.list().isEmpty else { return nil }
                    try workspace.webhooks.announceOverdueMilestones()
                    return try workspace.webhooks.deliver(timeout: 10, limit: 200)
                }
                if let report, report.delivered + report.failed > 0 {
                    logger.info("webhooks", metadata: ["delivered": "\(report.delivered)", "failed": "\(report.failed)"])
                }
            } catch {
                logger.error("webhooks not delivered", metadata: ["error_type": "\(String(reflecting: type(of: error)))"])
            }
        }
    }
}
