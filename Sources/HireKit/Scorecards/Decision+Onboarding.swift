import GRDB

extension Decision {
    /// The extension point for onboarding: called by ``Workspace/decide(_:actor:)`` inside the
    /// hire's transaction, after the candidate has moved to `hired` and the decision is stored.
    ///
    /// Onboarding creates the new hire's ramp plan here, so a hire and its plan are written
    /// together or not at all. Throwing rolls the whole decision back.
    static func didHire(_ db: Database, decision: Decision, candidate: Candidate) throws {
        // Intentionally empty until onboarding (ramp plans) is built.
    }
}
