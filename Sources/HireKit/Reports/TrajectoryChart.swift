/// Competency trajectories from the interview (day 0) through the ramp's observations: one line
/// per competency, told apart by marker shape and dash pattern as well as colour, each labelled.
public struct TrajectoryChart: Sendable, Hashable {
    public var scale: RatingScale
    public var trajectories: [Trajectory]

    public init(scale: RatingScale, trajectories: [Trajectory]) {
        self.scale = scale
        self.trajectories = trajectories
    }

    static let width = 760.0
    static let height = 300.0
    static let left = 44.0
    static let right = 190.0
    static let top = 20.0
    static let bottom = 40.0

    /// The points of a trajectory: the interview baseline at day 0, then every observation.
    static func points(_ trajectory: Trajectory) -> [(day: Int, rating: Double)] {
        (trajectory.baseline.map { [(0, $0)] } ?? []) + trajectory.observations.map { ($0.day, $0.rating) }
    }

    /// The chart as SVG.
    public func chart(id: String) -> SVGChart {
        let plotRight = Self.width - Self.right
        let plotBottom = Self.height - Self.bottom
        let lastDay = max(90, trajectories.flatMap { Self.points($0).map(\.day) }.max() ?? 90)
        let low = Double(scale.min)
        let high = Double(scale.max)
        func x(_ day: Int) -> Double { Self.left + Double(max(0, day)) / Double(lastDay) * (plotRight - Self.left) }
        func y(_ v: Double) -> Double { plotBottom - (v - low) / max(1, high - low) * (plotBottom - Self.top) }
        var body = ""
        for level in scale.levels {
            body += SVG.line(Self.left, y(Double(level)), plotRight, y(Double(level)), class: "grid")
            body += SVG.text(Self.left - 8, y(Double(level)) + 4, "\(level)", class: "axis", anchor: "end")
        }
        for day in stride(from: 0, through: lastDay, by: 30) {
            body += SVG.line(x(day), Self.top, x(day), plotBottom, class: "grid")
            body += SVG.text(x(day), plotBottom + 16, day == 0 ? "interview" : "day \(day)", class: "axis", anchor: "middle")
        }
        let shapes = MarkerShape.allCases
        for (index, trajectory) in trajectories.enumerated() {
            let series = "series-\(index % 4) dash-\(index % 3)"
            let points = Self.points(trajectory)
            guard !points.isEmpty else { continue }
            let d = points.enumerated().map { i, p in "\(i == 0 ? "M" : "L")\(SVG.n(x(p.day))) \(SVG.n(y(p.rating)))" }.joined()
            body += SVG.path(d, class: "trend \(series)")
            for point in points {
                let tip = "\(trajectory.competency): \(SVG.number(point.rating)) " + (point.day == 0 ? "at interview" : "on day \(point.day)")
                body += SVG.marker(shapes[index % shapes.count], x(point.day), y(point.rating), size: 4.5, class: "marker \(series)", tooltip: tip)
            }
            let end = points.last!
            let legendY = Self.top + 10 + Double(index) * 20
            body += SVG.marker(shapes[index % shapes.count], plotRight + 20, legendY - 4, size: 4.5, class: "marker \(series)")
            body += SVG.text(plotRight + 30, legendY, "\(RampTimelineChart.clip(trajectory.competency, 18)) · latest \(SVG.number(end.rating))", class: "label")
        }
        return SVGChart(id: id, title: "Competency trajectories", description: describe(), width: Self.width, height: Self.height, body: body)
    }

    func describe() -> String {
        var parts = ["Ratings of each tracked competency from the interview (day 0) through the check-ins, on the \(scale.min) to \(scale.max) scale."]
        for trajectory in trajectories {
            let points = Self.points(trajectory)
            if points.isEmpty {
                parts.append("\(trajectory.competency): no ratings yet.")
            } else {
                parts.append("\(trajectory.competency): " + points.map { ($0.day == 0 ? "interview " : "day \($0.day) ") + SVG.number($0.rating) }.joined(separator: ", ") + ".")
            }
        }
        return parts.joined(separator: " ")
    }
}
