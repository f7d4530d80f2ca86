import Foundation
import GRDB

extension OnboardingService {
    /// Records that a new hire left on `date` (between their start and `today`, default today in
    /// the workspace's time zone), voluntarily or not. Leaving ends the ramp: every open milestone
    /// closes as ``MilestoneState/left`` on that day, and nothing more is owed (milestones,
    /// check-ins). A hire leaves once; the note is erased with the candidate.
    @discardableResult
    public func leave(
        _ reference: CandidateID, on date: CalendarDate, kind: ExitKind, note: String? = nil, today: CalendarDate? = nil, actor: Actor
    ) throws -> HireExit {
        let note = note.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        return try writer.write { db in
            let (newHire, _) = try Workspace.newHire(db, reference)
            try Workspace.require(db, actor, .recordOutcomes, candidate: newHire.candidateId)
            if let earlier = try HireExit.fetchOne(db, key: newHire.id!) {
                throw HireError.conflict("candidate \(newHire.candidateId) already left on \(earlier.leftOn)")
            }
            if date < newHire.startDate {
                throw HireError.invalid("the leaving date \(date) is before the start date \(newHire.startDate)")
            }
            let today = try today ?? CalendarDate.today(in: Workspace.timeZone(db))
            if date > today {
                throw HireError.invalid("the leaving date \(date) is after today (\(today)); leaving is recorded once it has happened")
            }
            let exit = HireExit(newHireId: newHire.id!, leftOn: date, kind: kind, note: note, actor: actor.recordedName, createdAt: Date())
            try exit.insert(db)
            var closed = 0
            for var milestone in try Workspace.milestones(db, newHireId: newHire.id!) where milestone.state == .open {
                milestone.state = .left
                milestone.completedOn = date
                milestone.updatedBy = actor.recordedName
                try milestone.update(db)
                closed += 1
            }
            try db.audit(actor, .rampLeave, candidate: newHire.candidateId, detail: "\(kind.rawValue) on \(date), \(closed) milestones closed")
            return exit
        }
    }

    /// When and how a new hire left, if they did.
    public func exit(_ reference: CandidateID) throws -> HireExit? {
        try writer.read { db in
            let (newHire, _) = try Workspace.newHire(db, reference)
            return try HireExit.fetchOne(db, key: newHire.id!)
        }
    }
}
