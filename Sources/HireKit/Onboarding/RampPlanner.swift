/// Turns a role's onboarding plan into a new hire's dated milestones, and picks the
/// competencies the ramp should focus on.
public enum RampPlanner {
    /// The due date of a milestone `dueDay` days after `start`, in calendar or business days.
    public static func dueDate(start: CalendarDate, dueDay: Int, businessDays: Bool) -> CalendarDate {
        businessDays ? start.adding(businessDays: dueDay) : start.adding(days: dueDay)
    }

    /// The competencies the interviews found weakest: a mean below the scale's midpoint, or
    /// within one point of (or below) a must-have minimum. Weakest first.
    public static func focusAreas(profile: RoleProfile, means: [String: Double]) -> [String] {
        let weak = profile.competencies.compactMap { competency -> (String, Double)? in
            guard let mean = means[competency.id] else { return nil }
            let belowMidpoint = mean < profile.scale.midpoint
            let nearMustHave = competency.mustHave.map { mean < $0 + 1 } ?? false
            return belowMidpoint || nearMustHave ? (competency.id, mean) : nil
        }
        return weak.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
    }

    /// The milestones of `plan` for a new hire starting on `start`.
    ///
    /// Owners are resolved to people: the manager for `manager`, the mentor (when assigned) for
    /// `mentor`; `new_hire` milestones the new hire's person, if any; `hr` milestones none. Milestones that develop a
    /// focus area are marked priority.
    public static func milestones(
        plan: OnboardingPlan, newHireId: Int64, start: CalendarDate, businessDays: Bool, managerId: Int64,
        mentorId: Int64?, focusAreas: [String], newHirePersonId: Int64? = nil
    ) -> [RampMilestone] {
        let focus = Set(focusAreas)
        return plan.milestones.map { milestone in
            let person: Int64? =
                switch milestone.owner {
                case .manager: managerId
                case .mentor: mentorId
                case .newHire: newHirePersonId
                case .hr: nil
                }
            return RampMilestone(
                newHireId: newHireId, milestoneId: milestone.id, title: milestone.title, owner: milestone.owner,
                ownerPersonId: person, dueDate: dueDate(start: start, dueDay: milestone.dueDay, businessDays: businessDays),
                competencies: milestone.competencies, after: milestone.after,
                priority: milestone.competencies.contains(where: focus.contains), state: .open)
        }
    }
}
