import Foundation
import GRDB
import GRDBSQLite

extension Workspace {
    /// Whether this process may change the file at `path` and create files beside it
    /// (the write-ahead log and its index).
    static func isWritable(_ path: String) -> Bool {
        let directory = (path as NSString).deletingLastPathComponent
        return Foundation.access(path, W_OK) == 0 && Foundation.access(directory.isEmpty ? "." : directory, W_OK) == 0
    }

    /// Opens a workspace without ever writing to it or creating a file beside it.
    ///
    /// When no write-ahead log lies beside the file, no other process is writing, and SQLite is
    /// told the file is immutable: it takes no locks and creates no `-shm`. With a log present,
    /// another process may be writing, so the file is opened read-only with the usual locking.
    ///
    /// With `requireCurrent` (the default), a workspace lacking migrations is refused, since it
    /// cannot be upgraded; restoring from an older backup reads it as it is.
    static func connectReadOnly(path: String, requireCurrent: Bool = true) throws -> Workspace {
        do {
            try checkIsDatabase(path, allowEmpty: false)
            var configuration = configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: readOnlyLocation(path), configuration: configuration)
            let pending = try queue.read { db in
                try checkCompatible(db, path: path, allowBlank: false)
                let applied = try WorkspaceMigrations.migrator.appliedIdentifiers(db)
                return WorkspaceMigrations.migrator.migrations.filter { !applied.contains($0) }
            }
            if requireCurrent && !pending.isEmpty {
                try? queue.close()
                throw HireError.workspace(
                    "\(path) was written by an older Hire and must be upgraded, but it is read-only; make it writable once (the workspace was not changed)")
            }
            return Workspace(writer: queue, path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw HireError.workspace("\(path) is not a Hire workspace (not a SQLite database); it is left untouched")
        } catch let error as DatabaseError {
            throw HireError.workspace("cannot open workspace \(path) read-only: \(error.message ?? error.resultCode.description)")
        }
    }

    /// The name to open `path` by: an `immutable` URI when no `-wal` file exists and this SQLite
    /// reads URIs, else the plain path.
    static func readOnlyLocation(_ path: String) -> String {
        guard !FileManager.default.fileExists(atPath: path + "-wal"), sqlite3_compileoption_used("USE_URI") == 1 else { return path }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        guard let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) else { return path }
        return "file:\(encoded)?immutable=1"
    }

    /// Whether this workspace was opened read-only.
    public var isReadOnly: Bool { writer.configuration.readonly }
}
