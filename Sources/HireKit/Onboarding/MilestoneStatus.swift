/// The status of a milestone on a given day, as `hire ramp status` reports it.
///
/// The rules, in order:
/// - **done** / **waived** / **left**: finished, whatever the date (left: closed when the hire left).
/// - **overdue**: open and its due date has passed.
/// - **at risk**: open and due within the next ``MilestoneStatus/atRiskWindow`` days, or blocked: a
///   milestone it comes after (`after`) is unfinished and already overdue. A dependency that is
///   unfinished but not yet due is ordinary sequencing, not a risk; flagging it would mark most of
///   a fresh 90-day plan at risk on day one.
/// - **open**: anything else.
public enum MilestoneStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case done
    case waived
    /// Closed when the new hire left.
    case left
    case open
    case atRisk = "at-risk"
    case overdue

    /// What the status of a later milestone needs to know about one it comes after.
    public struct Prerequisite: Sendable, Hashable {
        public var state: MilestoneState
        public var due: CalendarDate

        public init(state: MilestoneState, due: CalendarDate) {
            self.state = state
            self.due = due
        }
    }

    /// The prerequisites of a plan, by milestone id.
    public static func prerequisites(_ milestones: [RampMilestone]) -> [String: Prerequisite] {
        Dictionary(milestones.map { ($0.milestoneId, Prerequisite(state: $0.state, due: $0.dueDate)) }, uniquingKeysWith: { first, _ in first })
    }

    /// How many days ahead an open milestone counts as at risk.
    public static let atRiskWindow = 7

    /// The status of `milestone` on `today`, given the states of the plan's other milestones.
    public static func of(_ milestone: RampMilestone, today: CalendarDate, states: [String: Prerequisite]) -> MilestoneStatus {
        of(state: milestone.state, due: milestone.dueDate, after: milestone.after, today: today, states: states)
    }

    static func of(state: MilestoneState, due: CalendarDate, after: [String], today: CalendarDate, states: [String: Prerequisite])
        -> MilestoneStatus
    {
        switch state {
        case .done: return .done
        case .waived: return .waived
        case .left: return .left
        case .open: break
        }
        if due < today { return .overdue }
        if today.days(until: due) <= atRiskWindow { return .atRisk }
        if after.contains(where: { dependency in
            guard let prerequisite = states[dependency], !prerequisite.state.isFinished else { return false }
            return prerequisite.due < today
        }) { return .atRisk }
        return .open
    }
}
