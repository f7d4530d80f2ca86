import Foundation

/// Inter-rater agreement per competency: Krippendorff's alpha (interval) as bars against the
/// 0.667 and 0.800 lines; a competency with too little data says so instead of showing a bar.
public struct AgreementChart: Sendable, Hashable {
    public var agreements: [CalibrationReport.Agreement]

    public init(agreements: [CalibrationReport.Agreement]) { self.agreements = agreements }

    static let width = 760.0
    static let labelWidth = 190.0
    static let valueWidth = 200.0
    static let rowHeight = 30.0
    static let top = 32.0

    /// The chart as SVG.
    public func chart(id: String = "agreement") -> SVGChart {
        let plotLeft = Self.labelWidth
        let plotRight = Self.width - Self.valueWidth
        let lowest = min(0, (agreements.compactMap(\.alphaInterval).min() ?? 0))
        let floor = (lowest * 4).rounded(.down) / 4
        func x(_ v: Double) -> Double { plotLeft + (min(1, v) - floor) / (1 - floor) * (plotRight - plotLeft) }
        let height = Self.top + Double(agreements.count) * Self.rowHeight + 12
        var body = ""
        for tick in stride(from: floor, through: 1.0001, by: 0.25) {
            body += SVG.line(x(tick), Self.top - 4, x(tick), height - 8, class: tick == 0 ? "zero" : "grid")
            body += SVG.text(x(tick), Self.top - 10, String(format: "%.2f", tick), class: "axis", anchor: "middle")
        }
        for (value, name, anchor) in [(0.667, "tentative ", "end"), (0.8, " reliable", "start")] {
            body += SVG.line(x(value), Self.top - 4, x(value), height - 8, class: "must-have")
            body += SVG.text(x(value), height + 2, name, class: "small", anchor: anchor)
        }
        body += SVG.text(plotRight + 22, Self.top - 10, "alpha · reading", class: "axis")
        for (index, agreement) in agreements.enumerated() {
            let top = Self.top + Double(index) * Self.rowHeight
            let middle = top + Self.rowHeight / 2
            body += SVG.text(8, middle + 4, agreement.scope, class: agreement.scope == "overall" ? "label strong" : "label")
            guard let alpha = agreement.alphaInterval else {
                let why = agreement.tooLittleData ? "too little data (\(agreement.candidates) candidates)" : "no figure"
                body += SVG.text(plotLeft + 4, middle + 4, why, class: "small")
                continue
            }
            let reading = agreement.alphaReading ?? .alpha(alpha)
            let cls = reading == .reliable ? "bar" : reading == .tentative ? "bar pending" : "bar failed"
            let start = x(min(0, alpha))
            body += SVG.rect(start, middle - 8, abs(x(alpha) - x(0)), 16, class: cls, tooltip: "\(agreement.scope): alpha \(String(format: "%.3f", alpha)), \(reading.text)")
            body += SVG.text(plotRight + 22, middle + 4, "\(String(format: "%.2f", alpha)) · \(reading.rawValue)", class: "value")
        }
        return SVGChart(id: id, title: "Agreement per competency", description: describe(), width: Self.width, height: height + 6, body: body)
    }

    func describe() -> String {
        var parts = ["Krippendorff's alpha (interval) per competency; 0.800 or more is reliable, 0.667 to 0.800 supports tentative conclusions only."]
        for agreement in agreements {
            if let alpha = agreement.alphaInterval {
                parts.append("\(agreement.scope): alpha \(String(format: "%.2f", alpha)), \((agreement.alphaReading ?? .alpha(alpha)).text), \(agreement.candidates) candidates.")
            } else {
                parts.append("\(agreement.scope): too little data, \(agreement.candidates) candidates.")
            }
        }
        return parts.joined(separator: " ")
    }
}
