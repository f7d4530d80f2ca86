import Foundation

extension OnboardingService {
    /// The ramps `viewer` may see on `today`, overdue and at-risk first: every active hire for
    /// those who may read any ramp, else the hires they manage and those they mentor.
    public func status(today: CalendarDate, as viewer: Actor) throws -> [RampSummary] {
        var hires: [RampSummary]
        if Policy.allows(viewer, .viewRamp) {
            hires = try status(today: today)
        } else if let person = viewer.personId {
            let managed = try status(today: today, manager: PersonID(person))
            let mentored = try status(today: today, mentor: PersonID(person))
            let seen = Set(managed.map(\.newHireId))
            hires = managed + mentored.filter { !seen.contains($0.newHireId) }
        } else {
            hires = []
        }
        return hires.enumerated().sorted { a, b in
            let x = (a.element.overdue > 0 ? 0 : 1, a.element.atRisk > 0 ? 0 : 1, a.offset)
            let y = (b.element.overdue > 0 ? 0 : 1, b.element.atRisk > 0 ? 0 : 1, b.offset)
            return x < y
        }.map(\.element)
    }
}
