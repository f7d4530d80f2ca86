/// The integer range interviewers rate on, such as 1...4.
public struct RatingScale: Sendable, Hashable, Codable {
    public var min: Int
    public var max: Int

    public init(min: Int = 1, max: Int = 4) {
        self.min = min
        self.max = max
    }

    /// The default scale, 1 to 4: no neutral middle, so raters must lean one way.
    public static let standard = RatingScale()

    /// The largest `max` a profile may use.
    public static let largestMax = 10

    /// The middle of the scale; "high" means at or above it.
    public var midpoint: Double { Double(min + max) / 2 }

    /// Whether a rating lies on the scale.
    public func contains(_ value: Double) -> Bool { value >= Double(min) && value <= Double(max) }

    /// The levels of the scale, lowest first.
    public var levels: ClosedRange<Int> { min...max }

    /// A value on the scale mapped to 0-100.
    public func normalized(_ value: Double) -> Double {
        guard max > min else { return 0 }
        return (value - Double(min)) / Double(max - min) * 100
    }
}
