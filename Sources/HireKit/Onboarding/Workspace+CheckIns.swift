import Foundation
import GRDB

/// What a manager records at a 1:1 or field observation.
public struct NewCheckIn: Sendable {
    public var on: CalendarDate
    public var notes: String?
    /// `competency=rating` pairs on the role's scale.
    public var observations: [String: Double]
    public var results: String?
    public var newOpportunities: String?
    public var progress: String?
    public var forecast: String?
    public var nextSteps: String?
    /// Answers by question id, for the role's check-in questions (``RoleProfile/checkInQuestions``).
    /// The five monthly-review fields above answer the default questions of those ids.
    public var answers: [String: String]

    public init(
        on: CalendarDate, notes: String? = nil, observations: [String: Double] = [:], results: String? = nil,
        newOpportunities: String? = nil, progress: String? = nil, forecast: String? = nil, nextSteps: String? = nil,
        answers: [String: String] = [:]
    ) {
        self.on = on
        self.notes = notes
        self.observations = observations
        self.results = results
        self.newOpportunities = newOpportunities
        self.progress = progress
        self.forecast = forecast
        self.nextSteps = nextSteps
        self.answers = answers
    }

    /// Every answer by question id: the monthly-review fields under their default ids, then ``answers``.
    var allAnswers: [String: String] {
        var all: [String: String] = [:]
        let legacy = [results, newOpportunities, progress, forecast, nextSteps]
        for (question, text) in zip(CheckInQuestion.monthlyReview, legacy) { all[question.id] = text }
        return all.merging(answers) { _, explicit in explicit }
    }
}

