import ServiceLifecycle

/// Runs `work` every `interval`, the first time one interval after the start, until the
/// service group shuts down gracefully or the task is cancelled: the loop of the server's
/// background services.
func periodically(every interval: Duration, _ work: () async throws -> Void) async rethrows {
    while !Task.isCancelled && !Task.isShuttingDownGracefully {
        do {
            try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        } catch {
            return  // shutting down, or cancelled
        }
        try await work()
    }
}
