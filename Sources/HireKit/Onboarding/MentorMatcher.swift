/// Ranks mentors for a new hire by how well their strengths cover the hire's focus areas.
///
/// Each focus area a mentor is strong in scores its coverage: the mentor's rating of it on
/// the role scale normalised to 0...1, or 1 when the strength is unrated. The score is the
/// mean coverage over the focus areas, as a percentage. With no focus areas, every mentor
/// scores by their number of strengths in the role's competencies. Ties go to the mentor with
/// more free capacity, then by name.
public enum MentorMatcher {
    /// A mentor who could take the new hire, with a score and the reasons for it.
    public struct Suggestion: Sendable, Hashable, Codable {
        public var personId: Int64
        public var name: String
        public var score: Double
        public var freeCapacity: Int
        public var covers: [String]
        public var misses: [String]
        public var explanation: String
    }

    /// A mentor as the matcher sees them.
    public struct Candidate: Sendable {
        public var personId: Int64
        public var name: String
        public var capacity: Int
        public var activeMentees: Int
        public var strengths: [String: Double?]

        public init(personId: Int64, name: String, capacity: Int, activeMentees: Int, strengths: [String: Double?]) {
            self.personId = personId
            self.name = name
            self.capacity = capacity
            self.activeMentees = activeMentees
            self.strengths = strengths
        }
    }

    /// Suggestions, best first, leaving out mentors with no free capacity and anyone in `excluded`.
    public static func rank(
        _ mentors: [Candidate], focusAreas: [String], scale: RatingScale, roleCompetencies: [String], excluded: Set<Int64>
    ) -> [Suggestion] {
        let suggestions = mentors.compactMap { mentor -> Suggestion? in
            let free = mentor.capacity - mentor.activeMentees
            guard free > 0, !excluded.contains(mentor.personId) else { return nil }
            var covers: [String] = []
            var misses: [String] = []
            var parts: [String] = []
            var total = 0.0
            for area in focusAreas {
                guard let strength = mentor.strengths[area] else {
                    misses.append(area)
                    continue
                }
                covers.append(area)
                if let rating = strength {
                    let coverage = max(0, min(1, scale.normalized(rating) / 100))
                    total += coverage
                    parts.append("\(area) \(rating.plainText)/\(scale.max)")
                } else {
                    total += 1
                    parts.append(area)
                }
            }
            let score: Double
            var explanation: String
            if focusAreas.isEmpty {
                let relevant = roleCompetencies.filter { mentor.strengths[$0] != nil }
                score = roleCompetencies.isEmpty ? 0 : Double(relevant.count) / Double(roleCompetencies.count) * 100
                explanation = "no focus areas; strong in \(relevant.count) of the role's \(roleCompetencies.count) competencies"
            } else {
                score = total / Double(focusAreas.count) * 100
                explanation = covers.isEmpty ? "covers none of the focus areas" : "covers \(parts.joined(separator: ", "))"
                if !misses.isEmpty { explanation += "; misses \(misses.joined(separator: ", "))" }
            }
            explanation += "; \(free) of \(mentor.capacity) places free"
            return Suggestion(
                personId: mentor.personId, name: mentor.name, score: (score * 10).rounded() / 10, freeCapacity: free,
                covers: covers, misses: misses, explanation: explanation)
        }
        return suggestions.sorted { ($1.score, $1.freeCapacity, $0.name) < ($0.score, $0.freeCapacity, $1.name) }
    }
}
