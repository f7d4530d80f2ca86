/// A slate's candidates as bars of their overall score (0-100), in rank order; those who fail a
/// must-have are set apart below a divider, hatched and labelled.
public struct ScoreBarsChart: Sendable, Hashable {
    /// One candidate's bar.
    public struct Bar: Sendable, Hashable {
        public var rank: Int
        public var name: String
        /// Overall score normalised to 0-100; `nil` while unrated.
        public var score: Double?
        public var mustHaves: MustHaveStatus
        /// Ratings behind the score.
        public var confidence: Int

        public init(rank: Int, name: String, score: Double?, mustHaves: MustHaveStatus, confidence: Int) {
            self.rank = rank
            self.name = name
            self.score = score
            self.mustHaves = mustHaves
            self.confidence = confidence
        }
    }

    public var bars: [Bar]
    /// Candidates left off the chart (it shows the top of each group; the report's tables list everyone).
    public var omitted: Int

    public init(bars: [Bar], omitted: Int = 0) {
        self.bars = bars
        self.omitted = omitted
    }

    /// The bars of a slate: at most `limit` candidates meeting or pending their must-haves and
    /// `limit / 2` failing them, the best ranked of each.
    public init(slate: Slate, limit: Int = 40) {
        let bars = slate.entries.map { Bar(rank: $0.rank, name: $0.name, score: $0.normalized, mustHaves: $0.mustHaves, confidence: $0.confidence) }
        let passing = bars.filter { $0.mustHaves != .failed }.prefix(limit)
        let failing = bars.filter { $0.mustHaves == .failed }.prefix(max(1, limit / 2))
        self.init(bars: Array(passing + failing), omitted: bars.count - passing.count - failing.count)
    }

    static let width = 760.0
    static let labelWidth = 230.0
    static let valueWidth = 170.0
    static let rowHeight = 30.0
    static let top = 30.0

    /// The chart as SVG.
    public func chart(id: String = "score-bars") -> SVGChart {
        let plotLeft = Self.labelWidth
        let plotRight = Self.width - Self.valueWidth
        func x(_ score: Double) -> Double { plotLeft + min(100, max(0, score)) / 100 * (plotRight - plotLeft) }
        let passing = bars.filter { $0.mustHaves != .failed }
        let failing = bars.filter { $0.mustHaves == .failed }
        let dividerHeight = failing.isEmpty ? 0.0 : 34.0
        let height = Self.top + Double(bars.count) * Self.rowHeight + dividerHeight + 16 + (omitted > 0 ? 18 : 0)
        var body = ""
        for tick in stride(from: 0.0, through: 100, by: 25) {
            body += SVG.line(x(tick), Self.top - 4, x(tick), height - 12, class: "grid")
            body += SVG.text(x(tick), Self.top - 10, SVG.number(tick), class: "axis", anchor: "middle")
        }
        body += SVG.text(plotRight + 24, Self.top - 10, "score · ratings", class: "axis")
        var y = Self.top
        func draw(_ bar: Bar) {
            let middle = y + Self.rowHeight / 2
            body += SVG.text(8, middle + 4, RampTimelineChart.clip("\(bar.rank). \(bar.name)", 34), class: "label")
            if let score = bar.score {
                let cls = bar.mustHaves == .failed ? "bar failed" : bar.mustHaves == .pending ? "bar pending" : "bar"
                body += SVG.rect(plotLeft, middle - 9, x(score) - plotLeft, 18, class: cls, tooltip: "\(bar.name): \(SVG.number(score)) of 100, must-haves \(bar.mustHaves.rawValue)")
            } else {
                body += SVG.text(plotLeft + 4, middle + 4, "no ratings yet", class: "small")
            }
            let status = bar.mustHaves == .failed ? " ✗" : bar.mustHaves == .pending ? " ?" : ""
            body += SVG.text(
                plotRight + 24, middle + 4, "\(bar.score.map(SVG.number) ?? "–") · \(bar.confidence)\(status)",
                class: bar.mustHaves == .failed ? "value failed-text" : "value")
            y += Self.rowHeight
        }
        passing.forEach(draw)
        if !failing.isEmpty {
            body += SVG.line(0, y + 8, Self.width, y + 8, class: "divider")
            body += SVG.text(8, y + 26, "✗ Must-have not met", class: "label strong failed-text")
            y += dividerHeight
            failing.forEach(draw)
        }
        if omitted > 0 {
            body += SVG.text(8, y + 22, "… and \(omitted) more candidates, listed in the tables below", class: "small")
        }
        return SVGChart(id: id, title: "Overall scores", description: describe(), width: Self.width, height: height, body: body)
    }

    func describe() -> String {
        var parts = ["Overall score of each candidate out of 100, in rank order; candidates failing a must-have are listed separately."]
        for bar in bars {
            let score = bar.score.map { "score \(SVG.number($0)) of 100" } ?? "no score yet"
            parts.append("\(bar.rank). \(bar.name): \(score) from \(bar.confidence) ratings; must-haves \(bar.mustHaves.rawValue).")
        }
        if omitted > 0 { parts.append("\(omitted) more candidates are not drawn.") }
        return parts.joined(separator: " ")
    }
}
