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
    static func timeZone(_ db: Database) throws -> TimeZone {
        try WorkspaceSettings.value(db, WorkspaceSettings.timeZoneKey).flatMap(TimeZone.init(identifier:)) ?? .current
    }
}
