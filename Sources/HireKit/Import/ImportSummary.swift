import Foundation

/// What importing one feed file did (or, in a dry run, would do).
public struct FeedImportSummary: Sendable, Codable {
    public var file: String
    public var format: FeedFormat?
    public var bytes: Int64 = 0
    public var records = 0
    /// New candidates.
    public var imported = 0
    /// Candidates found by (source, external id) whose data changed.
    public var updated = 0
    /// Candidates found again with nothing new.
    public var unchanged = 0
    /// Candidates found by email and merged with the record.
    public var merged = 0
    /// Records set aside in the rejects area.
    public var rejected = 0
    /// Elements Hire does not model, by name, with how often they occurred.
    public var skipped: [String: Int] = [:]
    /// Positions the records cite that are not openings of the workspace, with how many
    /// candidates cite each and have no opening: adding the opening attaches them.
    public var missingOpenings: [String: Int] = [:]
    public var seconds: Double = 0
    /// One diagnostic per rejected record, and the document error if reading stopped early.
    public var diagnostics: [Diagnostic] = []
    /// Why the document could not be read to its end, if so.
    public var error: Diagnostic?

    public init(file: String) { self.file = file }

    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }
}

/// What an import of one or more feeds did.
public struct ImportSummary: Sendable, Codable {
    public var dryRun: Bool
    public var files: [FeedImportSummary] = []

    public init(dryRun: Bool) { self.dryRun = dryRun }

    public var imported: Int { files.reduce(0) { $0 + $1.imported } }
    public var updated: Int { files.reduce(0) { $0 + $1.updated } }
    public var unchanged: Int { files.reduce(0) { $0 + $1.unchanged } }
    public var merged: Int { files.reduce(0) { $0 + $1.merged } }
    public var rejected: Int { files.reduce(0) { $0 + $1.rejected } }
    public var bytes: Int64 { files.reduce(0) { $0 + $1.bytes } }
    public var seconds: Double { files.reduce(0) { $0 + $1.seconds } }
    public var skipped: [String: Int] { files.reduce(into: [:]) { total, file in total.merge(file.skipped, uniquingKeysWith: +) } }
    /// Positions cited that are not openings, over every feed (a candidate in two feeds counts twice).
    public var missingOpenings: [String: Int] {
        files.reduce(into: [:]) { total, file in total.merge(file.missingOpenings, uniquingKeysWith: +) }
    }
    /// Whether some feed could not be read to its end.
    public var failed: Bool { files.contains { $0.error != nil } }

    /// How the import went: everything, some records set aside, or a feed that failed.
    public enum Outcome: String, Sendable, Codable {
        case success, partial, failure
    }

    public var outcome: Outcome {
        if failed { return .failure }
        return rejected > 0 ? .partial : .success
    }
}
