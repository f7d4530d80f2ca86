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

