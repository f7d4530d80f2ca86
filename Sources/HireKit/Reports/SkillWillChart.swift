/// The skill-will matrix: skill across, will up, the scale's midpoint splitting the four
/// coaching quadrants (direct, guide, excite, delegate), each named on the chart.
public struct SkillWillChart: Sendable, Hashable {
    /// A person placed on the matrix.
    public struct Point: Sendable, Hashable {
        public var label: String
        public var skill: Double
        public var will: Double

        public init(label: String, skill: Double, will: Double) {
            self.label = label
            self.skill = skill
            self.will = will
        }
    }

    public var scale: RatingScale
    public var points: [Point]

    public init(scale: RatingScale, points: [Point]) {
        self.scale = scale
        self.points = points
    }

    static let size = 360.0
    static let margin = 44.0

    /// The chart as SVG.
    public func chart(id: String = "skill-will") -> SVGChart {
        let side = Self.size - 2 * Self.margin
        let low = Double(scale.min)
        let high = Double(scale.max)
        func x(_ v: Double) -> Double { Self.margin + (v - low) / max(1, high - low) * side }
        func y(_ v: Double) -> Double { Self.margin + side - (v - low) / max(1, high - low) * side }
        let mid = scale.midpoint
        var body = SVG.rect(Self.margin, Self.margin, side, side, class: "frame")
        body += SVG.line(x(mid), Self.margin, x(mid), Self.margin + side, class: "axis-line")
        body += SVG.line(Self.margin, y(mid), Self.margin + side, y(mid), class: "axis-line")
        let quadrants: [(CoachingStyle, Double, Double)] = [
            (.guide, x(low) + 8, y(high) + 18), (.delegate, x(mid) + 8, y(high) + 18),
            (.direct, x(low) + 8, y(mid) + 18), (.excite, x(mid) + 8, y(mid) + 18),
        ]
        for (style, qx, qy) in quadrants {
            body += SVG.text(qx, qy, style.rawValue.capitalized, class: "label strong muted")
            body += SVG.text(qx, qy + 14, style.quadrant, class: "small")
        }
        for level in scale.levels {
            body += SVG.text(x(Double(level)), Self.margin + side + 16, "\(level)", class: "axis", anchor: "middle")
            body += SVG.text(Self.margin - 8, y(Double(level)) + 4, "\(level)", class: "axis", anchor: "end")
        }
        body += SVG.text(Self.margin + side / 2, Self.size - 6, "skill →", class: "axis", anchor: "middle")
        body += "<text x=\"12\" y=\"\(SVG.n(Self.margin + side / 2))\" class=\"axis\" text-anchor=\"middle\" transform=\"rotate(-90 12 \(SVG.n(Self.margin + side / 2)))\">will →</text>\n"
        for point in points {
            let px = x(min(high, max(low, point.skill)))
            let py = y(min(high, max(low, point.will)))
            body += SVG.marker(.diamond, px, py, size: 7, class: "point", tooltip: "\(point.label): skill \(SVG.number(point.skill)), will \(SVG.number(point.will))")
            body += SVG.text(px + 11, py - 8, point.label, class: "label strong")
        }
        return SVGChart(id: id, title: "Skill-will matrix", description: describe(), width: Self.size, height: Self.size, body: body)
    }

    func describe() -> String {
        var parts = ["Skill (skills and knowledge) against will (attitudes) on the \(scale.min) to \(scale.max) scale, split at \(SVG.number(scale.midpoint))."]
        for point in points {
            let style = Scoring.coachingStyle(skill: point.skill, will: point.will, midpoint: scale.midpoint)
            parts.append("\(point.label): skill \(SVG.number(point.skill)), will \(SVG.number(point.will)): \(style.quadrant), coaching style \(style.rawValue).")
        }
        return parts.joined(separator: " ")
    }
}
