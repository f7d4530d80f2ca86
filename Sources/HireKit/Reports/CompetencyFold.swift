/// One candidate's ratings per competency (count, sum, lowest, highest), folded row by row.
struct CompetencyFold {
    // Competencies and tallies side by side: a handful each, so finding one by comparison
    // beats hashing it for every rating. Kept between candidates, emptied, not freed.
    private var ids: [String] = []
    private var counts: [CompetencyTally] = []

    mutating func reset() {
        ids.removeAll(keepingCapacity: true)
        counts.removeAll(keepingCapacity: true)
    }

    mutating func add(_ value: Double?, competency: String) {
        guard let value else { return }
        if let index = ids.firstIndex(of: competency) {
            counts[index].add(value)
        } else {
            ids.append(competency)
            counts.append(CompetencyTally())
            counts[counts.count - 1].add(value)
        }
    }

    /// The tally of `competency`, `nil` when none of its ratings was folded.
    func tally(_ competency: String) -> CompetencyTally? {
        ids.firstIndex(of: competency).map { counts[$0] }
    }
}
