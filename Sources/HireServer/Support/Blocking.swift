import NIOPosix

/// Runs blocking work (SQLite, bcrypt) on NIO's shared thread pool, off the event loops.
func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await NIOThreadPool.singleton.runIfActive(work)
}
