/// What `hire calibrate` reports: one calibration per role, because roles have their own
/// competencies and may rate on different scales.
public struct WorkspaceCalibration: Sendable, Hashable, Codable {
    /// The role asked for, or `nil` for every role with scorecards.
    public var role: String?
    /// The competency asked for, or `nil` for all.
    public var competency: String?
    /// One entry per role with scorecards in scope (every role asked for), by role id.
    public var roles: [RoleCalibration]

    public init(role: String?, competency: String?, roles: [RoleCalibration]) {
        self.role = role
        self.competency = competency
        self.roles = roles
    }
}

/// The calibration of one role's interviewers.
public struct RoleCalibration: Sendable, Hashable, Codable {
    /// The role id.
    public var roleId: String
    /// The profile version whose scale and competency order the report uses (the latest).
    public var profileVersion: Int
    /// The scale every rating is expressed on; "half a scale point" of leniency is on it.
    public var scale: RatingScale
    /// Scorecards written against an earlier profile version with a different scale, whose
    /// ratings were mapped linearly onto `scale` (usually 0).
    public var rescaledScorecards: Int
    /// Scorecards in scope (latest versions) and the candidates they are about.
    public var scorecards: Int
    public var candidates: Int
    /// The statistics.
    public var report: CalibrationReport

    public init(
        roleId: String, profileVersion: Int, scale: RatingScale, rescaledScorecards: Int, scorecards: Int, candidates: Int,
        report: CalibrationReport
    ) {
        self.roleId = roleId
        self.profileVersion = profileVersion
        self.scale = scale
        self.rescaledScorecards = rescaledScorecards
        self.scorecards = scorecards
        self.candidates = candidates
        self.report = report
    }
}

/// A role's calibration input as read from a workspace, before the statistics.
public struct RoleCalibrationInput: Sendable, Hashable {
    public var roleId: String
    /// The latest profile version: its scale and competency order are used.
    public var profileVersion: Int
    public var scale: RatingScale
    /// Scorecards whose ratings were mapped from another version's scale onto `scale`.
    public var rescaledScorecards: Int
    public var input: CalibrationInput

    public init(roleId: String, profileVersion: Int, scale: RatingScale, rescaledScorecards: Int, input: CalibrationInput) {
        self.roleId = roleId
        self.profileVersion = profileVersion
        self.scale = scale
        self.rescaledScorecards = rescaledScorecards
        self.input = input
    }
}
