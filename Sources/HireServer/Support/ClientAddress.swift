import Foundation

/// Works out the client's address for sign-in limits: the socket's peer, unless that peer is a
/// trusted reverse proxy, in which case the last `X-Forwarded-For` hop that is not itself a
/// trusted proxy (hops further left could be forged by the client).
public enum ClientAddress {
    /// The client address, or `nil` when the socket's peer is unknown.
    public static func resolve(socket: String?, forwardedFor: [String], trustedProxies: Set<String>) -> String? {
        guard let socket else { return nil }
        guard trustedProxies.contains(socket) else { return socket }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return hops.last { !trustedProxies.contains($0) } ?? hops.first ?? socket
    }
}
