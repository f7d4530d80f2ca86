import Foundation
import GRDB

/// The candidates of a role ranked for a hiring decision: those meeting every must-have first,
/// then by overall score (see ``Scoring`` for the rules).
public struct Slate: Sendable, Hashable, Codable {
    public var roleId: String
    public var openingId: String?
    public var entries: [SlateEntry]
    /// How many candidates are left out because the viewer may not see their ratings yet.
    public var withheld: Int = 0

    public init(roleId: String, openingId: String?, entries: [SlateEntry], withheld: Int = 0) {
        self.roleId = roleId
        self.openingId = openingId
        self.entries = entries
        self.withheld = withheld
    }

    /// Sorts entries by the slate's order and numbers them from 1.
    public static func ranked(_ entries: [SlateEntry]) -> [SlateEntry] {
        // Sort small keys, then move each entry once: entries are large to copy.
        let order = entries.indices.map { (index: $0, mustHaves: entries[$0].mustHaves, overall: entries[$0].overall, id: entries[$0].candidateId) }
            .sorted { a, b in
                if a.mustHaves != b.mustHaves { return a.mustHaves < b.mustHaves }
                switch (a.overall, b.overall) {
                case let (x?, y?) where x != y: return x > y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return a.id < b.id
                }
            }
        var sorted: [SlateEntry] = []
        sorted.reserveCapacity(entries.count)
        for (rank, key) in order.enumerated() {
            var entry = entries[key.index]
            entry.rank = rank + 1
            sorted.append(entry)
        }
        return sorted
    }
}

/// One candidate's line on a slate.
public struct SlateEntry: Sendable, Hashable, Codable {
    public var rank: Int
    public var candidateId: Int64
    public var name: String
    public var stage: Stage
    public var openingId: String?
    /// Overall score on the role's scale, and normalised 0–100.
    public var overall: Double?
    public var normalized: Double?
    public var mustHaves: MustHaveStatus
    /// "does not meet: discovery 2.3 < 3"
    public var mustHaveFailures: [String]
    /// Competencies without a rating yet.
    public var incomplete: [String]
    public var flags: [String]
    public var coachingStyle: CoachingStyle?
    public var skill: Double?
    public var will: Double?
    /// The number of ratings behind the score.
    public var confidence: Int
    public var scorecards: Int
    public var recommendations: RecommendationTally

    /// A line from a candidate's scores.
    public init(rank: Int = 0, candidateId: Int64, name: String, stage: Stage, openingId: String?, score: CandidateScore, scorecards: Int) {
        self.rank = rank
        self.candidateId = candidateId
        self.name = name
        self.stage = stage
        self.openingId = openingId
        self.overall = score.overall?.value
        self.normalized = score.overall?.normalized
        self.mustHaves = score.mustHaves
        self.mustHaveFailures = score.mustHaveFailures.map(\.description)
        self.incomplete = score.incomplete
        self.flags = score.flags.map(\.message)
        self.coachingStyle = score.skillWill?.style
        self.skill = score.skillWill?.skill
        self.will = score.skillWill?.will
        self.confidence = score.ratings
        self.scorecards = scorecards
        self.recommendations = score.recommendations
    }
}

