import Foundation
import GRDB

/// Applicant-feed import: streaming HR-XML and HR Open feeds into the workspace.
public struct ImportService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Applicant-feed import: streaming HR-XML and HR Open feeds into the workspace.
    public var imports: ImportService { ImportService(workspace: self) }
}

extension ImportService {
    /// Imports applicant feeds, file by file, committing records in batches.
    ///
    /// A record that cannot become a candidate is kept verbatim in the rejects area and the
    /// others are imported. A feed that is not well-formed keeps the complete records before
    /// the break. Re-importing is idempotent: the same person is found again by
    /// (source, external id) or by email. With `dryRun`, every change is rolled back.
    public func run(_ paths: [String], options: ImportOptions, progress: FeedReader.Progress? = nil) throws -> ImportSummary {
        try Policy.require(options.actor, .importFeeds)
        try writer.read { db in
            if let role = options.role { _ = try Workspace.roleVersion(db, role: role) }
            if let opening = options.opening {
                let found = try Workspace.opening(db, opening)
                if let role = options.role, role != found.roleId {
                    throw HireError.invalid("opening '\(opening)' is for role '\(found.roleId)', not '\(role)'")
                }
            }
        }
        var summary = ImportSummary(dryRun: options.dryRun)
        for path in paths {
            summary.files.append(try workspace.importFeed(path, options: options, progress: progress))
        }
        return summary
    }

    /// Records set aside by imports, oldest first.
    public func rejects() throws -> [ImportReject] {
        try writer.read { db in try ImportReject.order(ImportReject.Columns.id).fetchAll(db) }
    }
}
