import Foundation
import GRDB

/// One person's live sessions on the team server, as an admin sees them: how many, since when
/// and when last seen; never a session id or an address.
public struct LiveSessions: Sendable, Hashable {
    public var personId: Int64
    public var name: String
    public var count: Int
    /// When the oldest of them started.
    public var since: Date
    /// The latest activity of any of them (written at most every touch interval).
    public var lastSeen: Date
}

extension SessionService {
    /// The live sessions per person (not idle or older than `limits` allow, account enabled),
    /// most recently seen first. Admins only.
    public func live(as viewer: Actor, limits: SessionLimits = .standard, now: Date = Date()) throws -> [LiveSessions] {
        try Policy.require(viewer, .grantAccess)
        return try writer.read { db in
            let records = try AccountSessionRecord.fetchAll(
                db, sql: "SELECT s.* FROM accountSession s JOIN account a ON a.personId = s.accountId WHERE a.disabled = 0")
            let live = records.filter { now.timeIntervalSince($0.lastSeenAt) <= limits.idle && now.timeIntervalSince($0.createdAt) <= limits.absolute }
            return try Dictionary(grouping: live, by: \.accountId).map { person, sessions in
                LiveSessions(
                    personId: person, name: try Workspace.person(db, PersonID(rawValue: person)).name, count: sessions.count,
                    since: sessions.map(\.createdAt).min()!, lastSeen: sessions.map(\.lastSeenAt).max()!)
            }.sorted { ($0.lastSeen, $1.name) > ($1.lastSeen, $0.name) }
        }
    }

    /// Ends every session of a person (they must sign in again), audited. Admins only.
    /// Returns how many sessions ended.
    @discardableResult
    public func end(person reference: PersonID, actor: Actor) throws -> Int {
        try Policy.require(actor, .grantAccess)
        return try writer.write { db in
            let person = try Workspace.person(db, reference)
            let count = try AccountSessionRecord.filter(sql: "accountId = ?", arguments: [person.id!]).fetchCount(db)
            try Workspace.endSessions(db, person: person.id!)
            try db.audit(actor, .sessionsEnd, subject: "person \(person.id!)", detail: "\(count) session(s)")
            return count
        }
    }
}