extension Workspace {
    /// The ranked slate of a role's candidates (erased ones left out), optionally of one opening.
    ///
    /// Computed in one pass over the latest scorecard versions' ratings, read in candidate order
    /// straight from the index and folded into per-competency tallies (count, sum, lowest,
    /// highest) without creating an object per rating; then weighted in Swift, one candidate
    /// at a time. See BENCHMARKS.md ("Slate") for why this beats a SQL GROUP BY here.
    ///
    /// Candidates whose ratings `viewer` may not see yet (the blind rule) are left out and counted
    /// in ``Slate/withheld``.
    ///
    /// Only active candidates (not hired, rejected or withdrawn) unless `includeInactive`.
    public func slate(role: String, opening: String? = nil, includeInactive: Bool = false, as viewer: Actor) throws -> Slate {
        try Policy.require(viewer, .viewSlate)
        return try writer.read { db in
            _ = try Self.roleVersion(db, role: role)
            if let opening {
                let found = try Self.opening(db, opening)
                if found.roleId != role { throw HireError.invalid("opening '\(opening)' is for role '\(found.roleId)', not '\(role)'") }
            }
            struct Info {
                var name: String
                var stage: Stage
                var openingId: String?
                var version: Int
            }
            var infos: [Int64: Info] = [:]
            var candidateSQL = "SELECT id, name, stage, openingId, roleVersion FROM candidate WHERE roleId = ? AND erased = 0"
            var arguments: StatementArguments = [role]
            if !includeInactive {
                candidateSQL += " AND stage NOT IN ('hired', 'rejected', 'withdrawn')"
            }
            if let opening {
                candidateSQL += " AND openingId = ?"
                arguments += [opening]
            }
            let candidates = try Row.fetchCursor(db, sql: candidateSQL, arguments: arguments)
            while let row = try candidates.next() {
                infos[row[0]] = Info(name: row[1], stage: row[2], openingId: row[3], version: row[4] ?? 1)
            }
            var plans: [Int: Scoring.Plan] = [:]
            func plan(_ version: Int) throws -> Scoring.Plan {
                if let cached = plans[version] { return cached }
                let loaded = Scoring.Plan(try Self.profile(db, role: role, version: version))
                plans[version] = loaded
                return loaded
            }
            var recommendations: [Int64: (tally: RecommendationTally, scorecards: Int)] = [:]
            let recommendationRows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT s.candidateId, s.recommendation, count(*) FROM scorecard s
                    WHERE s.roleId = ? AND NOT EXISTS (SELECT 1 FROM scorecard n WHERE n.supersedes = s.id)
                    GROUP BY s.candidateId, s.recommendation
                    """, arguments: [role])
            while let row = try recommendationRows.next() {
                let id: Int64 = row[0]
                guard infos[id] != nil, let recommendation = Recommendation(rawValue: row[1]) else { continue }
                let count: Int = row[2]
                var entry = recommendations[id] ?? (RecommendationTally(), 0)
                for _ in 0..<count { entry.tally.add(recommendation) }
                entry.scorecards += count
                recommendations[id] = entry
            }
            var entries: [SlateEntry] = []
            entries.reserveCapacity(infos.count)
            var scored: Set<Int64> = []
            func finish(_ id: Int64, _ tallies: [String: CompetencyTally]) throws {
                guard let info = infos[id] else { return }
                let rec = recommendations[id]
                let score = Scoring.score(plan: try plan(info.version), tallies: tallies, recommendations: rec?.tally ?? RecommendationTally())
                entries.append(SlateEntry(candidateId: id, name: info.name, stage: info.stage, openingId: info.openingId, score: score, scorecards: rec?.scorecards ?? 0))
                scored.insert(id)
            }
            // One pass over the latest versions' ratings in candidate order (the index gives that order,
            // so SQLite neither sorts nor groups); each candidate's tallies are folded in place.
            let ratings = try Row.fetchCursor(
                db,
                sql: """
                    SELECT s.candidateId, r.competencyId, r.value
                    FROM scorecard s JOIN rating r ON r.scorecardId = s.id
                    WHERE s.roleId = ? AND NOT EXISTS (SELECT 1 FROM scorecard n WHERE n.supersedes = s.id)
                    ORDER BY s.candidateId
                    """, arguments: [role])
            var current: Int64?
            var ids: [String] = []
            var counts: [CompetencyTally] = []
            func flush(_ id: Int64) throws {
                var tallies: [String: CompetencyTally] = Dictionary(minimumCapacity: ids.count)
                for index in ids.indices { tallies[ids[index]] = counts[index] }
                try finish(id, tallies)
            }
            while let row = try ratings.next() {
                let id: Int64 = row[0]
                if id != current {
                    if let current { try flush(current) }
                    current = id
                    ids.removeAll(keepingCapacity: true)
                    counts.removeAll(keepingCapacity: true)
                }
                guard let value: Double = row[2] else { continue }
                let competency: String = row[1]
                if let index = ids.firstIndex(of: competency) {
                    counts[index].add(value)
                } else {
                    ids.append(competency)
                    var tally = CompetencyTally()
                    tally.add(value)
                    counts.append(tally)
                }
            }
            if let current { try flush(current) }
            for (id, _) in infos where !scored.contains(id) { try finish(id, [:]) }
            var withheld = 0
            if viewer.personId != nil {
                let relations = try Relation.Batch(viewer, in: db)
                let count = entries.count
                entries.removeAll { !Policy.allows(viewer, .viewRatings, relations.relation(candidate: $0.candidateId, opening: $0.openingId)) }
                withheld = count - entries.count
            }
            return Slate(roleId: role, openingId: opening, entries: Slate.ranked(entries), withheld: withheld)
        }
    }
}
