import Foundation
import GRDB

/// Everything known about a candidate's assessment, as one person may see it:
/// details, stage history, every rating with its evidence, scores, flags and recommendations.
public struct CandidateReport: Sendable, Codable {
    /// One rating of a competency, with who gave it in which round.
    public struct RatingLine: Sendable, Hashable, Codable {
        public var scorecardId: Int64
        public var roundId: String
        public var interviewerId: Int64
        public var interviewer: String
        public var value: Double?
        public var skipReason: String?
        public var evidence: String?
    }

    /// A competency with every visible rating of it.
    public struct CompetencyLines: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var kind: CompetencyKind
        public var ratings: [RatingLine]
    }

    public var candidate: Candidate
    public var history: [StageChange]
    public var interviews: [Interview]
    /// Whether others' scorecards (and so the scores) are hidden from the viewer.
    public var hidden: Bool
    public var hiddenCount: Int
    public var scorecards: [SubmittedScorecard]
    public var competencies: [CompetencyLines]
    /// The scores; `nil` while hidden.
    public var score: CandidateScore?
    public var decisions: [Decision]
    /// What the feeds said about the candidate (their application), if they were imported.
    public var imported: ImportedProfile?
}

extension Workspace {
    /// A candidate's full assessment report as `viewer` may see it: under the blind rule, the
    /// panel's ratings and the scores are hidden until the viewer has submitted their own.
    public func candidateReport(_ reference: String, as viewer: Actor) throws -> CandidateReport {
        try writer.read { db in
            let candidate = try Self.candidate(db, reference)
            let profile = try Self.assessedProfile(db, candidate)
            let listing = try Self.listing(db, candidate: candidate, viewer: viewer)
            let history = try StageChange.filter(StageChange.Columns.candidateId == candidate.id).order(StageChange.Columns.id).fetchAll(db)
            let interviews = try Interview.filter(Interview.Columns.candidateId == candidate.id).order(Interview.Columns.id).fetchAll(db)
            let decisions = try Decision.filter(Decision.Columns.candidateId == candidate.id).order(Decision.Columns.id).fetchAll(db)
            var lines: [String: [CandidateReport.RatingLine]] = [:]
            for submitted in listing.scorecards {
                for rating in submitted.ratings {
                    lines[rating.competencyId, default: []].append(CandidateReport.RatingLine(
                        scorecardId: submitted.scorecard.id!, roundId: submitted.scorecard.roundId, interviewerId: submitted.scorecard.interviewerId,
                        interviewer: submitted.interviewer, value: rating.value, skipReason: rating.skipReason, evidence: rating.evidence))
                }
            }
            let competencies = profile.competencies.compactMap { competency -> CandidateReport.CompetencyLines? in
                if listing.hidden && lines[competency.id] == nil { return nil }
                return CandidateReport.CompetencyLines(id: competency.id, name: competency.name, kind: competency.kind, ratings: lines[competency.id] ?? [])
            }
            let score = listing.hidden ? nil : try Self.score(db, candidate: candidate)
            return CandidateReport(
                candidate: candidate, history: history, interviews: interviews, hidden: listing.hidden, hiddenCount: listing.hiddenCount,
                scorecards: listing.scorecards, competencies: competencies, score: score, decisions: decisions,
                imported: try ImportedProfile.fetch(db, candidate: candidate.id!))
        }
    }
}
