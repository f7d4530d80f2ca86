import Foundation
import GRDB

/// Calibration: how consistently interviewers rate, per role and competency.
public struct CalibrationService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Calibration: how consistently interviewers rate, per role and competency.
    public var calibration: CalibrationService { CalibrationService(workspace: self) }
}

extension CalibrationService {
    /// Interviewer calibration per role: agreement per competency and overall, rater
    /// leniency, halo and agreement with final decisions (see ``CalibrationAnalysis``).
    ///
    /// Reads the latest version of every scorecard (per candidate, round and interviewer) of
    /// candidates not erased; n/a ratings are left out. Roles are reported separately, each on
    /// the scale of its latest profile version. With `competency`, only scorecards rating it
    /// count, and without `role` only roles that have it are reported.
    public func report(role: String? = nil, competency: String? = nil, minimumCandidates: Int = 5, as viewer: Actor) throws -> WorkspaceCalibration {
        guard minimumCandidates >= 2 else { throw HireError.invalid("the minimum number of candidates must be at least 2") }
        try Policy.require(viewer, .calibrate)
        let roles = try writer.read { db in
            try Workspace.calibrationReports(db, role: role, competency: competency, minimumCandidates: minimumCandidates)
        }
        return WorkspaceCalibration(role: role, competency: competency, roles: roles)
    }

    /// What ``calibration(role:competency:minimumCandidates:as:)`` computes from, one entry per role.
    public func inputs(role: String? = nil, competency: String? = nil, as viewer: Actor) throws -> [RoleCalibrationInput] {
        try Policy.require(viewer, .calibrate)
        return try writer.read { db in try Workspace.calibrationInputs(db, role: role, competency: competency) }
    }
}
