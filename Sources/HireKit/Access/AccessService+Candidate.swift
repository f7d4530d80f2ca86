import Foundation

extension AccessService {
    /// Whether `actor` may do `permission` to a candidate (or, once hired, to their ramp), as the
    /// policy answers with how the actor stands to that candidate. For front ends deciding which
    /// forms to offer; the services still check on every write.
    public func allows(_ actor: Actor, _ permission: Permission, candidate reference: CandidateID) throws -> Bool {
        try writer.read { db in
            let candidate = try Workspace.candidate(db, reference)
            return try Workspace.allows(db, actor, permission, candidate: candidate.id!)
        }
    }
}
