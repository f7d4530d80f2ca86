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

extension OnboardingService {
    /// One hire's ramp on `today` as `viewer` may see it; not found for a viewer who may not
    /// know the ramp exists (neither HR, a hiring manager or admin, nor the hire's manager or mentor).
    public func ramp(_ reference: CandidateID, today: CalendarDate, as viewer: Actor) throws -> RampView {
        let (hire, relation) = try writer.read { db in
            let (hire, candidate) = try Workspace.newHire(db, reference)
            let relation = try Relation.of(viewer, candidate: candidate.id!, in: db)
            try Policy.require(viewer, .viewRamp, relation, record: "candidate \(candidate.id!)")
            return (hire, relation)
        }
        let timeline = try timeline(reference, today: today)
        let profile = try writer.read { db in try Workspace.profile(db, role: hire.roleId, version: hire.roleVersion) }
        let completable = Set(timeline.entries.filter { !$0.milestone.state.isFinished && Policy.allows(viewer, $0.milestone.owner.completion, relation) }.map(\.milestone.milestoneId))
        return RampView(timeline: timeline, profile: profile, completable: completable, mayCheckIn: Policy.allows(viewer, .checkIn, relation),
            mayAssignMentor: Policy.allows(viewer, .assignMentor, relation))
    }
}
