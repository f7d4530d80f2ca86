import Foundation
import GRDB

/// How to import applicant feeds.
public struct ImportOptions: Sendable {
    /// Read every feed as this format, whatever its namespaces say.
    public var format: FeedFormat?
    /// The role every applicant of the feed applies for.
    public var role: String?
    /// The opening every applicant of the feed applies for (implies its role).
    public var opening: String?
    /// The system that issued the feed's ids; defaults to the id owner the feed names.
    public var source: String?
    /// Work out and report what would change, and write nothing.
    public var dryRun = false
    public var actor: String
    /// Records committed per transaction.
    public var batchSize = 500

    public init(actor: String, format: FeedFormat? = nil, role: String? = nil, opening: String? = nil, source: String? = nil, dryRun: Bool = false) {
        self.actor = actor
        self.format = format
        self.role = role
        self.opening = opening
        self.source = source
        self.dryRun = dryRun
    }
}

extension Workspace {
    /// Imports applicant feeds, file by file, committing records in batches.
    ///
    /// A record that cannot become a candidate is kept verbatim in the rejects area and the
    /// others are imported. A feed that is not well-formed keeps the complete records before
    /// the break. Re-importing is idempotent: the same person is found again by
    /// (source, external id) or by email. With `dryRun`, every change is rolled back.
    public func importFeeds(_ paths: [String], options: ImportOptions, progress: FeedReader.Progress? = nil) throws -> ImportSummary {
        try writer.read { db in
            if let role = options.role { _ = try Self.roleVersion(db, role: role) }
            if let opening = options.opening {
                let found = try Self.opening(db, opening)
                if let role = options.role, role != found.roleId {
                    throw HireError.invalid("opening '\(opening)' is for role '\(found.roleId)', not '\(role)'")
                }
            }
        }
        var summary = ImportSummary(dryRun: options.dryRun)
        for path in paths {
            summary.files.append(try importFeed(path, options: options, progress: progress))
        }
        return summary
    }

    private func importFeed(_ path: String, options: ImportOptions, progress: FeedReader.Progress?) throws -> FeedImportSummary {
        let displayName = path == "-" ? "<stdin>" : path
        var summary = FeedImportSummary(file: displayName)
        let started = Date()
        try writer.writeWithoutTransaction { db in
            try db.beginTransaction()
            var committed = false
            defer { if !committed { try? db.rollback() } }
            var importer = try RecordImporter(db: db, file: displayName, options: options)
            var pending = 0
            let reader = FeedReader(path: path, displayName: displayName, forcedFormat: options.format)
            let result = try reader.read(progress: progress) { item in
                try importer.importItem(item, into: &summary)
                pending += 1
                if pending >= options.batchSize, !options.dryRun {
                    try db.commit()
                    try db.beginTransaction()
                    pending = 0
                }
            }
            summary.bytes = result.bytes
            summary.format = result.format
            summary.records = result.records
            summary.seconds = Date().timeIntervalSince(started)
            if let error = result.error {
                summary.error = error
                summary.diagnostics.append(error)
            }
            try importer.finish(summary)
            if options.dryRun {
                try db.rollback()
            } else {
                try db.commit()
            }
            committed = true
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Records set aside by imports, oldest first.
    public func importRejects() throws -> [ImportReject] {
        try writer.read { db in try ImportReject.order(Column("id")).fetchAll(db) }
    }
}

/// A record an import could not use, kept verbatim with where it was and why.
public struct ImportReject: Sendable, Codable, FetchableRecord, TableRecord {
    public var id: Int64
    public var importRunId: Int64
    public var file: String
    public var line: Int
    public var reason: String
    /// The record's XML as it was in the feed. Personal data: show it only on request.
    public var raw: String
    public var at: Date

    public static let databaseTableName = "importReject"
}
