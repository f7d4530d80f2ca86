import Foundation
import HireKit

/// What every route needs: the workspace, the configuration, the pages. Calls into the
/// workspace go through ``run(_:)`` so they never block an event loop.
struct HireServices: Sendable {
    let workspace: Workspace
    let configuration: ServerConfiguration
    let pages: Pages
    /// Failed sign-ins per client address, in memory only.
    let addressThrottle = SignInAddressThrottle()

    /// Runs a workspace call on the thread pool.
    func run<T: Sendable>(_ work: @escaping @Sendable (Workspace) throws -> T) async throws -> T {
        let workspace = self.workspace
        return try await blocking { try work(workspace) }
    }

    var now: Date { configuration.now() }
}
