import Foundation

/// One thing someone owes: a scorecard for an interview that has taken place, a ramp milestone
/// that is overdue or at risk, or a 1:1 check-in not held. `hire owed`, reminders and the
/// server all read these from ``Workspace/owed(today:person:as:now:)``.
public struct OwedItem: Sendable, Hashable, Codable {
    /// What kind of thing is owed.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case scorecard
        case milestone
        case checkIn = "check-in"
    }

    /// How late it is.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Past its due time.
        case overdue
        /// A milestone due within the at-risk window, or blocked by an overdue one.
        case atRisk = "at-risk"
        /// Owed and due, but not yet late (a scorecard within its due hours, a check-in due today).
        case due
    }

    public var kind: Kind
    public var status: Status
    /// Who owes it; `nil` when nobody does yet (a new hire's own milestone, a mentor milestone
    /// with no mentor assigned, an HR milestone with no HR contact set).
    public var personId: Int64?
    public var personName: String?
    /// The candidate or new hire it concerns.
    public var candidateId: Int64
    public var candidateName: String
    /// The round (scorecards), milestone id (milestones) or check-in number (`check-in-2`).
    public var subject: String
    /// A few words on what is owed: the milestone's title, "1:1 check-in 2 (day 60)", "role-play scorecard".
    public var title: String
    /// When it fell or falls due: a scorecard `scorecard_due_hours` after its interview; a
    /// milestone or check-in at the end of its due day in the workspace's time zone.
    public var dueAt: Date
    /// The due day in the workspace's time zone.
    public var dueDate: CalendarDate
    /// Whole hours from due to now: negative while not yet due.
    public var hoursOverdue: Int
    /// Scorecards: whole hours since the interview took place.
    public var hoursSinceInterview: Int?
    /// Scorecards: the interview it is for.
    public var interviewId: Int64?
    /// Milestones: who owns it by the plan (manager, mentor, hr, new_hire).
    public var milestoneOwner: MilestoneOwner?
}

extension OwedItem {
    /// Hours as people say them: "1 hour", "30 hours", then whole days from 48 hours ("3 days").
    public static func hoursText(_ hours: Int) -> String {
        if hours < 48 { return hours == 1 ? "1 hour" : "\(hours) hours" }
        return "\(hours / 24) days"
    }
}
