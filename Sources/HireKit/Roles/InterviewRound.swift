/// One round of a role's interview plan and the competencies it assesses.
public struct InterviewRound: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    /// Ids of the competencies this round rates.
    public var focus: [String]
    /// Extra questions for the round, beyond the competencies' own.
    public var questions: [String]

    public init(id: String, name: String, focus: [String], questions: [String] = []) {
        self.id = id
        self.name = name
        self.focus = focus
        self.questions = questions
    }
}
