import Foundation
import GRDB

/// The outcome of a hiring debrief.
public enum DecisionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case hire
    case reject
}

extension DecisionKind: DatabaseValueConvertible {}

/// A recorded hire or reject decision: who decided, when, why, and any override of the scores.
public struct Decision: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord, Identifiable {
    public var id: Int64?
    public var candidateId: Int64
    public var kind: DecisionKind
    public var reason: String?
    /// Why a hire went ahead despite a failed must-have or incomplete scorecards.
    public var override: String?
    /// The first working day of a hire.
    public var startDate: CalendarDate?
    /// The hiring manager of a hire (a person id).
    public var managerId: Int64?
    /// Why a hire starts more than ``lateStartYears`` years after the decision.
    public var lateStartReason: String?
    public var actor: String
    public var at: Date

    public static let databaseTableName = "decision"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The table's columns, for requests.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let candidateId = Column(CodingKeys.candidateId)
        public static let kind = Column(CodingKeys.kind)
        public static let reason = Column(CodingKeys.reason)
        public static let override = Column(CodingKeys.override)
        public static let startDate = Column(CodingKeys.startDate)
        public static let managerId = Column(CodingKeys.managerId)
        public static let lateStartReason = Column(CodingKeys.lateStartReason)
        public static let actor = Column(CodingKeys.actor)
        public static let at = Column(CodingKeys.at)
    }
}

/// A hire or reject decision to record.
public struct DecisionRequest: Sendable {
    public var candidate: CandidateID
    public var kind: DecisionKind
    public var reason: String?
    public var override: String?
    /// The first working day; required for a hire.
    public var startDate: CalendarDate?
    /// The hiring manager; required for a hire.
    public var manager: PersonID?
    /// When the decision is recorded (default: now).
    public var at: Date?
    /// Count the ramp plan's due days as business days, overriding the profile (hire).
    public var businessDays: Bool?
    /// Why a hire may start more than ``Decision/lateStartYears`` years after the decision (hire).
    public var lateStartReason: String?

    public init(
        candidate: CandidateID, kind: DecisionKind, reason: String? = nil, override: String? = nil, startDate: CalendarDate? = nil,
        manager: PersonID? = nil, at: Date? = nil, businessDays: Bool? = nil
    ) {
        self.businessDays = businessDays
        self.candidate = candidate
        self.kind = kind
        self.reason = reason
        self.override = override
        self.startDate = startDate
        self.manager = manager
        self.at = at
    }
}
