/// The hiring funnel from the recorded stage history: see ``AnalyticsService/funnel(_:as:)``.
public struct FunnelReport: Sendable, Hashable, Codable {
    /// What the funnel covers.
    public struct Filter: Sendable, Hashable, Codable {
        public var role: String?
        public var opening: String?
        public var source: String?
        /// Candidates who applied (were added) on or after this day, in the workspace's time zone.
        public var from: CalendarDate?
        /// ... and on or before this day.
        public var to: CalendarDate?

        public init(role: String? = nil, opening: String? = nil, source: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil) {
            self.role = role
            self.opening = opening
            self.source = source
            self.from = from
            self.to = to
        }

        /// The filter in words ("role account-executive, applied from 2026-01-01"), `nil` for every candidate.
        public var words: String? {
            var parts: [String] = []
            if let role { parts.append("role \(role)") }
            if let opening { parts.append("opening \(opening)") }
            if let source { parts.append("source \(source)") }
            if let from { parts.append("applied from \(from)") }
            if let to { parts.append("applied to \(to)") }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        }
    }

    public var filter: Filter
    /// Every candidate in the filter.
    public var overall: FunnelSegment
    /// Split by source (`(none)` for candidates without one).
    public var bySource: [FunnelSegment]
    /// Split by opening (`(none)` for candidates without one).
    public var byOpening: [FunnelSegment]
}

/// The funnel of one group of candidates.
public struct FunnelSegment: Sendable, Hashable, Codable {
    /// `all`, the source or the opening id.
    public var key: String
    public var candidates: Int
    /// applied, screening, interviewing, offer, hired.
    public var stages: [FunnelStage]
    /// Days from applying (being added) to the move to hired.
    public var timeToHire: DaySummary?
    /// Days from the opening's creation to the move to hired, for hires with an opening.
    public var timeToFill: DaySummary?
}

/// One stage of a funnel.
public struct FunnelStage: Sendable, Hashable, Codable {
    public var stage: Stage
    /// Candidates who were ever moved to this stage or a later one (applied: everyone).
    public var reached: Int
    /// The share of those who reached the next stage (`nil` for hired, or when none reached this one).
    public var conversion: Double?
    /// Days spent in this stage by candidates who have left it (moved on, out or back).
    public var daysInStage: DaySummary?
    /// Every finished stay in days, for distributions (not encoded).
    public var stays: [Double] = []

    enum CodingKeys: String, CodingKey { case stage, reached, conversion, daysInStage }
}

/// How many days something took: n, median and 90th percentile (linear interpolation between
/// order statistics, as numpy's default).
public struct DaySummary: Sendable, Hashable, Codable {
    public var n: Int
    public var median: Double
    public var p90: Double

    /// The summary of `days`, `nil` when empty.
    public init?(_ days: [Double]) {
        guard !days.isEmpty else { return nil }
        let sorted = days.sorted()
        n = sorted.count
        median = Self.quantile(sorted, 0.5)
        p90 = Self.quantile(sorted, 0.9)
    }

    /// The q-quantile of sorted values, interpolating linearly at position q·(n − 1).
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}
