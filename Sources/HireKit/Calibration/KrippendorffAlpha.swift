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
        let units = (0..<matrix.unitCount).map { matrix.values(ofUnit: $0) }.filter { $0.count >= 2 }
        let values = Array(Set(units.flatMap { $0 })).sorted()
        let index = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) })
        let v = values.count
        let total = units.reduce(0) { $0 + $1.count }
        guard total >= 2 else {
            return Result(alpha: nil, pairableUnits: units.count, pairableValues: total, reason: "no unit has two ratings")
        }
        var coincidence = [Double](repeating: 0, count: v * v)
        var counts = [Int](repeating: 0, count: v)
        for unit in units {
            for (i, n) in unit.reduce(into: [Int: Int](), { $0[index[$1]!, default: 0] += 1 }) { counts[i] = n }
            let present = counts.indices.filter { counts[$0] > 0 }
            let weight = 1 / Double(unit.count - 1)
            for c in present {
                for k in present {
                    coincidence[c * v + k] += Double(counts[c] * (counts[k] - (c == k ? 1 : 0))) * weight
                }
            }
            for c in present { counts[c] = 0 }
        }
        let marginals = (0..<v).map { c in (0..<v).reduce(0.0) { $0 + coincidence[c * v + $1] } }
        let n = Double(total)
        let distance = distances(values: values, marginals: marginals, metric: metric)
        var observed = 0.0
        var expected = 0.0
        for c in 0..<v {
            for k in 0..<v where c != k {
                observed += coincidence[c * v + k] * distance[c * v + k]
                expected += marginals[c] * marginals[k] * distance[c * v + k]
            }
        }
        guard expected > 0 else {
            return Result(alpha: nil, pairableUnits: units.count, pairableValues: total, reason: "every rating is the same value")
        }
        return Result(alpha: 1 - (n - 1) * observed / expected, pairableUnits: units.count, pairableValues: total, reason: nil)
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
