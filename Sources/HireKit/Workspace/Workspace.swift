import Foundation
import GRDB

/// The embedded SQLite database that holds a team's roles, candidates, scorecards and ramps.
///
/// Every method that writes does so in one transaction: a failing call leaves the
/// workspace as it was. The file is created readable by its owner only.
public struct Workspace: Sendable {
    /// The default file name, in the current directory.
    public static let defaultPath = "hire.sqlite"

    /// `PRAGMA application_id` of a Hire workspace ("HIRE").
    static let applicationID: Int32 = 0x4849_5245

    /// The database connection. Private to the library: every write goes through a service
    /// that asks the policy and records the actor in the audit log.
    let writer: any DatabaseWriter
    /// Read-only access to the database, for queries the services do not offer.
    public var reader: any DatabaseReader { writer }
    /// The file path, or `nil` for an in-memory workspace.
    public let path: String?

    /// Where ``revision()`` reads.
    let revisions: RevisionReader

    init(writer: any DatabaseWriter, path: String?) {
        self.writer = writer
        self.path = path
        revisions = RevisionReader(writer: writer, path: path)
    }

    /// Opens an existing workspace, running any migrations it lacks.
    ///
    /// Fails with a message that says how to create one if the file does not exist, and
    /// refuses files that are not Hire workspaces (an empty file included) or were written by a
    /// newer Hire. A workspace this process may not write (its file or its folder is read-only)
    /// is opened read-only, see ``open(at:readOnly:)``.
    public static func open(at path: String) throws -> Workspace {
        try open(at: path, readOnly: !isWritable(path))
    }

    /// Opens an existing workspace; with `readOnly`, it is never written and nothing is created
    /// beside it: reads work, and any change fails with an error saying the workspace is read-only.
    public static func open(at path: String, readOnly: Bool) throws -> Workspace {
        guard FileManager.default.fileExists(atPath: path) else {
            throw HireError.workspace("no workspace at \(path)", remedy: .createWorkspace)
        }
        if readOnly { return try connectReadOnly(path: path) }
        return try connect(path: path, creating: false)
    }

    /// Creates a new workspace file (mode 0600); fails if one already exists at `path`.
    public static func create(at path: String) throws -> Workspace {
        if FileManager.default.fileExists(atPath: path) {
            throw HireError.conflict("\(path) already exists; it is left untouched")
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            throw HireError.io("cannot create \(path): the folder \(directory) does not exist")
        }
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else { throw HireError.io("cannot create \(path): \(String(cString: strerror(errno)))") }
        close(fd)
        do {
            return try connect(path: path, creating: true)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    /// A private workspace in memory, for tests and one-off computations.
    public static func inMemory() throws -> Workspace {
        let queue = try DatabaseQueue(configuration: configuration())
        try prepare(queue, path: ":memory:")
        return Workspace(writer: queue, path: nil)
    }

    private static func connect(path: String, creating: Bool) throws -> Workspace {
        do {
            try checkIsDatabase(path, allowEmpty: creating)
            try inspectReadOnly(path, allowBlank: creating)
            let pool = try DatabasePool(path: path, configuration: configuration())
            try prepare(pool, path: path)
            return Workspace(writer: pool, path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw HireError.workspace("\(path) is not a Hire workspace (not a SQLite database); it is left untouched")
        } catch let error as DatabaseError {
            throw HireError.workspace("cannot open workspace \(path): \(error.message ?? error.resultCode.description)")
        }
    }

    /// Reads the SQLite header before SQLite touches the file, so a non-database is never altered.
    /// Only a file just created for a new workspace may be empty.
    static func checkIsDatabase(_ path: String, allowEmpty: Bool) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw HireError.workspace("cannot read workspace \(path)")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty {
            if allowEmpty { return }
            throw HireError.workspace("\(path) is an empty file, not a Hire workspace; it is left untouched")
        }
        if header != Data("SQLite format 3\0".utf8) {
            throw HireError.workspace("\(path) is not a Hire workspace (not a SQLite database); it is left untouched")
        }
    }

    /// Checks, without writing, that an existing file is a Hire workspace this version can open.
    private static func inspectReadOnly(_ path: String, allowBlank: Bool) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return }
        var configuration = configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        try queue.read { db in try checkCompatible(db, path: path, allowBlank: allowBlank) }
    }

    /// Refuses a database that is not a Hire workspace; a blank one (no tables) only when `allowBlank`.
    static func checkCompatible(_ db: Database, path: String, allowBlank: Bool = true) throws {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        if applicationID != Self.applicationID && !(allowBlank && applicationID == 0 && tables.isEmpty) {
            throw HireError.workspace("\(path) is a SQLite database but not a Hire workspace; it is left untouched")
        }
        if tables.contains("grdb_migrations"), try WorkspaceMigrations.migrator.hasBeenSuperseded(db) {
            throw HireError.workspace(
                "\(path) was written by a newer version of Hire; upgrade Hire to open it (the workspace was not changed)")
        }
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        configuration.label = "HireWorkspace"
        return configuration
    }

    /// Checks the file, then migrates and marks it only if needed, so that opening an
    /// up-to-date workspace for reading never takes the write lock.
    private static func prepare(_ writer: any DatabaseWriter, path: String) throws {
        let migrator = WorkspaceMigrations.migrator
        let (applied, marked) = try writer.read { db in
            try checkCompatible(db, path: path)
            return (try migrator.appliedIdentifiers(db), try Int32.fetchOne(db, sql: "PRAGMA application_id") == Self.applicationID)
        }
        let pending = migrator.migrations.filter { !applied.contains($0) }
        if !pending.isEmpty {
            try migrator.migrate(writer)
            Log.workspace.info("migrated workspace", metadata: ["migrations": "\(pending.joined(separator: ","))"])
        }
        if !marked {
            try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)") }
        }
    }

    /// The names of the migrations applied to this workspace, oldest first.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try WorkspaceMigrations.migrator.appliedMigrations(db) }
    }
}
