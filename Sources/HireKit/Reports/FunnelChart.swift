import Foundation

/// The funnel drawn as centred horizontal bars, one per stage, as wide as the candidates who
/// reached it, with the count and the conversion to the next stage written beside each.
public struct FunnelChart: Sendable, Hashable {
    public var segment: FunnelSegment

    public init(segment: FunnelSegment) { self.segment = segment }

    static let width = 760.0
    static let labelWidth = 110.0
    static let valueWidth = 190.0
    static let rowHeight = 34.0
    static let top = 12.0

    /// The chart as SVG.
    public func chart(id: String = "funnel") -> SVGChart {
        let plotLeft = Self.labelWidth
        let plotWidth = Self.width - Self.labelWidth - Self.valueWidth
        let most = max(1, segment.stages.map(\.reached).max() ?? 1)
        var body = ""
        for (index, stage) in segment.stages.enumerated() {
            let top = Self.top + Double(index) * Self.rowHeight
            let width = max(2, Double(stage.reached) / Double(most) * plotWidth)
            body += SVG.text(8, top + 20, stage.stage.rawValue, class: "label")
            body += SVG.rect(plotLeft + (plotWidth - width) / 2, top + 4, width, Self.rowHeight - 10, class: "bar", tooltip: Self.words(stage))
            var value = "\(stage.reached)"
            if let conversion = stage.conversion { value += " · \(Int((conversion * 100).rounded()))% on" }
            body += SVG.text(plotLeft + plotWidth + 12, top + 20, value, class: "value")
        }
        let height = Self.top + Double(segment.stages.count) * Self.rowHeight + 8
        return SVGChart(id: id, title: "Funnel", description: describe(), width: Self.width, height: height, body: body)
    }

    static func words(_ stage: FunnelStage) -> String {
        var text = "\(stage.stage.rawValue): \(stage.reached) reached"
        if let conversion = stage.conversion { text += ", \(Int((conversion * 100).rounded()))% went on to the next stage" }
        return text
    }

    func describe() -> String {
        "Candidates reaching each stage, of \(segment.candidates). " + segment.stages.map { Self.words($0) + "." }.joined(separator: " ")
    }
}

/// Days spent in each stage: every finished stay as a dot on a common day axis, with the median
/// (a tall tick) and the 90th percentile (a dashed tick) of each stage.
public struct StageDaysChart: Sendable, Hashable {
    public var stages: [FunnelStage]

    public init(stages: [FunnelStage]) { self.stages = stages.filter { $0.daysInStage != nil } }

    static let width = 760.0
    static let labelWidth = 110.0
    static let valueWidth = 190.0
    static let rowHeight = 34.0
    static let top = 30.0

    /// The chart as SVG.
    public func chart(id: String = "stage-days") -> SVGChart {
        let plotLeft = Self.labelWidth
        let plotRight = Self.width - Self.valueWidth
        let longest = max(1, stages.flatMap(\.stays).max() ?? 1)
        let step = Self.tickStep(longest)
        let limit = (longest / step).rounded(.up) * step
        func x(_ days: Double) -> Double { plotLeft + days / limit * (plotRight - plotLeft) }
        let height = Self.top + Double(stages.count) * Self.rowHeight + 28
        var body = ""
        for tick in stride(from: 0.0, through: limit + 0.001, by: step) {
            body += SVG.line(x(tick), Self.top - 4, x(tick), height - 26, class: tick == 0 ? "zero" : "grid")
            body += SVG.text(x(tick), Self.top - 10, SVG.number(tick), class: "axis", anchor: "middle")
        }
        body += SVG.text(plotRight, height - 8, "days in stage →", class: "small", anchor: "end")
        for (index, stage) in stages.enumerated() {
            guard let summary = stage.daysInStage else { continue }
            let middle = Self.top + Double(index) * Self.rowHeight + Self.rowHeight / 2
            body += SVG.text(8, middle + 4, stage.stage.rawValue, class: "label")
            for (k, days) in stage.stays.enumerated() {
                // A small vertical jitter from the stay's position keeps equal stays visible.
                body += SVG.circle(x(days), middle + Double(k % 5 - 2) * 2.5, 2.5, class: "dot")
            }
            body += SVG.line(x(summary.median), middle - 12, x(summary.median), middle + 12, class: "zero")
            body += SVG.line(x(summary.p90), middle - 10, x(summary.p90), middle + 10, class: "must-have")
            body += SVG.text(
                plotRight + 12, middle + 4, "median \(Self.days(summary.median)), p90 \(Self.days(summary.p90)) (\(summary.n))", class: "value")
        }
        return SVGChart(id: id, title: "Days in stage", description: describe(), width: Self.width, height: height, body: body)
    }

    static func days(_ value: Double) -> String { String(format: "%.1f", value) }

    static func tickStep(_ longest: Double) -> Double {
        for step in [1.0, 2, 5, 10, 14, 30, 60, 90, 180, 365] where longest / step <= 8 { return step }
        return 730
    }

    func describe() -> String {
        var parts = ["Each dot is one candidate's finished stay in a stage, in days; the solid tick marks the median and the dashed tick the 90th percentile."]
        for stage in stages {
            guard let summary = stage.daysInStage else { continue }
            parts.append("\(stage.stage.rawValue): median \(Self.days(summary.median)) days, 90th percentile \(Self.days(summary.p90)), \(summary.n) stays.")
        }
        return parts.joined(separator: " ")
    }
}
