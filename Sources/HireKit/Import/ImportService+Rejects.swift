import Foundation
import GRDB

/// A record an import set aside, without its content: where it was and why.
public struct ImportRejectEntry: Sendable, Hashable, Codable, FetchableRecord {
    /// The set-aside record's id (newer records have larger ids).
    public var id: Int64
    /// The import run that set it aside.
    public var importRunId: Int64
    /// The feed's path as it was imported.
    public var file: String
    /// The line of the feed where the record began.
    public var line: Int
    /// Why it could not become a candidate.
    public var reason: String
    /// When it was set aside.
    public var at: Date
}

/// One page of set-aside records, newest first; `next` is the id to pass as `before` for the
/// following page, `nil` on the last.
public struct ImportRejectPage: Sendable, Hashable {
    /// The page's records, newest first.
    public var rejects: [ImportRejectEntry]
    /// The id to pass as `before` for the next page.
    public var next: Int64?
}

extension ImportService {
    /// Records set aside by imports, newest first, `limit` (1–1000) at a time from below the id
    /// `before`; for those the policy lets import. The records' content stays in the workspace.
    public func rejects(before: Int64? = nil, limit: Int, as actor: Actor) throws -> ImportRejectPage {
        try Policy.require(actor, .importFeeds)
        let limit = min(max(limit, 1), 1000)
        return try writer.read { db in
            let columns = ImportReject.Columns.self
            var request = ImportReject.select(columns.id, columns.importRunId, columns.file, columns.line, columns.reason, columns.at)
                .order(columns.id.desc)
            if let before { request = request.filter(columns.id < before) }
            let rows = try request.limit(limit + 1).asRequest(of: ImportRejectEntry.self).fetchAll(db)
            let page = Array(rows.prefix(limit))
            return ImportRejectPage(rejects: page, next: rows.count > limit ? page.last?.id : nil)
        }
    }
}
