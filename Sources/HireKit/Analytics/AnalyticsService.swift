import Foundation
import GRDB

/// Hiring analytics: the funnel from the recorded stage history, and which interview signals
/// predict how hires do. Reads aggregates of ratings: asks ``Policy`` for ``Permission/viewAnalytics``.
public struct AnalyticsService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Hiring analytics: the funnel, and which interview signals predict how hires do.
    public var analytics: AnalyticsService { AnalyticsService(workspace: self) }
}
