import Foundation
import HireKit
import Logging
import ServiceLifecycle

/// Checks now and then that no newer Hire has migrated the workspace under the server, and
/// stops the server (by failing) when one has: this version would misread the new schema.
public struct SchemaWatch: Service {
    let workspace: Workspace
    let interval: Duration
    let logger: Logger

    public init(workspace: Workspace, interval: Duration, logger: Logger) {
        self.workspace = workspace
        self.interval = interval
        self.logger = logger
    }

    /// Why the server stopped: the workspace now belongs to a newer Hire.
    public struct Superseded: Error, CustomStringConvertible {
        public var description: String {
            "a newer version of Hire has migrated the workspace; this server stopped rather than misread it"
        }
    }

    public func run() async throws {
        let workspace = self.workspace
        try await periodically(every: interval) {
            if try await blocking({ try workspace.isMigratedByNewerHire() }) {
                logger.critical("workspace migrated by a newer Hire; stopping the server (upgrade this server's Hire and start it again)")
                throw Superseded()
            }
        }
    }
}
