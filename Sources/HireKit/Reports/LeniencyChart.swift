import Foundation

/// Rater leniency as a forest plot: each interviewer's mean difference from the rest of their
/// panels with its confidence interval, the zero line and the ±threshold band; the verdict is
/// written beside each row.
public struct LeniencyChart: Sendable, Hashable {
    /// One interviewer's row.
    public struct Row: Sendable, Hashable {
        public var name: String
        public var leniency: RaterLeniency

        public init(name: String, leniency: RaterLeniency) {
            self.name = name
            self.leniency = leniency
        }
    }

    public var rows: [Row]
    /// The band within which a lean does not count, in scale points.
    public var threshold: Double

    public init(rows: [Row], threshold: Double = 0.5) {
        self.rows = rows
        self.threshold = threshold
    }

    /// The raters of a calibration report.
    public init(report: CalibrationReport, threshold: Double = 0.5) {
        self.init(rows: report.raters.map { Row(name: $0.name, leniency: $0.leniency) }, threshold: threshold)
    }

    static let width = 760.0
    static let labelWidth = 190.0
    static let verdictWidth = 170.0
    static let rowHeight = 30.0
    static let top = 32.0

    static func verdictText(_ verdict: RaterLeniency.Verdict) -> String {
        switch verdict {
        case .lenient: "▲ lenient"
        case .severe: "▼ severe"
        case .inLine: "= in line"
        case .tooFewComparisons: "too few comparisons"
        }
    }

    /// The chart as SVG.
    public func chart(id: String = "leniency") -> SVGChart {
        let plotLeft = Self.labelWidth
        let plotRight = Self.width - Self.verdictWidth
        let extent = max(threshold + 0.5, rows.flatMap { [$0.leniency.lower, $0.leniency.upper, $0.leniency.meanDifference].compactMap { $0.map(abs) } }.max() ?? 0)
        let limit = (extent * 2).rounded(.up) / 2
        func x(_ v: Double) -> Double { plotLeft + (v + limit) / (2 * limit) * (plotRight - plotLeft) }
        let height = Self.top + Double(rows.count) * Self.rowHeight + 34
        var body = SVG.rect(x(-threshold), Self.top - 4, x(threshold) - x(-threshold), height - Self.top - 26, class: "zone")
        for tick in stride(from: -limit, through: limit + 0.001, by: 0.5) {
            body += SVG.line(x(tick), Self.top - 4, x(tick), height - 30, class: tick == 0 ? "zero" : "grid")
            body += SVG.text(x(tick), Self.top - 10, (tick > 0 ? "+" : "") + SVG.number(tick), class: "axis", anchor: "middle")
        }
        body += SVG.text(plotRight + 22, Self.top - 10, "verdict (n)", class: "axis")
        body += SVG.text(x(-limit), height - 8, "← more severe than the panel", class: "small")
        body += SVG.text(x(limit), height - 8, "more lenient than the panel →", class: "small", anchor: "end")
        for (index, row) in rows.enumerated() {
            let top = Self.top + Double(index) * Self.rowHeight
            let middle = top + Self.rowHeight / 2
            let cls = "verdict-" + row.leniency.verdict.rawValue
            body += SVG.text(8, middle + 4, row.name, class: "label")
            if let lower = row.leniency.lower, let upper = row.leniency.upper {
                body += SVG.line(x(lower), middle, x(upper), middle, class: "interval \(cls)")
                body += SVG.line(x(lower), middle - 6, x(lower), middle + 6, class: "interval \(cls)")
                body += SVG.line(x(upper), middle - 6, x(upper), middle + 6, class: "interval \(cls)")
            }
            if let mean = row.leniency.meanDifference {
                var tip = "\(row.name): mean difference \(Self.signed(mean))"
                if let lower = row.leniency.lower, let upper = row.leniency.upper { tip += ", interval \(Self.signed(lower)) to \(Self.signed(upper))" }
                body += SVG.marker(.square, x(mean), middle, size: 5, class: "marker \(cls)", tooltip: tip)
            }
            body += SVG.text(plotRight + 22, middle + 4, "\(Self.verdictText(row.leniency.verdict)) (\(row.leniency.comparisons))", class: "value \(cls)-text")
        }
        return SVGChart(id: id, title: "Rater leniency", description: describe(), width: Self.width, height: height, body: body)
    }

    static func signed(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return (rounded > 0 ? "+" : "") + String(format: "%.2f", rounded)
    }

    func describe() -> String {
        var parts = [
            "Each interviewer's mean difference from the rest of their panels, in scale points, with a 95% confidence interval; "
                + "an interval wholly beyond ±\(SVG.number(threshold)) is flagged."
        ]
        for row in rows {
            var part = "\(row.name): "
            if let mean = row.leniency.meanDifference { part += "mean difference \(Self.signed(mean))" } else { part += "no comparisons" }
            if let lower = row.leniency.lower, let upper = row.leniency.upper { part += ", interval \(Self.signed(lower)) to \(Self.signed(upper))" }
            part += ", \(Self.verdictText(row.leniency.verdict).trimmingPrefixSymbol()) from \(row.leniency.comparisons) comparisons."
            parts.append(part)
        }
        return parts.joined(separator: " ")
    }
}

extension String {
    /// The text without a leading symbol and space ("▲ lenient" → "lenient").
    func trimmingPrefixSymbol() -> String {
        guard let first = unicodeScalars.first, !first.properties.isAlphabetic, dropFirst().hasPrefix(" ") else { return self }
        return String(dropFirst(2))
    }
}
