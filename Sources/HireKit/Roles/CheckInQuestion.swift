/// A question a role's check-ins ask, from the profile's optional `checkin:` list.
public struct CheckInQuestion: Sendable, Hashable, Codable, Identifiable {
    /// Lowercase letters, digits and dashes; how an answer names the question.
    public var id: String
    /// The wording shown when recording and reading a check-in.
    public var question: String

    public init(id: String, question: String) {
        self.id = id
        self.question = question
    }

    /// The monthly review a check-in asks when the profile lists no `checkin:` questions.
    public static let monthlyReview: [CheckInQuestion] = [
        CheckInQuestion(id: "results", question: "Results to date"),
        CheckInQuestion(id: "new-opportunities", question: "New opportunities"),
        CheckInQuestion(id: "progress", question: "Progress on existing opportunities"),
        CheckInQuestion(id: "forecast", question: "Deals forecast to close in the next 30 days"),
        CheckInQuestion(id: "next-steps", question: "Agreed next steps"),
    ]
}

/// A check-in question's answer, kept with the wording it was asked in.
public struct CheckInAnswer: Sendable, Hashable, Codable {
    /// The question's id.
    public var id: String
    /// The question as the role's profile worded it when the check-in was recorded.
    public var question: String
    public var answer: String

    public init(id: String, question: String, answer: String) {
        self.id = id
        self.question = question
        self.answer = answer
    }
}
