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
    /// Share of milestones done or waived, 0-100.
    public var percentDone: Double
    /// Share of the plan's time (start to the last due date) elapsed, 0-100.
    public var percentElapsed: Double
    public var overdue: Int
    public var atRisk: Int
    /// The earliest open milestone.
    public var nextDue: NextDue?
    public var rampedOn: CalendarDate?

    public struct NextDue: Sendable, Hashable, Codable {
        public var milestone: String
        public var title: String
        public var dueDate: CalendarDate
    }

    /// Computes the summary of a plan's milestones on `today`.
    static func progress(_ milestones: [RampMilestone], start: CalendarDate, today: CalendarDate)
        -> (finished: Int, percentDone: Double, percentElapsed: Double, overdue: Int, atRisk: Int, next: NextDue?)
    {
        let states = Dictionary(milestones.map { ($0.milestoneId, $0.state) }, uniquingKeysWith: { first, _ in first })
        var overdue = 0
        var atRisk = 0
        var finished = 0
        var next: RampMilestone?
        for milestone in milestones {
            switch MilestoneStatus.of(milestone, today: today, states: states) {
            case .done, .waived: finished += 1
            case .overdue: overdue += 1
            case .atRisk: atRisk += 1
            case .open: break
            }
            if milestone.state == .open, next == nil || (milestone.dueDate, milestone.milestoneId) < (next!.dueDate, next!.milestoneId) {
                next = milestone
            }
        }
        let percentDone = milestones.isEmpty ? 100 : Double(finished) / Double(milestones.count) * 100
        let end = milestones.map(\.dueDate).max() ?? start
        let span = max(1, start.days(until: end))
        let percentElapsed = min(100, max(0, Double(start.days(until: today)) / Double(span) * 100))
        return (
            finished, (percentDone * 10).rounded() / 10, (percentElapsed * 10).rounded() / 10, overdue, atRisk,
            next.map { NextDue(milestone: $0.milestoneId, title: $0.title, dueDate: $0.dueDate) }
        )
    }
}
