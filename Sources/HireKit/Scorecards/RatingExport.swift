import Foundation
import GRDB

/// One rating of the latest version of a scorecard, with its candidate and scorecard: a row of
/// `hire scorecard export`, for spreadsheets.
public struct RatingExportRow: Sendable, Hashable, Codable {
    public var candidateId: Int64
    public var candidateName: String
    public var roleId: String
    public var openingId: String?
    public var scorecardId: Int64
    public var round: String
    public var interviewerId: Int64
    public var interviewer: String
    public var competencyId: String
    /// The level given; `nil` when not assessed (n/a).
    public var rating: Double?
    public var skipReason: String?
    public var evidence: String?
    public var recommendation: Recommendation
    public var submittedAt: Date
    public var version: Int
}

extension Workspace {
    /// Every rating of the latest version of every scorecard, one row each, of the candidates
    /// (not erased) of `role` and/or `opening`, by candidate, scorecard and competency.
    ///
    /// The blind rule holds: a candidate whose ratings `viewer` may not see (on the panel and
    /// not yet submitted, or no access) contributes no row; the workspace owner sees all.
    public func ratingExport(role: String? = nil, opening: String? = nil, as viewer: Actor) throws -> [RatingExportRow] {
        try writer.read { db in
            if let role { _ = try Self.roleVersion(db, role: role) }
            if let opening, try Opening.fetchOne(db, key: opening) == nil {
                throw HireError.notFound("unknown opening '\(opening)'", remedy: .addOpening(opening))
            }
            var request = Candidate.filter(Candidate.Columns.erased == false).order(Candidate.Columns.id)
            if let role { request = request.filter(Candidate.Columns.roleId == role) }
            if let opening { request = request.filter(Candidate.Columns.openingId == opening) }
            let candidates = try request.fetchAll(db)
            var names: [Int64: String] = [:]
            var rows: [RatingExportRow] = []
            for candidate in candidates {
                let relation = try Relation.of(viewer, candidate: candidate.id!, in: db)
                guard Policy.allows(viewer, .viewCandidate, relation), Policy.allows(viewer, .viewRatings, relation) else { continue }
                for scorecard in try Self.latestScorecards(db, candidate: candidate.id!) {
                    if names[scorecard.interviewerId] == nil {
                        names[scorecard.interviewerId] = try String.fetchOne(db, sql: "SELECT name FROM person WHERE id = ?", arguments: [scorecard.interviewerId]) ?? "?"
                    }
                    let ratings = try Rating.filter(Rating.Columns.scorecardId == scorecard.id).order(Rating.Columns.competencyId).fetchAll(db)
                    for rating in ratings {
                        rows.append(
                            RatingExportRow(
                                candidateId: candidate.id!, candidateName: candidate.name, roleId: scorecard.roleId, openingId: candidate.openingId,
                                scorecardId: scorecard.id!, round: scorecard.roundId, interviewerId: scorecard.interviewerId,
                                interviewer: names[scorecard.interviewerId]!, competencyId: rating.competencyId, rating: rating.value,
                                skipReason: rating.skipReason, evidence: rating.evidence, recommendation: scorecard.recommendation,
                                submittedAt: scorecard.submittedAt, version: scorecard.version))
                    }
                }
            }
            return rows
        }
    }
}
