/// Every kind of change the audit log records; the raw value is what the log stores.
public enum AuditAction: String, Sendable, Hashable, Codable, CaseIterable {
    case roleAdd = "role.add"
    case roleVersion = "role.version"
    case openingAdd = "opening.add"
    case openingEdit = "opening.edit"
    case personAdd = "person.add"
    case personAccess = "person.access"
    case candidateAdd = "candidate.add"
    case candidateStage = "candidate.stage"
    case candidateImport = "candidate.import"
    case candidateImportUpdate = "candidate.import.update"
    case candidateMerge = "candidate.merge"
    case candidateGroupSet = "candidate.group.set"
    case candidateGroupClear = "candidate.group.clear"
    case candidateErase = "candidate.erase"
    case candidatePurge = "candidate.purge"
    case importRun = "import.run"
    case interviewSchedule = "interview.schedule"
    case scorecardSubmit = "scorecard.submit"
    case scorecardAmend = "scorecard.amend"
    case decisionHire = "decision.hire"
    case decisionReject = "decision.reject"
    case rampStart = "ramp.start"
    case rampComplete = "ramp.complete"
    case rampWaive = "ramp.waive"
    case rampRamped = "ramp.ramped"
    case mentorAdd = "mentor.add"
    case mentorAssign = "mentor.assign"
    case checkInAdd = "checkin.add"
    case workspaceBackup = "workspace.backup"
    case workspaceTimeZone = "workspace.timezone"

    /// The action recording a decision of `kind`.
    static func decision(_ kind: DecisionKind) -> AuditAction {
        kind == .hire ? .decisionHire : .decisionReject
    }
}
