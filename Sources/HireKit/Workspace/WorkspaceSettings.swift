import Foundation
import GRDB

/// Workspace-wide settings, such as the time zone that decides what "today" is.
enum WorkspaceSettings {
    static func create(_ db: Database) throws {
        try db.create(table: "setting") { t in
            t.primaryKey("key", .text)
            t.column("value", .text).notNull()
        }
    }

    static let timeZoneKey = "timeZone"

    static func value(_ db: Database, _ key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
    }

    static func set(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(sql: "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", arguments: [key, value])
    }
}

extension Workspace {
    /// The workspace's time zone (set by `hire init --time-zone`, else this machine's).
    public func timeZone() throws -> TimeZone {
        try writer.read { db in try Self.timeZone(db) }
    }

    static func timeZone(_ db: Database) throws -> TimeZone {
        try WorkspaceSettings.value(db, WorkspaceSettings.timeZoneKey).flatMap(TimeZone.init(identifier:)) ?? .current
    }

    /// Today's date in the workspace's time zone: the default of every `--today`.
    public func today() throws -> CalendarDate {
        CalendarDate.today(in: try timeZone())
    }

    /// Sets the time zone that decides what "today" is, by IANA name such as `Europe/Berlin`, or
    /// `UTC`; abbreviations such as `EST` and POSIX forms such as `GMT+5` are refused (see ``TimeZoneName``).
    public func setTimeZone(_ identifier: String, actor: Actor) throws {
        try Policy.require(actor, .manageSettings)
        let identifier = try TimeZoneName.check(identifier)
        try writer.write { db in
            try WorkspaceSettings.set(db, WorkspaceSettings.timeZoneKey, identifier)
            try db.audit(actor, .workspaceTimeZone, detail: identifier)
        }
    }
}
