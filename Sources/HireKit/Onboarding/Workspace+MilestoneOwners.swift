import Foundation
import GRDB

extension Workspace {
    /// Names the person who owns one milestone of a new hire's plan (an HR milestone handled by
    /// someone other than the `hr_contact`, say); the owner shows by name and owes it.
    @discardableResult
    public func assignMilestone(_ reference: String, milestone id: String, to person: Int64, actor: Actor) throws -> RampMilestone {
        try writer.write { db in
            let (newHire, _) = try Self.newHire(db, reference)
            try Self.require(db, actor, .assignMilestone, candidate: newHire.candidateId)
            var milestone = try Self.milestone(db, newHire: newHire, id)
            guard let owner = try Person.fetchOne(db, key: person) else { throw HireError.notFound("no person \(person)", remedy: .addPerson) }
            if owner.retiredAt != nil { throw HireError.invalid("person \(person) has been retired and cannot own a milestone") }
            guard milestone.state == .open else { throw HireError.conflict("milestone '\(id)' is already \(milestone.state.rawValue)") }
            milestone.ownerPersonId = person
            milestone.updatedBy = actor.recordedName
            try milestone.update(db)
            try db.audit(actor, .rampAssign, candidate: newHire.candidateId, subject: id, detail: "person \(person)")
            return milestone
        }
    }
}
