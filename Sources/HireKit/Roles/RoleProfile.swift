/// A role defined as data: the competencies it requires, how they are interviewed for,
/// and how a new hire is onboarded. Loaded from a YAML file in `Scorecards/`.
public struct RoleProfile: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var department: String?
    public var description: String?
    public var scale: RatingScale
    public var competencies: [Competency]
    public var interviewPlan: [InterviewRound]
    public var onboarding: OnboardingPlan
    /// The profile's own check-in questions (`checkin:`), `nil` for the default monthly review.
    public var checkIn: [CheckInQuestion]?

    public init(
        id: String, title: String, department: String? = nil, description: String? = nil,
        scale: RatingScale = .standard, competencies: [Competency], interviewPlan: [InterviewRound],
        onboarding: OnboardingPlan = OnboardingPlan(), checkIn: [CheckInQuestion]? = nil
    ) {
        self.id = id
        self.title = title
        self.department = department
        self.description = description
        self.scale = scale
        self.competencies = competencies
        self.interviewPlan = interviewPlan
        self.onboarding = onboarding
        self.checkIn = checkIn
    }

    /// The questions a check-in for this role asks: the profile's own, else ``CheckInQuestion/monthlyReview``.
    public var checkInQuestions: [CheckInQuestion] { checkIn ?? CheckInQuestion.monthlyReview }

    /// The competency with an id, if the role has it.
    public func competency(_ id: String) -> Competency? { competencies.first { $0.id == id } }

    /// The interview round with an id, if the plan has it.
    public func round(_ id: String) -> InterviewRound? { interviewPlan.first { $0.id == id } }

    /// The onboarding milestone with an id, if the plan has it.
    public func milestone(_ id: String) -> Milestone? { onboarding.milestones.first { $0.id == id } }
}
