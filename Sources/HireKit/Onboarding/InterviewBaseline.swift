import GRDB

/// The interview ratings a ramp starts from: the baseline of each competency's trajectory.
enum InterviewBaseline {
    /// Mean rating per competency over the latest version of each scorecard.
    static func means(_ db: Database, candidateId: Int64) throws -> [String: Double] {
        guard let candidate = try Candidate.fetchOne(db, key: candidateId) else { return [:] }
        return means(try Workspace.score(db, candidate: candidate))
    }

    /// Each rated competency's mean in a candidate's score.
    static func means(_ score: CandidateScore) -> [String: Double] {
        var means: [String: Double] = [:]
        for competency in score.competencies { means[competency.id] = competency.mean }
        return means
    }
}
