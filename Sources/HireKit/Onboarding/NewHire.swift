import Foundation
import GRDB

/// A hired candidate on their ramp: the plan's anchor, with manager, mentor and focus areas.
public struct NewHire: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var candidateId: Int64
    public var roleId: String
    /// The role profile version the candidate was hired under; its onboarding plan is used.
    public var roleVersion: Int
    public var hiredOn: CalendarDate
    public var startDate: CalendarDate
    public var managerId: Int64
    public var mentorId: Int64?
    public var businessDays: Bool
    /// Competencies the interviews found weakest, which the ramp should develop first.
    public var focusAreas: [String]
    /// The skill-will quadrant from the interviews, if scored.
    public var quadrant: String?
    /// How the manager should coach: direct, guide, excite or delegate.
    public var coachingStyle: String?
    /// The day the last milestone was done or waived.
    public var rampedOn: CalendarDate?
    public var createdAt: Date

    public static let databaseTableName = "newHire"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public var isRamped: Bool { rampedOn != nil }
}

/// Where a ramp milestone stands.
public enum MilestoneState: String, Sendable, Hashable, Codable, DatabaseValueConvertible {
    case open
    case done
    case waived

    /// Done or waived: no longer owed.
    public var isFinished: Bool { self != .open }
}

/// One milestone of a new hire's plan, with its due date and the person who owns it.
public struct RampMilestone: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var newHireId: Int64
    public var milestoneId: String
    public var title: String
    public var owner: MilestoneOwner
    /// The person who owns it; `nil` for the new hire themselves, or a mentor not yet assigned.
    public var ownerPersonId: Int64?
    public var dueDate: CalendarDate
    public var competencies: [String]
    public var after: [String]
    /// Whether it develops one of the new hire's focus areas.
    public var priority: Bool
    public var state: MilestoneState
    public var completedOn: CalendarDate?
    public var note: String?
    /// Why it was waived, or forced past unfinished dependencies.
    public var reason: String?
    public var updatedBy: String?

    public static let databaseTableName = "rampMilestone"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension MilestoneOwner: DatabaseValueConvertible {}
