import Foundation
import GRDB

/// The audit log: who changed what, when.
public struct AuditService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// The audit log: who changed what, when.
    public var audit: AuditService { AuditService(workspace: self) }
}

extension AuditService {
    /// The audit log, oldest first: every change with who, when and what; optionally for one
    /// candidate (by id or email) and from a day on.
    public func events(candidate reference: CandidateID? = nil, since: CalendarDate? = nil, as viewer: Actor) throws -> [AuditEvent] {
        try Policy.require(viewer, .viewAudit)
        return try writer.read { db in
            var request = AuditEvent.order(AuditEvent.Columns.id)
            if let reference {
                let candidate = try Workspace.candidate(db, reference)
                request = request.filter(AuditEvent.Columns.candidateId == candidate.id)
            }
            if let since {
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = .current
                let start = calendar.date(from: DateComponents(year: since.year, month: since.month, day: since.day))!
                request = request.filter(AuditEvent.Columns.at >= start)
            }
            return try request.fetchAll(db)
        }
    }
}
