import Foundation
import HireKit

/// What the command line's resolver does, for tests that name records as a user would:
/// a candidate by id or email, a person by id, email or exact name.
extension Workspace {
    func candidateID(_ text: String) throws -> CandidateID {
        if let number = Int64(text) { return CandidateID(number) }
        guard let candidate = try candidates.withEmail(text) else { throw HireError.notFound("no candidate with that id or email") }
        return candidate.candidateID
    }

    func personID(_ text: String) throws -> PersonID {
        if let number = Int64(text) { return PersonID(number) }
        if let person = try people.withEmail(text) { return person.personID }
        let named = try people.named(text)
        guard named.count == 1 else { throw HireError.notFound("no one person called that") }
        return named[0].personID
    }
}
