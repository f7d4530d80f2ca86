/// Krippendorff's alpha: agreement among any number of raters, with missing ratings,
/// corrected for the agreement expected by chance.
///
/// Computed through the coincidence matrix of Krippendorff (2011), "Computing
/// Krippendorff's Alpha-Reliability": alpha = 1 - (n - 1) * sum(o_ck * d_ck) / sum(n_c * n_k * d_ck),
/// over pairable values only (units with at least two ratings).
public enum KrippendorffAlpha {
    /// How far apart two values are taken to be.
    public enum Metric: String, Sendable, Hashable, Codable, CaseIterable {
        /// Values are categories: equal or not.
        case nominal
        /// Values are ranks: the distance counts the values lying between them.
        case ordinal
        /// Values are numbers on an equal-interval scale: squared difference.
        case interval
    }

    /// An alpha with the data it rests on.
    public struct Result: Sendable, Hashable, Codable {
        /// The coefficient, or `nil` when it is undefined (see `reason`).
        public var alpha: Double?
        /// Units with at least two ratings.
        public var pairableUnits: Int
        /// Ratings in those units (`n` in Krippendorff's notation).
        public var pairableValues: Int
        /// Why `alpha` is `nil`.
        public var reason: String?
    }

    /// Alpha of a ratings matrix under a metric.
    ///
    /// Undefined (`alpha == nil`) when fewer than two ratings are pairable or when all
    /// pairable ratings are the same value (no variation, so nothing to agree on).
    public static func compute(_ matrix: RatingsMatrix, metric: Metric) -> Result {
        Coincidences(matrix).alpha(metric)
    }

    /// The coincidence matrix of a ratings matrix: what every metric's alpha is computed from.
    struct Coincidences {
        /// The distinct pairable values, ascending.
        var values: [Double] = []
        /// o_ck, row-major over `values`.
        var counts: [Double] = []
        var pairableUnits = 0
        var pairableValues = 0

        init(_ matrix: RatingsMatrix) {
            let pairable = (0..<matrix.unitCount).filter { matrix.ratingCount(ofUnit: $0) >= 2 }
            var distinct = Set<Double>()
            for unit in pairable {
                for entry in matrix.entries(ofUnit: unit) { distinct.insert(matrix.valueOf[entry]) }
            }
            values = distinct.sorted()
            let index = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) })
            let v = values.count
            pairableUnits = pairable.count
            counts = [Double](repeating: 0, count: v * v)
            var tally = [Int](repeating: 0, count: v)
            var present: [Int] = []
            for unit in pairable {
                let entries = matrix.entries(ofUnit: unit)
                pairableValues += entries.count
                present.removeAll(keepingCapacity: true)
                for entry in entries {
                    let value = matrix.valueOf[entry]
                    // Ratings are few distinct values: a short scan beats hashing.
                    let c = v <= 16 ? values.firstIndex(of: value)! : index[value]!
                    if tally[c] == 0 { present.append(c) }
                    tally[c] += 1
                }
                present.sort()
                let weight = 1 / Double(entries.count - 1)
                for c in present {
                    for k in present {
                        counts[c * v + k] += Double(tally[c] * (tally[k] - (c == k ? 1 : 0))) * weight
                    }
                }
                for c in present { tally[c] = 0 }
            }
        }

        /// Alpha under `metric`.
        func alpha(_ metric: Metric) -> Result {
            guard pairableValues >= 2 else {
                return Result(alpha: nil, pairableUnits: pairableUnits, pairableValues: pairableValues, reason: "no unit has two ratings")
            }
            let v = values.count
            let marginals = (0..<v).map { c in (0..<v).reduce(0.0) { $0 + counts[c * v + $1] } }
            let n = Double(pairableValues)
            let distance = distances(values: values, marginals: marginals, metric: metric)
            var observed = 0.0
            var expected = 0.0
            for c in 0..<v {
                for k in 0..<v where c != k {
                    observed += counts[c * v + k] * distance[c * v + k]
                    expected += marginals[c] * marginals[k] * distance[c * v + k]
                }
            }
            guard expected > 0 else {
                return Result(alpha: nil, pairableUnits: pairableUnits, pairableValues: pairableValues, reason: "every rating is the same value")
            }
            return Result(alpha: 1 - (n - 1) * observed / expected, pairableUnits: pairableUnits, pairableValues: pairableValues, reason: nil)
        }
    }

    /// The squared distances delta^2(c, k) between the sorted distinct values.
    static func distances(values: [Double], marginals: [Double], metric: Metric) -> [Double] {
        let v = values.count
        var distance = [Double](repeating: 0, count: v * v)
        for c in 0..<v {
            for k in 0..<v where c != k {
                switch metric {
                case .nominal:
                    distance[c * v + k] = 1
                case .interval:
                    distance[c * v + k] = (values[c] - values[k]) * (values[c] - values[k])
                case .ordinal:
                    let (low, high) = (min(c, k), max(c, k))
                    let between = marginals[low...high].reduce(0, +) - (marginals[c] + marginals[k]) / 2
                    distance[c * v + k] = between * between
                }
            }
        }
        return distance
    }
}
