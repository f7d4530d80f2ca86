import Foundation
import GRDB

/// Keeping the hiring side tidy: correcting a person, retiring someone who left, and merging
/// a person added twice.
extension Workspace {
    /// Throws unless the person may still be scheduled or assigned.
    static func requireActive(_ person: Person, as what: String) throws {
        if person.retiredAt != nil {
            throw HireError.invalid("\(person.name) (person \(person.id!)) is retired and is no longer \(what)")
        }
    }
}
