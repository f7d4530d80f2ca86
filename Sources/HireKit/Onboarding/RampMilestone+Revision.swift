import Crypto
import Foundation

extension RampMilestone {
    /// A short digest of what a person can change on the milestone (state, dates, note, reason,
    /// owner): equal revisions mean nobody changed it in between. Front ends send it back to
    /// ``OnboardingService/complete(_:milestone:on:note:forceReason:today:expecting:actor:)``
    /// (the API as an `ETag`) so two people cannot silently overwrite each other.
    public var revision: String {
        let fields = [
            state.rawValue, completedOn.map(String.init(describing:)) ?? "", note ?? "", reason ?? "",
            ownerPersonId.map(String.init) ?? "", updatedBy ?? "", String(describing: dueDate),
        ]
        let digest = SHA256.hash(data: Data(fields.joined(separator: "\u{1F}").utf8))
        return digest.prefix(8).map { String(format: "%02x", $0) }.joined()
    }

    /// Throws when `expected` is given and the milestone has changed since it was read.
    func check(_ expected: String?) throws {
        guard let expected, expected != revision else { return }
        throw HireError.conflict("milestone '\(milestoneId)' changed since it was read", remedy: .reload)
    }
}
