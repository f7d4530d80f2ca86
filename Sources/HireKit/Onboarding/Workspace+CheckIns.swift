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

extension Workspace {
    /// Records a check-in; observations must name the role's competencies and lie on its scale.
    @discardableResult
    public func addCheckIn(_ reference: String, _ new: NewCheckIn, actor: Actor) throws -> CheckInDetail {
        try writer.write { db in
            let (hire, _) = try Self.newHire(db, reference)
            try Self.require(db, actor, .checkIn, candidate: hire.candidateId)
            let profile = try Self.profile(db, role: hire.roleId, version: hire.roleVersion)
            if new.on < hire.startDate { throw HireError.invalid("the check-in date \(new.on) is before the start date \(hire.startDate)") }
            var problems: [String] = []
            for (competency, rating) in new.observations.sorted(by: { $0.key < $1.key }) {
                if profile.competency(competency) == nil {
                    var message = "unknown competency '\(competency)' for role \(hire.roleId)"
                    message += Suggestion.didYouMean(competency, in: profile.competencies.map(\.id))
                    problems.append(message)
                } else if !profile.scale.contains(rating) {
                    problems.append("observation \(competency)=\(rating.plainText) is outside the scale \(profile.scale.min)..\(profile.scale.max)")
                }
            }
            if !problems.isEmpty { throw HireError.invalid(problems.joined(separator: "\n")) }
            var checkIn = CheckIn(
                newHireId: hire.id!, on: new.on, notes: new.notes, results: new.results, newOpportunities: new.newOpportunities,
                progress: new.progress, forecast: new.forecast, nextSteps: new.nextSteps, actor: actor.recordedName, createdAt: Date())
            try checkIn.insert(db)
            let observations = new.observations.sorted { $0.key < $1.key }.map {
                Observation(checkInId: checkIn.id!, competencyId: $0.key, rating: $0.value)
            }
            for observation in observations { try observation.insert(db) }
            try db.audit(actor, .checkInAdd, candidate: hire.candidateId, detail: "\(new.on), \(observations.count) observations")
            return CheckInDetail(checkIn: checkIn, observations: observations)
        }
    }
}
