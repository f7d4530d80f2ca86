import GRDB

/// The slate's reads of recommendations and ratings, each in candidate order, taken one
/// candidate at a time as the candidates are read in the same order (a merge join).
enum SlateMerge {
    /// Rows of `candidateId, recommendation, count`, grouped by candidate.
    final class Recommendations {
        private let rows: RowCursor
        private var pending: (id: Int64, recommendation: String, count: Int)?

        init(_ rows: RowCursor) throws {
            self.rows = rows
            pending = try Self.read(rows)
        }

        /// The recommendations of candidate `id` and how many scorecards gave them; rows of
        /// candidates before it (not on the slate) are passed over.
        func take(_ id: Int64) throws -> (RecommendationTally, scorecards: Int) {
            var tally = RecommendationTally()
            var scorecards = 0
            while let row = pending, row.id <= id {
                if row.id == id, let recommendation = Recommendation(rawValue: row.recommendation) {
                    for _ in 0..<row.count { tally.add(recommendation) }
                    scorecards += row.count
                }
                pending = try Self.read(rows)
            }
            return (tally, scorecards)
        }

        private static func read(_ rows: RowCursor) throws -> (id: Int64, recommendation: String, count: Int)? {
            guard let row = try rows.next() else { return nil }
            return (row[0], row[1], row[2])
        }
    }

    /// Rows of `candidateId, competencyId, value`, in candidate order, folded into tallies.
    final class Ratings {
        private let rows: RowCursor
        private var pending: (id: Int64, competency: String, value: Double?)?
        // One candidate's competencies and tallies, side by side: a handful each, so finding
        // one by comparison beats hashing it for every rating.
        private var ids: [String] = []
        private var counts: [CompetencyTally] = []

        init(_ rows: RowCursor) throws {
            self.rows = rows
            pending = try Self.read(rows)
        }

        /// Candidate `id`'s ratings per competency (count, sum, lowest, highest); rows of
        /// candidates before it (not on the slate) are passed over.
        func take(_ id: Int64) throws -> [String: CompetencyTally] {
            ids.removeAll(keepingCapacity: true)
            counts.removeAll(keepingCapacity: true)
            while let row = pending, row.id <= id {
                if row.id == id, let value = row.value {
                    if let index = ids.firstIndex(of: row.competency) {
                        counts[index].add(value)
                    } else {
                        ids.append(row.competency)
                        counts.append(CompetencyTally())
                        counts[counts.count - 1].add(value)
                    }
                }
                pending = try Self.read(rows)
            }
            var tallies: [String: CompetencyTally] = Dictionary(minimumCapacity: ids.count)
            for index in ids.indices { tallies[ids[index]] = counts[index] }
            return tallies
        }

        private static func read(_ rows: RowCursor) throws -> (id: Int64, competency: String, value: Double?)? {
            guard let row = try rows.next() else { return nil }
            return (row[0], row[1], row[2])
        }
    }
}
