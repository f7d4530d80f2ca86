import GRDB

/// The latest versions of a role's scorecards with their ratings, one row per rating, read in
/// candidate order and taken one candidate at a time as the candidates are read in the same
/// order: a merge join, with nothing kept per candidate.
///
/// One read gives both the recommendations and the ratings: each scorecard's recommendation is
/// counted at its first row. The columns are read straight from SQLite's statement after each
/// step (GRDB's cursor steps it; ``StatementColumns``), so a rating costs no `Row` value and no
/// `String`.
final class LatestScorecardRows {
    private let columns: StatementColumns
    private let rows: RowCursor
    /// Whether the statement holds a row not taken yet.
    private var pending: Bool

    /// - Parameters:
    ///   - condition: which scorecards (alias `s`), such as `s.roleId = ?`; only the latest
    ///     version of each is read.
    init(_ db: Database, condition: String, arguments: StatementArguments) throws {
        // The role's index gives the scorecards in candidate then id order, so SQLite sorts
        // nothing; a scorecard's ratings follow it. A scorecard without ratings is one row.
        let statement = try db.makeStatement(
            sql: """
                SELECT s.candidateId, s.id, s.recommendation, r.competencyId, r.value
                FROM scorecard s LEFT JOIN rating r ON r.scorecardId = s.id
                WHERE \(condition) AND NOT EXISTS (SELECT 1 FROM scorecard n WHERE n.supersedes = s.id)
                ORDER BY s.candidateId, s.id
                """)
        columns = StatementColumns(statement)
        rows = try Row.fetchCursor(statement, arguments: arguments)
        pending = try rows.next() != nil
    }

    /// Folds candidate `id`'s rows: each scorecard's recommendation into `recommendations`,
    /// each rating given a value into `fold`. Rows of candidates before `id` are passed over.
    ///
    /// - Returns: the candidate's scorecards with a recommendation Hire knows.
    func take(_ id: Int64, recommendations: inout RecommendationTally, fold: inout CompetencyFold) throws -> Int {
        var (scorecards, lastScorecard): (Int, Int64?) = (0, nil)
        while pending {
            let candidate = columns.int64(0)
            if candidate > id { break }
            if candidate == id {
                let scorecard = columns.int64(1)
                if scorecard != lastScorecard {
                    lastScorecard = scorecard
                    if let recommendation = columns.string(2).flatMap(Recommendation.init(rawValue:)) {
                        recommendations.add(recommendation)
                        scorecards += 1
                    }
                }
                if let value = columns.double(4) {
                    columns.withBytes(3) { fold.add(value, competency: $0) }
                }
            }
            pending = try rows.next() != nil
        }
        return scorecards
    }
}
