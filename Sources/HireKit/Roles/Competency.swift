/// Whether a competency is something a person can do, knows, or brings.
///
/// Skills and knowledge make up "skill" on the skill-will matrix; attitudes make up "will".
public enum CompetencyKind: String, Sendable, Hashable, Codable, CaseIterable {
    case skill
    case knowledge
    case attitude

    /// The plural used in reports: skills, knowledge, attitudes.
    public var plural: String {
        switch self {
        case .skill: "skills"
        case .knowledge: "knowledge"
        case .attitude: "attitudes"
        }
    }
}

/// One skill, piece of knowledge or attitude a role requires, with how it is rated.
public struct Competency: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var kind: CompetencyKind
    /// Relative importance in the overall score; greater than zero.
    public var weight: Double
    /// A candidate whose mean rating is below this fails, whatever the overall score.
    public var mustHave: Double?
    public var description: String?
    /// The behaviour that earns each level of the scale.
    public var anchors: [Int: String]
    /// Behavioural questions that assess the competency.
    public var questions: [String]

    public init(
        id: String, name: String, kind: CompetencyKind, weight: Double = 1, mustHave: Double? = nil,
        description: String? = nil, anchors: [Int: String] = [:], questions: [String] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.weight = weight
        self.mustHave = mustHave
        self.description = description
        self.anchors = anchors
        self.questions = questions
    }
}
