import Foundation
import GRDB

extension Decision {
    /// The extension point for onboarding: called by ``Workspace/decide(_:actor:)`` inside the
    /// hire's transaction, after the candidate has moved to `hired` and the decision is stored.
    ///
    /// Starts the new hire's ramp plan from the interview scores (competency means for the focus
    /// areas, the skill-will quadrant for the coaching style), so a hire and its plan are written
    /// together or not at all. Throwing rolls the whole decision back.
    static func didHire(_ db: Database, decision: Decision, candidate: Candidate, businessDays: Bool? = nil, actor: Actor) throws {
        guard let start = decision.startDate, let managerId = decision.managerId else {
            throw HireError.invalid("a hire needs a start date and a manager")
        }
        let score = try Workspace.score(db, candidate: candidate)
        let request = HireRequest(
            hiredOn: CalendarDate(day: decision.at, in: try Workspace.timeZone(db)), start: start, managerId: managerId, businessDays: businessDays, competencyMeans: InterviewBaseline.means(score),
            quadrant: score.skillWill?.style.quadrant, coachingStyle: score.skillWill?.style.rawValue)
        try Workspace.startRamp(db, candidate: candidate, request: request, actor: actor)
    }
}

extension CalendarDate {
    /// The day a moment falls on in a time zone (the machine's by default).
    init(day date: Date, in timeZone: TimeZone = .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self = CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
