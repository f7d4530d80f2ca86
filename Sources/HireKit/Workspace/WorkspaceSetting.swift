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
    /// The team server's address, for links in reminders and calendars (`https://hire.example.com`).
    case baseURL = "base_url"
    /// The sender of reminders: an address, or `Name <address>`.
    case mailFrom = "mail_from"
    /// The sendmail-compatible program reminders are handed to (default `/usr/sbin/sendmail -t -i`).
    case sendmail = "sendmail"

    /// The key the `setting` table stores it under.
    var storageKey: String {
        switch self {
        case .timeZone: WorkspaceSettings.timeZoneKey
        case .scorecardDueHours: "scorecardDueHours"
        case .hrContact: "hrContact"
        case .baseURL: "baseURL"
        case .mailFrom: "mailFrom"
        case .sendmail: "sendmail"
        }
    }

    /// What the setting is for, in a sentence.
    public var summary: String {
        switch self {
        case .timeZone: "the IANA time zone that decides what today is for due dates"
        case .scorecardDueHours: "hours after an interview its scorecard is due (1 to 720)"
        case .hrContact: "the person who owns HR milestones that name no one"
        case .baseURL: "the team server's address, for links in reminders and calendars"
        case .mailFrom: "the sender of reminders: an address, or Name <address>"
        case .sendmail: "the sendmail-compatible program reminders go to"
        }
    }

    /// The range `scorecard_due_hours` may take.
    public static let scorecardDueHoursRange = 1...720
    /// `scorecard_due_hours` when it was never set.
    public static let defaultScorecardDueHours = 24
    /// `sendmail` when it was never set.
    public static let defaultSendmail = "/usr/sbin/sendmail -t -i"
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
        case .sendmail:
            return WorkspaceSettingValue(key: key, value: stored ?? WorkspaceSetting.defaultSendmail, isDefault: stored == nil)
        case .baseURL, .mailFrom:
            return WorkspaceSettingValue(key: key, value: stored, isDefault: false)
        }
    }

    static func scorecardDueHours(_ db: Database) throws -> Int {
        try WorkspaceSettings.value(db, WorkspaceSetting.scorecardDueHours.storageKey).flatMap(Int.init)
            ?? WorkspaceSetting.defaultScorecardDueHours
    }

    static func hrContact(_ db: Database) throws -> Int64? {
        try WorkspaceSettings.value(db, WorkspaceSetting.hrContact.storageKey).flatMap(Int64.init)
    }
}
