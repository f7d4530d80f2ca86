import Foundation
import GRDB

/// A workspace-wide setting, by the name users give it.
public enum WorkspaceSetting: String, Sendable, Hashable, Codable, CaseIterable {
    /// The IANA time zone that decides what "today" is for due dates.
    case timeZone = "time_zone"
    /// How many hours after an interview its scorecard is due (1 to 720; default 24).
    case scorecardDueHours = "scorecard_due_hours"
    /// The person who owns HR milestones that name no one (stored as their person id).
    case hrContact = "hr_contact"

    /// The key the `setting` table stores it under.
    var storageKey: String {
        switch self {
        case .timeZone: WorkspaceSettings.timeZoneKey
        case .scorecardDueHours: "scorecardDueHours"
        case .hrContact: "hrContact"
        }
    }

    /// What the setting is for, in a sentence.
    public var summary: String {
        switch self {
        case .timeZone: "the IANA time zone that decides what today is for due dates"
        case .scorecardDueHours: "hours after an interview its scorecard is due (1 to 720)"
        case .hrContact: "the person who owns HR milestones that name no one"
        }
    }

    /// The range `scorecard_due_hours` may take.
    public static let scorecardDueHoursRange = 1...720
    /// `scorecard_due_hours` when it was never set.
    public static let defaultScorecardDueHours = 24
}

/// A setting's value as shown: what is stored, or the default in effect.
public struct WorkspaceSettingValue: Sendable, Hashable, Codable {
    public var key: WorkspaceSetting
    /// The value in effect: a time zone name, a number of hours, a person id; `nil` when unset with no default.
    public var value: String?
    /// Whether `value` is the default rather than something set.
    public var isDefault: Bool
    /// The person `hr_contact` names, for display.
    public var personName: String?
}

extension Workspace {
    /// Every setting with the value in effect.
    public func settings() throws -> [WorkspaceSettingValue] {
        try writer.read { db in try WorkspaceSetting.allCases.map { try Self.setting(db, $0) } }
    }

    /// One setting with the value in effect.
    public func setting(_ key: WorkspaceSetting) throws -> WorkspaceSettingValue {
        try writer.read { db in try Self.setting(db, key) }
    }

    static func setting(_ db: Database, _ key: WorkspaceSetting) throws -> WorkspaceSettingValue {
        let stored = try WorkspaceSettings.value(db, key.storageKey)
        switch key {
        case .timeZone:
            return WorkspaceSettingValue(key: key, value: stored ?? TimeZone.current.identifier, isDefault: stored == nil)
        case .scorecardDueHours:
            return WorkspaceSettingValue(
                key: key, value: stored ?? "\(WorkspaceSetting.defaultScorecardDueHours)", isDefault: stored == nil)
        case .hrContact:
            let name = try stored.flatMap(Int64.init).flatMap { try Person.fetchOne(db, key: $0)?.name }
            return WorkspaceSettingValue(key: key, value: stored, isDefault: false, personName: name)
        }
    }

    /// How many hours after an interview its scorecard is due.
    public func scorecardDueHours() throws -> Int {
        try writer.read { db in try Self.scorecardDueHours(db) }
    }

    static func scorecardDueHours(_ db: Database) throws -> Int {
        try WorkspaceSettings.value(db, WorkspaceSetting.scorecardDueHours.storageKey).flatMap(Int.init)
            ?? WorkspaceSetting.defaultScorecardDueHours
    }

    /// The person who owns HR milestones that name no one, if set.
    public func hrContact() throws -> Int64? {
        try writer.read { db in try Self.hrContact(db) }
    }

    static func hrContact(_ db: Database) throws -> Int64? {
        try WorkspaceSettings.value(db, WorkspaceSetting.hrContact.storageKey).flatMap(Int64.init)
    }

    /// Validates and stores a setting (admins only); audited. `hr_contact` takes a person's id,
    /// email or name and stores their id. Returns the value now in effect.
    @discardableResult
    public func setSetting(_ key: WorkspaceSetting, to value: String, actor: Actor) throws -> WorkspaceSettingValue {
        try Policy.require(actor, .manageSettings)
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if key == .timeZone {
            try setTimeZone(trimmed, actor: actor)
            return try setting(key)
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
                let person = try Self.person(db, trimmed)
                if person.retiredAt != nil {
                    throw HireError.invalid("\(person.name) (person \(person.id!)) is retired and cannot be the HR contact")
                }
                stored = "\(person.id!)"
            }
            try WorkspaceSettings.set(db, key.storageKey, stored)
            try db.audit(actor, .workspaceSetting, subject: key.rawValue, detail: stored)
            return try Self.setting(db, key)
        }
    }
}
