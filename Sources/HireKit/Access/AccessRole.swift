/// What a person may do in the pipeline, kept apart from role profiles (the jobs hired for).
///
/// A person holds any number of access roles, stored in the workspace. The workspace owner,
/// working locally, holds all of them.
public enum AccessRole: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Manages people, access, settings and backups; may do what every other role may.
    case admin
    /// Recruiter or HR: candidates, imports, self-identified groups, fairness, erasure.
    case recruiter
    /// Owns openings: schedules panels, reads debriefs, decides, manages new hires.
    case hiringManager = "hiring-manager"
    /// Rates candidates they are scheduled to interview.
    case interviewer
    /// Develops the new hires assigned to them.
    case mentor
    /// A hire working through their own ramp plan.
    case newHire = "new-hire"

    public static func < (lhs: AccessRole, rhs: AccessRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
