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
    /// The new hire as a person of the workspace (made or found by email when hired), so they
    /// can sign in, own milestones by name and see their plan; `nil` without an email.
    public var personId: Int64? = nil

    public static let databaseTableName = "newHire"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public var isRamped: Bool { rampedOn != nil }

    /// The table's columns, for requests.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let candidateId = Column(CodingKeys.candidateId)
        public static let roleId = Column(CodingKeys.roleId)
        public static let roleVersion = Column(CodingKeys.roleVersion)
        public static let hiredOn = Column(CodingKeys.hiredOn)
        public static let startDate = Column(CodingKeys.startDate)
        public static let managerId = Column(CodingKeys.managerId)
        public static let mentorId = Column(CodingKeys.mentorId)
        public static let businessDays = Column(CodingKeys.businessDays)
        public static let focusAreas = Column(CodingKeys.focusAreas)
        public static let quadrant = Column(CodingKeys.quadrant)
        public static let coachingStyle = Column(CodingKeys.coachingStyle)
        public static let rampedOn = Column(CodingKeys.rampedOn)
        public static let createdAt = Column(CodingKeys.createdAt)
        public static let personId = Column(CodingKeys.personId)
    }
}

/// Where a ramp milestone stands.
public enum MilestoneState: String, Sendable, Hashable, Codable, DatabaseValueConvertible {
    case open
    case done
    case waived
    /// Closed because the new hire left: nothing more is owed.
    case left

    /// Done, waived or left: no longer owed.
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

    /// The table's columns, for requests.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let newHireId = Column(CodingKeys.newHireId)
        public static let milestoneId = Column(CodingKeys.milestoneId)
        public static let title = Column(CodingKeys.title)
        public static let owner = Column(CodingKeys.owner)
        public static let ownerPersonId = Column(CodingKeys.ownerPersonId)
        public static let dueDate = Column(CodingKeys.dueDate)
        public static let competencies = Column(CodingKeys.competencies)
        public static let after = Column(CodingKeys.after)
        public static let priority = Column(CodingKeys.priority)
        public static let state = Column(CodingKeys.state)
        public static let completedOn = Column(CodingKeys.completedOn)
        public static let note = Column(CodingKeys.note)
        public static let reason = Column(CodingKeys.reason)
        public static let updatedBy = Column(CodingKeys.updatedBy)
    }
}

extension MilestoneOwner: DatabaseValueConvertible {}

extension RampMilestone {
    /// The milestone as it stood at the end of `day`: one done or waived later was still open.
    public func asOf(_ day: CalendarDate) -> RampMilestone {
        guard state.isFinished, let finished = completedOn, finished > day else { return self }
        var earlier = self
        earlier.state = .open
        earlier.completedOn = nil
        return earlier
    }
}
