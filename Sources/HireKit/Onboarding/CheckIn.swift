import Foundation
import GRDB

/// A 1:1 or field observation of a new hire, with answers to the role's check-in questions.
public struct CheckIn: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var newHireId: Int64
    public var on: CalendarDate
    public var notes: String?
    /// Monthly review: results to date.
    public var results: String?
    /// Monthly review: new opportunities.
    public var newOpportunities: String?
    /// Monthly review: progress on existing opportunities.
    public var progress: String?
    /// Monthly review: deals forecast to close in the next 30 days.
    public var forecast: String?
    /// Monthly review: agreed next steps.
    public var nextSteps: String?
    public var actor: String
    public var createdAt: Date
    /// Answers to the questions of a profile that lists its own (`checkin:`), each with its wording;
    /// the default monthly review is kept in the five columns above instead.
    public var answers: [CheckInAnswer]? = nil

    public static let databaseTableName = "checkIn"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The table's columns, for requests.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let newHireId = Column(CodingKeys.newHireId)
        public static let on = Column(CodingKeys.on)
        public static let notes = Column(CodingKeys.notes)
        public static let results = Column(CodingKeys.results)
        public static let newOpportunities = Column(CodingKeys.newOpportunities)
        public static let progress = Column(CodingKeys.progress)
        public static let forecast = Column(CodingKeys.forecast)
        public static let nextSteps = Column(CodingKeys.nextSteps)
        public static let actor = Column(CodingKeys.actor)
        public static let createdAt = Column(CodingKeys.createdAt)
        public static let answers = Column(CodingKeys.answers)
    }

    /// What was answered, in the order asked: ``answers``, or the monthly-review columns with their default wording.
    public var review: [CheckInAnswer] {
        if let answers { return answers }
        let legacy = [results, newOpportunities, progress, forecast, nextSteps]
        return zip(CheckInQuestion.monthlyReview, legacy).compactMap { question, text in
            text.map { CheckInAnswer(id: question.id, question: question.question, answer: $0) }
        }
    }
}

/// A competency rating observed at a check-in, on the role's anchored scale.
public struct Observation: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public var checkInId: Int64
    public var competencyId: String
    public var rating: Double

    public static let databaseTableName = "observation"

    /// The table's columns, for requests.
    public enum Columns {
        public static let checkInId = Column(CodingKeys.checkInId)
        public static let competencyId = Column(CodingKeys.competencyId)
        public static let rating = Column(CodingKeys.rating)
    }
}

/// A focus competency's path from the interview baseline through days 30, 60 and 90.
public struct Trajectory: Sendable, Hashable, Codable {
    public var competency: String
    /// The interview mean, if the competency was rated.
    public var baseline: Double?
    /// The latest observation in each window: up to day 30, 60 and 90 after the start.
    public var day30: Double?
    public var day60: Double?
    public var day90: Double?
    /// Every observation, oldest first.
    public var observations: [Point]

    public struct Point: Sendable, Hashable, Codable {
        public var on: CalendarDate
        public var day: Int
        public var rating: Double
    }

    /// Builds trajectories for `competencies` from dated observations.
    public static func build(
        competencies: [String], baseline: [String: Double], start: CalendarDate,
        observations: [(on: CalendarDate, competency: String, rating: Double)]
    ) -> [Trajectory] {
        competencies.map { competency in
            let points = observations.filter { $0.competency == competency }.sorted { $0.on < $1.on }.map {
                Point(on: $0.on, day: start.days(until: $0.on), rating: $0.rating)
            }
            func latest(upTo day: Int, after lower: Int) -> Double? {
                points.last { $0.day <= day && $0.day > lower }?.rating
            }
            return Trajectory(
                competency: competency, baseline: baseline[competency], day30: latest(upTo: 30, after: Int.min),
                day60: latest(upTo: 60, after: 30), day90: latest(upTo: 90, after: 60), observations: points)
        }
    }
}
