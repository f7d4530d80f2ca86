import Foundation
import GRDB

/// What choosing a new hire's mentor starts from: the hire's focus areas (the gaps their
/// interviews showed), the mentor now, and the suggestions with their reasons.
public struct MentorChoice: Sendable {
    public var candidateId: Int64
    public var name: String
    /// The focus areas by competency name, in the hire's order.
    public var focusAreas: [String]
    /// The current mentor's name, if any.
    public var mentor: String?
    /// Mentors with free capacity, best first (empty when there are none).
    public var suggestions: [MentorMatcher.Suggestion]
    /// Whether the workspace has no mentor at all yet.
    public var noMentors: Bool
}

extension MentorService {
    /// Mentor suggestions for a new hire, for `viewer` to choose from: not found when the viewer
    /// may not know the ramp exists, refused unless they may assign the hire's mentor.
    public func choice(for reference: CandidateID, as viewer: Actor) throws -> MentorChoice {
        let (hire, candidate, profile) = try writer.read { db in
            let (hire, candidate) = try Workspace.newHire(db, reference)
            let relation = try Relation.of(viewer, candidate: candidate.id!, in: db)
            try Policy.require(viewer, .viewRamp, relation, record: "candidate \(candidate.id!)")
            try Policy.require(viewer, .assignMentor, relation)
            return (hire, candidate, try Workspace.profile(db, role: hire.roleId, version: hire.roleVersion))
        }
        let names = Dictionary(profile.competencies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var suggestions: [MentorMatcher.Suggestion] = []
        var noMentors = false
        do {
            suggestions = try suggest(reference)
        } catch let error as HireError where error.remedy == .addFirstMentor {
            noMentors = true
        }
        let mentor = try hire.mentorId.map { id in try writer.read { db in try Workspace.person(db, PersonID(rawValue: id)).name } }
        return MentorChoice(
            candidateId: candidate.id!, name: Workspace.listedName(candidate), focusAreas: hire.focusAreas.map { names[$0] ?? $0 },
            mentor: mentor, suggestions: suggestions, noMentors: noMentors)
    }
}
