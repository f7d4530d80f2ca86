extension RatingsMatrix {
    /// The largest complete block: a set of at least `minimumRaters` raters and the units
    /// every one of them rated.
    ///
    /// Panels differ from candidate to candidate, so intraclass correlations, which need
    /// every unit rated by the same raters, are computed on this block. Candidate rater sets
    /// are the panels observed on units and, when there are at most 300 distinct panels,
    /// their pairwise intersections. The block chosen covers the most candidates, then the
    /// most units, then has the most raters, then the lowest rater numbers.
    ///
    /// - Parameter candidates: the candidate of each unit, when a candidate has several units
    ///   (their competencies), so that a block of many units from few candidates does not win
    ///   over one of more candidates. Without it every unit is its own candidate.
    public func largestCompleteBlock(minimumRaters: Int = 2, candidates: [Int]? = nil) -> (units: [Int], raters: [Int])? {
        precondition(candidates == nil || candidates!.count == unitCount, "one candidate per unit")
        // The distinct panels (sets of raters, ascending) and which one rated each unit.
        var panelNumber: [[Int32]: Int] = [:]
        var panels: [[Int32]] = []
        var unitsRated: [Int] = []
        var panelOfUnit = [Int32](repeating: 0, count: unitCount)
        var scratch: [Int32] = []
        for unit in 0..<unitCount {
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: raterOf[entries(ofUnit: unit)])
            if let number = panelNumber[scratch] {
                panelOfUnit[unit] = Int32(number)
                unitsRated[number] += 1
            } else {
                panelNumber[scratch] = panels.count
                panelOfUnit[unit] = Int32(panels.count)
                panels.append(scratch)
                unitsRated.append(1)
            }
        }
        var choices = Set(panels.filter { $0.count >= minimumRaters })
        let observed = Array(choices)
        if observed.count <= 300 {
            for i in observed.indices {
                for j in observed.indices where j > i {
                    let common = Self.intersection(observed[i], observed[j])
                    if common.count >= minimumRaters { choices.insert(common) }
                }
            }
        }
        // Units covered by each choice, most first: a choice can cover no more candidates than units.
        let covering = choices.map { choice -> (raters: [Int32], supersets: [Bool], units: Int) in
            let supersets = panels.map { Self.isSubset(choice, of: $0) }
            return (choice, supersets, panels.indices.reduce(0) { $0 + (supersets[$1] ? unitsRated[$1] : 0) })
        }.sorted { $0.units > $1.units }
        var best: (candidates: Int, units: [Int], raters: [Int32])?
        for choice in covering {
            if let best, choice.units < best.candidates { break }
            let units = (0..<unitCount).filter { choice.supersets[Int(panelOfUnit[$0])] }
            let covered = candidates.map { of in Set(units.lazy.map { of[$0] }).count } ?? units.count
            let better: Bool
            if let best {
                better =
                    (covered, units.count, choice.raters.count) > (best.candidates, best.units.count, best.raters.count)
                    || ((covered, units.count, choice.raters.count) == (best.candidates, best.units.count, best.raters.count)
                        && choice.raters.lexicographicallyPrecedes(best.raters))
            } else {
                better = true
            }
            if better { best = (covered, units, choice.raters) }
        }
        return best.map { ($0.units, $0.raters.map(Int.init)) }
    }

    /// The raters two ascending panels share.
    static func intersection(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var (i, j) = (0, 0)
        var common: [Int32] = []
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                common.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return common
    }

    /// Whether every rater of the ascending panel `a` is in the ascending panel `b`.
    static func isSubset(_ a: [Int32], of b: [Int32]) -> Bool {
        intersection(a, b).count == a.count
    }
}
