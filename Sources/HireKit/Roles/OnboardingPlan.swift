/// Who is responsible for an onboarding milestone.
public enum MilestoneOwner: String, Sendable, Hashable, Codable, CaseIterable {
    case newHire = "new_hire"
    case mentor
    case manager
    case hr
}

/// A step of a new hire's ramp, due a number of days after the start date.
public struct Milestone: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var owner: MilestoneOwner
    /// Days after the start date the milestone is due.
    public var dueDay: Int
    /// Competencies the milestone develops.
    public var competencies: [String]
    /// Ids of milestones that must be done first.
    public var after: [String]
    public var description: String?

    public init(
        id: String, title: String, owner: MilestoneOwner, dueDay: Int, competencies: [String] = [],
        after: [String] = [], description: String? = nil
    ) {
        self.id = id
        self.title = title
        self.owner = owner
        self.dueDay = dueDay
        self.competencies = competencies
        self.after = after
        self.description = description
    }
}

/// The milestones a new hire in a role works through until ramped.
public struct OnboardingPlan: Sendable, Hashable, Codable {
    /// Whether `dueDay` counts business days (weekends skipped) instead of calendar days.
    public var businessDays: Bool
    public var milestones: [Milestone]

    public init(businessDays: Bool = false, milestones: [Milestone] = []) {
        self.businessDays = businessDays
        self.milestones = milestones
    }
}
