import Foundation
import GRDB

/// Workspace settings: time zone, scorecard due hours, HR contact, mail and links.
public struct SettingsService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Workspace settings: time zone, scorecard due hours, HR contact, mail and links.
    public var settings: SettingsService { SettingsService(workspace: self) }
}

extension SettingsService {
    /// Every setting with the value in effect.
    public func list() throws -> [WorkspaceSettingValue] {
        try writer.read { db in try WorkspaceSetting.allCases.map { try Workspace.setting(db, $0) } }
    }

    /// One setting with the value in effect.
    public func get(_ key: WorkspaceSetting) throws -> WorkspaceSettingValue {
        try writer.read { db in try Workspace.setting(db, key) }
    }

    /// How many hours after an interview its scorecard is due.
    public func scorecardDueHours() throws -> Int {
        try writer.read { db in try Workspace.scorecardDueHours(db) }
    }

    /// A setting's stored value, or its default; `nil` when unset with no default.
    public func value(_ key: WorkspaceSetting) throws -> String? {
        try get(key).value
    }

    /// The person who owns HR milestones that name no one, if set.
    public func hrContact() throws -> Int64? {
        try writer.read { db in try Workspace.hrContact(db) }
    }

    /// Validates and stores a setting (admins only); audited. `hr_contact` takes a person's id,
    /// email or name and stores their id. Returns the value now in effect.
    @discardableResult
    public func set(_ key: WorkspaceSetting, to value: String, actor: Actor) throws -> WorkspaceSettingValue {
        try Policy.require(actor, .manageSettings)
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if key == .timeZone {
            try setTimeZone(trimmed, actor: actor)
            return try get(key)
        }
        return try writer.write { db in
            let stored: String
            switch key {
            case .timeZone: preconditionFailure("handled above")
            case .scorecardDueHours:
                guard let hours = Int(trimmed), WorkspaceSetting.scorecardDueHoursRange.contains(hours) else {
                    throw HireError.invalid(
                        "scorecard_due_hours is a whole number of hours from \(WorkspaceSetting.scorecardDueHoursRange.lowerBound) to \(WorkspaceSetting.scorecardDueHoursRange.upperBound), not '\(trimmed)'")
                }
                stored = "\(hours)"
            case .hrContact:
                let person = try Workspace.person(db, trimmed)
                if person.retiredAt != nil {
                    throw HireError.invalid("\(person.name) (person \(person.id!)) is retired and cannot be the HR contact")
                }
                stored = "\(person.id!)"
            case .baseURL:
                guard let url = URL(string: trimmed), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host?.isEmpty == false,
                    url.query == nil, url.fragment == nil
                else { throw HireError.invalid("base_url is the server's address, such as https://hire.example.com, not '\(trimmed)'") }
                stored = trimmed.hasSuffix("/") ? String(trimmed.dropLast()) : trimmed
            case .mailFrom:
                guard MailAddress(trimmed) != nil else {
                    throw HireError.invalid("mail_from is an email address, or Name <address>")
                }
                stored = trimmed
            case .sendmail:
                guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                    throw HireError.invalid("sendmail is a program and its arguments, on one line")
                }
                stored = trimmed
            }
            try WorkspaceSettings.set(db, key.storageKey, stored)
            try db.audit(actor, .workspaceSetting, subject: key.rawValue, detail: key == .mailFrom ? nil : stored)
            return try Workspace.setting(db, key)
        }
    }

    /// The workspace's time zone (set by `hire init --time-zone`, else this machine's).
    public func timeZone() throws -> TimeZone {
        try writer.read { db in try Workspace.timeZone(db) }
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
