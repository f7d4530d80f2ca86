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
    public var actor: Actor
    /// Records committed per transaction.
    public var batchSize = 2000

    public init(actor: Actor, format: FeedFormat? = nil, role: String? = nil, opening: String? = nil, source: String? = nil, dryRun: Bool = false) {
        self.actor = actor
        self.format = format
        self.role = role
        self.opening = opening
        self.source = source
        self.dryRun = dryRun
    }
}

extension Workspace {
    func importFeed(_ path: String, options: ImportOptions, progress: FeedReader.Progress?) throws -> FeedImportSummary {
        let displayName = path == "-" ? "<stdin>" : path
        var summary = FeedImportSummary(file: displayName)
        let started = Date()
        let reader = FeedReader(path: path, displayName: displayName, forcedFormat: options.format)
        try writer.writeWithoutTransaction { db in
            // The importer inserts a candidate's rows right after the candidate and deletes
            // dependent rows itself, so SQLite's per-row foreign key checks are switched off
            // for the import (outside any transaction, as SQLite requires) and restored after.
            let foreignKeys = try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            // In WAL mode, `synchronous = NORMAL` still leaves an intact database after a crash
            // (the last commits may be lost on power failure, never half-written): commits
            // stop waiting for an fsync each.
            let synchronous = try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 2
            // Checkpoints (copying the WAL into the database, with an fsync each) are held back
            // until the WAL reaches 64 MB instead of SQLite's 4 MB, and one runs at the end: each
            // stalls the import, and the parser with it, for tens of milliseconds.
            let autoCheckpoint = try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? 1000
            let wal = try String.fetchOne(db, sql: "PRAGMA journal_mode")?.lowercased() == "wal"
            try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -8192")
            if wal { try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 16384") }
            // What each commit adds to the WAL is copied into the database meanwhile, on a
            // connection and thread of their own.
            let checkpointer = wal && !options.dryRun ? self.path.flatMap(BackgroundCheckpointer.init(path:)) : nil
            defer {
                checkpointer?.finish()
                try? db.execute(sql: "PRAGMA foreign_keys = \(foreignKeys ? "ON" : "OFF"); PRAGMA cache_size = \(cacheSize)")
                if wal {
                    try? db.execute(sql: "PRAGMA synchronous = \(synchronous); PRAGMA wal_autocheckpoint = \(autoCheckpoint)")
                    let checkpoint = ContinuousClock.now
                    try? db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)")
                    Log.import.debug("checkpointed", metadata: ["checkpointSeconds": "\(Self.seconds(since: checkpoint))"])
                }
            }
            try db.beginTransaction()
            var committed = false
            defer { if !committed { try? db.rollback() } }
            var importer = try RecordImporter(db: db, file: displayName, options: options)
            var pending = 0
            // The parser runs on its own thread and hands batches over; this thread writes them.
            let pipeline = FeedPipeline(reader: reader)
            let clock = ContinuousClock.now
            let writerCPU = threadCPUSeconds()
            pipeline.start()
            do {
                while let batch = pipeline.next() {
                    for item in batch.items {
                        try importer.importItem(item, into: &summary)
                        pending += 1
                        if pending >= options.batchSize, !options.dryRun {
                            try importer.flush()
                            try db.commit()
                            checkpointer?.request()
                            try db.beginTransaction()
                            pending = 0
                        }
                    }
                    progress?(batch.read, batch.total, batch.records)
                    pipeline.recycle(consume batch)
                }
            } catch {
                pipeline.cancel()
                throw error
            }
            let result = try pipeline.result()
            Log.import.debug(
                "feed read and written",
                metadata: [
                    "records": "\(result.records)", "readerCPUSeconds": "\(String(format: "%.3f", pipeline.readerCPUSeconds))",
                    "writerCPUSeconds": "\(String(format: "%.3f", threadCPUSeconds() - writerCPU))",
                    "pipelineSeconds": "\(Self.seconds(since: clock))",
                ])
            let finishing = ContinuousClock.now
            summary.bytes = result.bytes
            summary.format = result.format
            summary.records = result.records
            summary.seconds = Date().timeIntervalSince(started)
            if let error = result.error {
                summary.error = error
                summary.diagnostics.append(error)
            } else if result.records == 0, let root = result.rootElement {
                summary.diagnostics.append(Self.noRecords(root: root, file: reader.displayName))
            }
            try importer.finish(&summary)
            if options.dryRun {
                try db.rollback()
            } else {
                try db.commit()
            }
            committed = true
            Log.import.debug("committed", metadata: ["commitSeconds": "\(Self.seconds(since: finishing))"])
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// The warning for a well-formed feed that held no record Hire reads: an empty batch, or a
    /// format it does not know.
    static func noRecords(root: String, file: String) -> Diagnostic {
        Diagnostic(
            .warning,
            "no applicant records found (the root element is \(root)); Hire reads HR-XML 2.x Candidate and Resume, "
                + "HR-XML 3.x and Europass Candidate, and HR Open 4.x Candidate records",
            file: file, remedy: .forceFeedFormat)
    }

    /// Seconds since `start`, for the debug log.
    static func seconds(since start: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - start
        return String(format: "%.3f", Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
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

    /// The table's columns, for requests.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let importRunId = Column(CodingKeys.importRunId)
        public static let file = Column(CodingKeys.file)
        public static let line = Column(CodingKeys.line)
        public static let reason = Column(CodingKeys.reason)
        public static let raw = Column(CodingKeys.raw)
        public static let at = Column(CodingKeys.at)
    }
}
