/// Something an actor may want to do, asked of ``Policy`` by every service.
public enum Permission: String, Sendable, Hashable, CaseIterable {
    // Set-up
    /// Load or change role profiles.
    case manageRoles = "roles.manage"
    /// Add or edit people and mentors.
    case managePeople = "people.manage"
    /// Merge a person added twice into the other (their access roles move too).
    case mergePeople = "people.merge"
    /// Grant or revoke access roles.
    case grantAccess = "access.grant"
    /// Add or change openings.
    case manageOpenings = "openings.manage"
    /// Change workspace settings.
    case manageSettings = "settings.manage"
    // Candidates
    /// Read a candidate's personal data (name, contacts, the feed's details).
    case viewCandidate = "candidate.view"
    /// Add candidates or move them through stages.
    case manageCandidates = "candidate.manage"
    /// Import applicant feeds.
    case importFeeds = "import"
    /// Erase or purge candidates.
    case erase = "erase"
    /// Read or set self-identified groups and run fairness statistics.
    case selfIdentifiedGroups = "groups"
    // Interviews
    /// Schedule interviews.
    case scheduleInterviews = "interview.schedule"
    /// Submit a scorecard as the named interviewer.
    case submitScorecard = "scorecard.submit"
    /// Amend a scorecard written by the named interviewer.
    case amendScorecard = "scorecard.amend"
    /// Read the panel's ratings and evidence for a candidate.
    case viewRatings = "ratings.view"
    /// Read a role's slate.
    case viewSlate = "slate.view"
    /// Decide hire or reject.
    case decide = "decide"
    /// Run calibration statistics across interviewers.
    case calibrate = "calibrate"
    // Onboarding
    /// Read a new hire's ramp.
    case viewRamp = "ramp.view"
    /// Complete or waive a milestone owned by HR.
    case completeHRMilestone = "milestone.hr"
    /// Complete or waive a milestone owned by the manager.
    case completeManagerMilestone = "milestone.manager"
    /// Complete or waive a milestone owned by the mentor.
    case completeMentorMilestone = "milestone.mentor"
    /// Complete or waive a milestone owned by the new hire.
    case completeNewHireMilestone = "milestone.new-hire"
    /// Record a check-in.
    case checkIn = "checkin"
    /// Assign a mentor to a new hire.
    case assignMentor = "mentor.assign"
    /// Name the person who owns one of a new hire's milestones.
    case assignMilestone = "milestone.assign"
    /// Record that a new hire left, or import business results of hires.
    case recordOutcomes = "outcome.record"
    // Analytics
    /// Read the hiring funnel and which interview signals predict ramp success (aggregates of ratings).
    case viewAnalytics = "analytics.view"
    // Workspace
    /// Read the audit log.
    case viewAudit = "audit.view"
    /// See what a person owes (scorecards, milestones, check-ins): their own, or anyone's.
    case viewOwed = "owed.view"
    /// Back up or restore the workspace.
    case backup = "backup"
    /// Turn on two-step sign-in (a one-time code) for one's own login.
    case enrolSecondFactor = "signin.second-factor"
}

extension MilestoneOwner {
    /// The permission to complete or waive a milestone this owner owns.
    var completion: Permission {
        switch self {
        case .hr: .completeHRMilestone
        case .manager: .completeManagerMilestone
        case .mentor: .completeMentorMilestone
        case .newHire: .completeNewHireMilestone
        }
    }
}
