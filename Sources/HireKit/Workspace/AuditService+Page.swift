import Foundation
import GRDB

/// What an audit log page narrows to; every part is optional.
public struct AuditFilter: Sendable, Hashable {
    /// Changes made by this person.
    public var person: PersonID?
    /// Changes of this kind.
    public var action: AuditAction?
    /// Changes to this candidate's record.
    public var candidate: CandidateID?
    /// From the start of this day, in the workspace's time zone.
    public var from: CalendarDate?
    /// To the end of this day, in the workspace's time zone.
    public var through: CalendarDate?

    /// A filter; leave out what should not narrow.
    public init(person: PersonID? = nil, action: AuditAction? = nil, candidate: CandidateID? = nil, from: CalendarDate? = nil, through: CalendarDate? = nil) {
        (self.person, self.action, self.candidate, self.from, self.through) = (person, action, candidate, from, through)
    }
}

/// One page of the audit log, newest first; `next` is the id to pass as `before` for the
/// following page, `nil` on the last.
public struct AuditEventPage: Sendable, Hashable {
    /// The page's events, newest first.
    public var events: [AuditEvent]
    /// The id to pass as `before` for the next page.
    public var next: Int64?
}

extension AuditService {
    /// The audit log, newest first, `limit` (1–1000) events at a time from below the id `before`,
    /// narrowed by `filter`; for those the policy lets read the log.
    public func page(_ filter: AuditFilter, before: Int64? = nil, limit: Int, as viewer: Actor) throws -> AuditEventPage {
        try Policy.require(viewer, .viewAudit)
        return try writer.read { db in
            var request = try Self.request(db, filter).order(AuditEvent.Columns.id.desc)
            if let before { request = request.filter(AuditEvent.Columns.id < before) }
            return try Self.page(db, request, limit: limit)
        }
    }

    /// The audit log, oldest first, `limit` (1–1000) events at a time from above the id `after`,
    /// narrowed by `filter`: how a client follows the log as it grows.
    public func page(_ filter: AuditFilter, after: Int64?, limit: Int, as viewer: Actor) throws -> AuditEventPage {
        try Policy.require(viewer, .viewAudit)
        return try writer.read { db in
            var request = try Self.request(db, filter).order(AuditEvent.Columns.id)
            if let after { request = request.filter(AuditEvent.Columns.id > after) }
            return try Self.page(db, request, limit: limit)
        }
    }

    private static func page(_ db: Database, _ request: QueryInterfaceRequest<AuditEvent>, limit: Int) throws -> AuditEventPage {
        let limit = min(max(limit, 1), 1000)
        let rows = try request.limit(limit + 1).fetchAll(db)
        let page = Array(rows.prefix(limit))
        return AuditEventPage(events: page, next: rows.count > limit ? page.last?.id : nil)
    }

    private static func request(_ db: Database, _ filter: AuditFilter) throws -> QueryInterfaceRequest<AuditEvent> {
        let columns = AuditEvent.Columns.self
        var request = AuditEvent.all()
        if let person = filter.person {
            request = request.filter(columns.actor == Actor.person(person.rawValue, accessRoles: []).recordedName)
        }
        if let action = filter.action { request = request.filter(columns.action == action.rawValue) }
        if let candidate = filter.candidate { request = request.filter(columns.candidateId == candidate.rawValue) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try Workspace.timeZone(db)
        func start(_ day: CalendarDate) -> Date { calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))! }
        if let from = filter.from { request = request.filter(columns.at >= start(from)) }
        if let through = filter.through {
            request = request.filter(columns.at < calendar.date(byAdding: .day, value: 1, to: start(through))!)
        }
        return request
    }
}
