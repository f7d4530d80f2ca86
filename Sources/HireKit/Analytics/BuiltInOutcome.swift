/// The outcomes Hire computes itself, which validity can be measured against (besides imported metrics).
public enum BuiltInOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// Days from the start date to ramped (every milestone done or waived); lower is better.
    case timeToRamp = "time-to-ramp"
    /// 1 when the hire ramped by the plan's last due date, 0 when later, or when they left or are past it unramped.
    case rampedOnPlan = "ramped-on-plan"
    /// The mean of the day-90 check-in observations (the latest after day 60 and up to day 90) over the role's competencies.
    case day90 = "day-90"
    /// 1 when the hire was still there 180 days after the start, 0 when they left before.
    case retained180 = "retained-180"
    /// 1 when the hire was still there 365 days after the start, 0 when they left before.
    case retained365 = "retained-365"

    /// Whether a lower value is the better outcome.
    public var lowerIsBetter: Bool { self == .timeToRamp }
}
