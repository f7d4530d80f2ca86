/// What a user can do about an error, as a value: each front end words it its own way
/// (the CLI names its flags and commands, the server its pages), so no library message does.
public enum Remedy: Sendable, Hashable, Codable {
    /// Create a workspace first.
    case createWorkspace
    /// Overwrite newer changes deliberately.
    case forceOverwrite
    /// Find the candidate's id or email.
    case listCandidates
    /// Find the scorecard's id.
    case listScorecards
    /// Start a fresh scorecard form.
    case newScorecardForm
    /// Amend the scorecard already submitted.
    case amendScorecard(Int64)
    /// Schedule the interviewer, or accept an unscheduled scorecard.
    case scheduleOrAllowUnscheduled
    /// Remove the competency or accept ratings outside the round's focus.
    case removeOrAllowExtra
    /// Add the person.
    case addPerson
    /// Add the opening.
    case addOpening(String)
    /// Make the person a mentor.
    case addMentor(Int64)
    /// Go over a mentor's capacity with a reason.
    case forceOverCapacity
    /// Complete a milestone out of order with a reason.
    case forceOutOfOrder
    /// Record the hire decision.
    case recordHire(Int64)
    /// Record self-identified group data.
    case recordGroups
    /// Import business results of hires.
    case importOutcomes
    /// Decide hire through the decision, which starts onboarding.
    case decideInstead
    /// Load role profiles.
    case loadRoles
    /// Hire anyway with an override reason.
    case overrideWithReason
    /// Force the feed format.
    case forceFeedFormat
    /// Move the candidate (this id) to this stage first: the stage asked for is one further on.
    case moveFirst(Int64, Stage)
    /// Set the candidate's opening.
    case setOpening(Int64)
    /// Set the candidate's role or opening.
    case setRoleOrOpening(Int64)
    /// There are no mentors yet: make someone a mentor.
    case addFirstMentor
    /// Schedule at another time, or accept the overlap.
    case rescheduleOrAllowOverlap
    /// Give new evidence for a changed rating, or keep the old evidence deliberately.
    case newEvidenceOrKeep
    /// Refer to the person by id or email.
    case namePersonById
    /// Reset the person's password (which ends their sessions).
    case resetPassword
    /// List the API tokens to find the right id.
    case listTokens
    /// Read the record again: someone changed it since it was read.
    case reload
    /// Stop the team server (this process id) first, or overwrite deliberately.
    case stopServer(Int32)
    /// Supply the named input (a value the front end asks for: reason, start date, ...).
    case supply(Input)

    /// An input the user left out or got wrong.
    public enum Input: String, Sendable, Hashable, Codable {
        case reason
        case startDate
        case manager
        case overrideReason
        case email
        case roleOrOpening
        case capacity
        case strengths
        case amendment
    }
}
