/// One new hire's progress on a day, as a row of `hire ramp status`.
public struct RampSummary: Sendable, Hashable, Codable {
    public var newHireId: Int64
    public var candidateId: Int64
    public var name: String
    public var roleId: String
    public var manager: String
    public var mentor: String?
    public var startDate: CalendarDate
    public var milestones: Int
    public var finished: Int
    /// Share of milestones done or waived, 0-100 (those closed when the hire left are neither).
    public var percentDone: Double
    /// Share of the plan's time (start to the last due date) elapsed, 0-100.
    public var percentElapsed: Double
    public var overdue: Int
    public var atRisk: Int
    /// The earliest open milestone.
    public var nextDue: NextDue?
    public var rampedOn: CalendarDate?
    /// The day the hire left, if they had by the day of the summary: the ramp ended there.
    public var leftOn: CalendarDate? = nil

    public struct NextDue: Sendable, Hashable, Codable {
        public var milestone: String
        public var title: String
        public var dueDate: CalendarDate
    }

    /// The facts about a milestone that its status depends on.
    struct Facts {
        var id: String
        var title: String
        var due: CalendarDate
        var state: MilestoneState
        var after: [String]

        init(id: String, title: String, due: CalendarDate, state: MilestoneState, after: [String]) {
            self.id = id
            self.title = title
            self.due = due
            self.state = state
            self.after = after
        }

        init(_ milestone: RampMilestone) {
            self.init(id: milestone.milestoneId, title: milestone.title, due: milestone.dueDate, state: milestone.state, after: milestone.after)
        }
    }

    /// Computes the summary of a plan's milestones on `today`.
    static func progress(_ milestones: [RampMilestone], start: CalendarDate, today: CalendarDate)
        -> (finished: Int, percentDone: Double, percentElapsed: Double, overdue: Int, atRisk: Int, next: NextDue?)
    {
        progress(milestones.map(Facts.init), start: start, today: today)
    }

    static func progress(_ milestones: [Facts], start: CalendarDate, today: CalendarDate)
        -> (finished: Int, percentDone: Double, percentElapsed: Double, overdue: Int, atRisk: Int, next: NextDue?)
    {
        var states: [String: MilestoneStatus.Prerequisite] = [:]
        if milestones.contains(where: { !$0.after.isEmpty }) {
            states.reserveCapacity(milestones.count)
            for milestone in milestones { states[milestone.id] = MilestoneStatus.Prerequisite(state: milestone.state, due: milestone.due) }
        }
        var overdue = 0
        var atRisk = 0
        var finished = 0
        var next: Facts?
        for milestone in milestones {
            switch MilestoneStatus.of(state: milestone.state, due: milestone.due, after: milestone.after, today: today, states: states) {
            case .done, .waived: finished += 1
            case .left: break  // closed unfinished: leaving is not ramping
            case .overdue: overdue += 1
            case .atRisk: atRisk += 1
            case .open: break
            }
            if milestone.state == .open, next == nil || (milestone.due, milestone.id) < (next!.due, next!.id) {
                next = milestone
            }
        }
        let percentDone = milestones.isEmpty ? 100 : Double(finished) / Double(milestones.count) * 100
        let end = milestones.map(\.due).max() ?? start
        let span = max(1, start.days(until: end))
        let percentElapsed = min(100, max(0, Double(start.days(until: today)) / Double(span) * 100))
        return (
            finished, (percentDone * 10).rounded() / 10, (percentElapsed * 10).rounded() / 10, overdue, atRisk,
            next.map { NextDue(milestone: $0.id, title: $0.title, dueDate: $0.due) }
        )
    }
}
