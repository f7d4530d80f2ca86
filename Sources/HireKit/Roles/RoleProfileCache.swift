import Foundation

/// Role profiles decoded from their stored JSON, kept by that JSON.
///
/// A page that shows a role reads its profile on every request, and decoding one cost about
/// a tenth of the team server's My interviews page. Keyed by the stored text itself, a cached
/// profile can never be stale, whatever changes the workspace.
final class RoleProfileCache: @unchecked Sendable {
    static let shared = RoleProfileCache()

    /// Profiles kept at most; a workspace has a few roles, each with a few versions.
    private let capacity = 64
    private let lock = NSLock()
    private var profiles: [Data: RoleProfile] = [:]

    /// The profile `json` holds, decoded once.
    func profile(_ json: Data, decode: (Data) throws -> RoleProfile) throws -> RoleProfile {
        lock.lock()
        let known = profiles[json]
        lock.unlock()
        if let known { return known }
        let decoded = try decode(json)
        lock.lock()
        if profiles.count >= capacity { profiles.removeAll(keepingCapacity: true) }
        profiles[json] = decoded
        lock.unlock()
        return decoded
    }
}
