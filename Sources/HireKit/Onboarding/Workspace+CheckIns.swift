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

    public init(
        on: CalendarDate, notes: String? = nil, observations: [String: Double] = [:], results: String? = nil,
        newOpportunities: String? = nil, progress: String? = nil, forecast: String? = nil, nextSteps: String? = nil
    ) {
        self.on = on
        self.notes = notes
        self.observations = observations
        self.results = results
        self.newOpportunities = newOpportunities
        self.progress = progress
        self.forecast = forecast
        self.nextSteps = nextSteps
    }
}

