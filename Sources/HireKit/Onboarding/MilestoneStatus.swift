/// The status of a milestone on a given day, as `hire ramp status` reports it.
///
/// The rules, in order:
/// - **done** / **waived**: finished, whatever the date.
/// - **overdue**: open and its due date has passed.
/// - **at risk**: open and due within the next ``MilestoneStatus/atRiskWindow`` days, or blocked by a
///   dependency (`after`) that is not yet done or waived.
/// - **open**: anything else.
public enum MilestoneStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case done
    case waived
    case open
    case atRisk = "at-risk"
    case overdue

    /// How many days ahead an open milestone counts as at risk.
    public static let atRiskWindow = 7

    /// The status of `milestone` on `today`, given the states of the plan's other milestones.
    public static func of(_ milestone: RampMilestone, today: CalendarDate, states: [String: MilestoneState]) -> MilestoneStatus {
        of(state: milestone.state, due: milestone.dueDate, after: milestone.after, today: today, states: states)
    }

    static func of(state: MilestoneState, due: CalendarDate, after: [String], today: CalendarDate, states: [String: MilestoneState])
        -> MilestoneStatus
    {
        switch state {
        case .done: return .done
        case .waived: return .waived
        case .open: break
        }
        if due < today { return .overdue }
        if today.days(until: due) <= atRiskWindow { return .atRisk }
        if after.contains(where: { !(states[$0]?.isFinished ?? true) }) { return .atRisk }
        return .open
    }
}
