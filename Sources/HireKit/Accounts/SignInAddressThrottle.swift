import Foundation

/// Failed sign-ins counted per client address: ``Workspace/lockoutFailures`` failures within
/// ``Workspace/lockoutWindow`` from one address lock that address for as long, whichever
/// accounts were tried. Kept in memory by the process that serves sign-ins and never written
/// to the workspace, so client addresses (personal data) never reach a file or a backup.
public final class SignInAddressThrottle: @unchecked Sendable {
    private struct Entry {
        var failures: Int
        var firstFailureAt: Date
        var lockedUntil: Date?
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]  // guarded by `lock`
    /// Addresses tracked before expired entries are dropped.
    private static let pruneAbove = 10_000

    public init() {}

    /// Whether sign-ins from `address` are refused now.
    public func isLocked(_ address: String, now: Date) -> Bool {
        lock.withLock { entries[address]?.lockedUntil.map { $0 > now } ?? false }
    }

    /// Counts a failed sign-in from `address`; `true` when this failure locks it.
    public func recordFailure(_ address: String, now: Date) -> Bool {
        lock.withLock {
            if entries.count > Self.pruneAbove { prune(now: now) }
            var entry = entries[address] ?? Entry(failures: 0, firstFailureAt: now)
            if let until = entry.lockedUntil, until > now { return false }
            if now.timeIntervalSince(entry.firstFailureAt) > Workspace.lockoutWindow || entry.lockedUntil != nil {
                entry = Entry(failures: 0, firstFailureAt: now)
            }
            entry.failures += 1
            let locks = entry.failures >= Workspace.lockoutFailures
            if locks { entry.lockedUntil = now.addingTimeInterval(Workspace.lockoutWindow) }
            entries[address] = entry
            return locks
        }
    }

    private func prune(now: Date) {
        entries = entries.filter { _, entry in
            (entry.lockedUntil.map { $0 > now } ?? false) || now.timeIntervalSince(entry.firstFailureAt) <= Workspace.lockoutWindow
        }
    }
}
