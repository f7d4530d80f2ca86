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
        var entries = entries
        rank(&entries)
        return entries
    }

    /// Orders `entries` as ``ranked(_:)`` does, in place: a slate of 100,000 candidates is
    /// never held twice.
    static func rank(_ entries: inout [SlateEntry]) {
        // Sort small keys, then move the entries along the permutation's cycles.
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
            .map(\.index)
        var placed = [Bool](repeating: false, count: entries.count)
        for start in entries.indices where !placed[start] {
            let first = entries[start]
            var position = start
            while true {
                placed[position] = true
                let source = order[position]
                if source == start {
                    entries[position] = first
                    break
                }
                entries[position] = entries[source]
                position = source
            }
        }
        for position in entries.indices { entries[position].rank = position + 1 }
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

