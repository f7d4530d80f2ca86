/// A candidate's ratings per competency: the mean as a bar, every individual rating as a dot,
/// and the must-have minimum as a dashed line; a mean below its minimum is hatched and labelled.
public struct CompetencyChart: Sendable, Hashable {
    /// One competency's row.
    public struct Row: Sendable, Hashable {
        public var name: String
        public var kind: CompetencyKind
        public var mean: Double?
        public var mustHave: Double?
        /// Every rating given (n/a left out), in the order given.
        public var ratings: [Double]

        public init(name: String, kind: CompetencyKind, mean: Double?, mustHave: Double?, ratings: [Double]) {
            self.name = name
            self.kind = kind
            self.mean = mean
            self.mustHave = mustHave
            self.ratings = ratings
        }

        /// Whether the mean falls below the must-have minimum.
        public var failsMustHave: Bool {
            guard let mean, let mustHave else { return false }
            return mean < mustHave
        }
    }

    public var scale: RatingScale
    public var rows: [Row]

    public init(scale: RatingScale, rows: [Row]) {
        self.scale = scale
        self.rows = rows
    }

    /// The rows of a candidate report, with means and minimums from its scores.
    public init(report: CandidateReport, scale: RatingScale) {
        let scores = Dictionary((report.score?.competencies ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.init(
            scale: scale,
            rows: report.competencies.map { competency in
                let values = competency.ratings.compactMap(\.value)
                let score = scores[competency.id]
                let mean = score?.mean ?? (values.isEmpty ? nil : values.reduce(0, +) / Double(values.count))
                return Row(name: competency.name, kind: competency.kind, mean: mean, mustHave: score?.mustHave, ratings: values)
            })
    }

    static let width = 760.0
    static let labelWidth = 250.0
    static let valueWidth = 120.0
    static let rowHeight = 46.0
    static let top = 34.0

    /// The chart as SVG.
    public func chart(id: String = "competencies") -> SVGChart {
        let plotLeft = Self.labelWidth
        let plotRight = Self.width - Self.valueWidth
        let low = Double(scale.min)
        let high = Double(scale.max)
        func x(_ value: Double) -> Double { plotLeft + (value - low) / max(1, high - low) * (plotRight - plotLeft) }
        let height = Self.top + Double(rows.count) * Self.rowHeight + 24
        var body = ""
        // Axis: one gridline and label per scale level.
        for level in scale.levels {
            let lx = x(Double(level))
            body += SVG.line(lx, Self.top - 6, lx, height - 22, class: "grid")
            body += SVG.text(lx, Self.top - 12, "\(level)", class: "axis", anchor: "middle")
        }
        body += SVG.text(plotRight + 14, Self.top - 12, "mean (n)", class: "axis")
        for (index, row) in rows.enumerated() {
            let top = Self.top + Double(index) * Self.rowHeight
            let middle = top + Self.rowHeight / 2
            if index % 2 == 1 { body += SVG.rect(0, top, Self.width, Self.rowHeight, class: "band") }
            body += SVG.text(8, middle - 2, RampTimelineChart.clip(row.name, 31), class: "label strong")
            body += SVG.text(8, middle + 13, row.kind.rawValue, class: "small")
            if let mean = row.mean {
                let cls = row.failsMustHave ? "bar failed" : "bar"
                let tip = "\(row.name): mean \(SVG.number(mean))" + (row.failsMustHave ? ", below the must-have minimum" : "")
                body += SVG.rect(plotLeft, middle - 8, x(mean) - plotLeft, 16, class: cls, tooltip: tip)
                body += SVG.line(x(mean), middle - 11, x(mean), middle + 11, class: "mean-mark")
                let value = "\(SVG.number(mean)) (\(row.ratings.count))" + (row.failsMustHave ? " ✗ below" : "")
                body += SVG.text(plotRight + 14, middle + 4, value, class: row.failsMustHave ? "value failed-text" : "value")
            } else {
                body += SVG.text(plotLeft + 4, middle + 4, "not rated", class: "small")
                body += SVG.text(plotRight + 14, middle + 4, "–", class: "value")
            }
            if let minimum = row.mustHave {
                let mx = x(minimum)
                body += SVG.line(mx, top + 4, mx, top + Self.rowHeight - 4, class: "must-have")
                body += SVG.text(mx + 3, top + 11, "min \(SVG.number(minimum))", class: "small must-have-label")
            }
            // Dots: ratings of the same value spread out vertically so each one shows.
            var seen: [Double: Int] = [:]
            for value in row.ratings {
                let k = seen[value, default: 0]
                seen[value] = k + 1
                let offset = Double((k + 1) / 2) * 6 * (k % 2 == 0 ? 1 : -1)
                body += SVG.circle(x(value), middle + offset, 4.5, class: "dot", tooltip: "\(row.name): rated \(SVG.number(value))")
            }
        }
        return SVGChart(id: id, title: "Ratings per competency", description: describe(), width: Self.width, height: height, body: body)
    }

    /// The text alternative: every competency's mean, ratings and must-have outcome.
    func describe() -> String {
        var parts = ["Mean rating of each competency on the \(scale.min) to \(scale.max) scale, with every individual rating and the must-have minimum."]
        for row in rows {
            var part = "\(row.name): "
            if let mean = row.mean {
                part += "mean \(SVG.number(mean)) from \(row.ratings.count) rating\(row.ratings.count == 1 ? "" : "s")"
                if !row.ratings.isEmpty { part += " (\(row.ratings.map(SVG.number).joined(separator: ", ")))" }
            } else {
                part += "not rated"
            }
            if let minimum = row.mustHave {
                part += "; must-have \(SVG.number(minimum))" + (row.mean == nil ? ", pending" : row.failsMustHave ? ", not met" : ", met")
            }
            parts.append(part + ".")
        }
        return parts.joined(separator: " ")
    }
}
