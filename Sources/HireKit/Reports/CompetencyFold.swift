import Foundation

/// One candidate's ratings per competency of a plan (count, sum, lowest, highest), folded row
/// by row.
///
/// A rating's competency is found among the plan's by its UTF-8 bytes as SQLite holds them, so
/// no `String` is made per rating: a plan has a handful of competencies, and comparing a few
/// bytes beats hashing. A rating of a competency the plan does not have is not counted, since
/// the score would not read it.
struct CompetencyFold {
    /// The role version whose plan this fold follows.
    let version: Int
    private let keys: [[UInt8]]
    private var tallies: [CompetencyTally?]

    init(_ plan: Scoring.Plan, version: Int) {
        self.version = version
        keys = plan.competencies.map { Array($0.id.utf8) }
        tallies = Array(repeating: nil, count: keys.count)
    }

    /// Forgets the last candidate's ratings, keeping the storage.
    mutating func reset() {
        for index in tallies.indices { tallies[index] = nil }
    }

    mutating func add(_ value: Double, competency: UnsafeRawBufferPointer) {
        guard let index = index(of: competency) else { return }
        var tally = tallies[index] ?? CompetencyTally()
        tally.add(value)
        tallies[index] = tally
    }

    /// The plan's index of the competency whose id has these bytes: lengths first, then the bytes.
    private func index(of competency: UnsafeRawBufferPointer) -> Int? {
        guard let bytes = competency.baseAddress else { return nil }
        return keys.firstIndex { key in
            key.count == competency.count && key.withUnsafeBytes { memcmp($0.baseAddress!, bytes, key.count) == 0 }
        }
    }

    /// The tally of the plan's competency at `index`, `nil` when none of its ratings was folded.
    func tally(at index: Int) -> CompetencyTally? { tallies[index] }
}
