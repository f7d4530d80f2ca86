import GRDB

extension Workspace {
    /// Whether a newer Hire has migrated this workspace since it was opened (it holds
    /// migrations this version does not know). A cheap read of the migrations table, for a
    /// long-running process such as the team server to check now and then.
    public func isMigratedByNewerHire() throws -> Bool {
        try writer.read { db in try WorkspaceMigrations.migrator.hasBeenSuperseded(db) }
    }
}
