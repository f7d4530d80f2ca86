import Foundation

/// One reminder message for one person: what they owe and their interviews tomorrow, with the
/// least personal data that does the job (candidate names, rounds and titles; never ratings).
public struct Reminder: Sendable, Hashable {
    public var personId: Int64
    public var personName: String
    public var email: String
    /// The day it reminds of (the day of the sent log).
    public var day: CalendarDate
    /// Overdue items first (most overdue first), then those due or at risk, then tomorrow's interviews.
    public var items: [ReminderItem]

    /// How many items are overdue.
    public var overdueCount: Int { items.filter { $0.section == .overdue }.count }
}

/// One line of a reminder.
public struct ReminderItem: Sendable, Hashable {
    /// Which part of the message it belongs to.
    public enum Section: String, Sendable, Hashable, CaseIterable {
        case overdue
        case due
        case tomorrow

        /// The heading of the section in a message.
        public var heading: String {
            switch self {
            case .overdue: "Overdue"
            case .due: "Due soon"
            case .tomorrow: "Your interviews tomorrow"
            }
        }
    }

    /// Identifies the item in the sent log: the same key is never sent twice on one day.
    public var key: String
    public var section: Section
    public var candidateId: Int64
    /// What it is, in a line: "phone-screen scorecard for Ann Able, due 2026-03-03 10:00 (14 hours late)".
    public var text: String
    /// Where to act on it on the team server, when its address is known.
    public var link: String?
}

/// How handing one reminder to the mail program went.
public enum ReminderOutcome: Sendable, Hashable {
    case sent
    /// Not sent; why, without personal data. It is tried again on the next run.
    case failed(String)
}
