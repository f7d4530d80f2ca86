import Foundation
import HireKit

/// The command line's one resolver: what a user typed ("3", "priya@example.net", "Maria Lopez")
/// becomes the typed id the library's services take, with the messages users see when it does not.
extension Workspace {
    /// A candidate by id or email address.
    func candidateID(_ text: String) throws -> CandidateID {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let number = Int64(trimmed), (try? candidates.get(CandidateID(number))) != nil { return CandidateID(number) }
        if trimmed.contains("@"), let candidate = try candidates.withEmail(trimmed) { return candidate.candidateID }
        throw HireError.notFound("no candidate with that id or email", remedy: .listCandidates)
    }

    /// A person by id, email address or exact name; a name two people share names neither, and the
    /// error lists them with their emails. An unknown name is answered with the names meant.
    func person(_ text: String) throws -> Person {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let number = Int64(trimmed), let person = try? people.get(PersonID(number)) { return person }
        if trimmed.contains("@"), let person = try people.withEmail(trimmed) { return person }
        let named = try people.named(trimmed)
        if named.count == 1 { return named[0] }
        if named.count > 1 {
            let matches = named.map { "\($0.id!) \($0.email)\($0.retiredAt == nil ? "" : " (retired)")" }
            throw HireError.invalid("more than one person is called '\(trimmed)': \(matches.joined(separator: ", "))", remedy: .namePersonById)
        }
        throw try people.unknown(trimmed)
    }

    /// ``person(_:)``'s id.
    func personID(_ text: String) throws -> PersonID { try person(text).personID }
}
