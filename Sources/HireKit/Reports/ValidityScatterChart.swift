import Foundation

/// One validity signal against the outcome: each hire as a dot, the least-squares line, and its
/// 95% confidence band (t-based interval of the fitted mean), with r and its interval in words.
public struct ValidityScatterChart: Sendable, Hashable {
    public var signal: ValiditySignal
    public var outcome: String

    public init(signal: ValiditySignal, outcome: String) {
        self.signal = signal
        self.outcome = outcome
    }

    static let width = 360.0
    static let height = 260.0
    static let left = 48.0
    static let right = 12.0
    static let top = 26.0
    static let bottom = 40.0

    /// The fitted line y = a + b·x and the half-width of its 95% band at `x`, `nil` below 3 points or without spread.
    static func fit(_ points: [ValiditySignal.Point]) -> (a: Double, b: Double, band: (Double) -> Double)? {
        let n = Double(points.count)
        guard points.count >= 3 else { return nil }
        let mx = points.map(\.signal).reduce(0, +) / n
        let my = points.map(\.outcome).reduce(0, +) / n
        let sxx = points.reduce(0) { $0 + ($1.signal - mx) * ($1.signal - mx) }
        guard sxx > 0 else { return nil }
        let b = points.reduce(0) { $0 + ($1.signal - mx) * ($1.outcome - my) } / sxx
        let a = my - b * mx
        let residual = points.reduce(0) { $0 + pow($1.outcome - (a + b * $1.signal), 2) }
        let s = (residual / (n - 2)).squareRoot()
        let t = StudentT.critical(confidence: 0.95, degreesOfFreedom: n - 2)
        return (a, b, { x in t * s * (1 / n + (x - mx) * (x - mx) / sxx).squareRoot() })
    }

    /// The chart as SVG.
    public func chart(id: String) -> SVGChart {
        let points = signal.points
        let xs = points.map(\.signal)
        let ys = points.map(\.outcome)
        let fit = Self.fit(points)
        let (x0, x1) = Self.range(xs)
        var (y0, y1) = Self.range(ys)
        if let fit {
            for x in [x0, x1] {
                let y = fit.a + fit.b * x
                y0 = min(y0, y - fit.band(x))
                y1 = max(y1, y + fit.band(x))
            }
        }
        let plotRight = Self.width - Self.right
        let plotBottom = Self.height - Self.bottom
        func px(_ x: Double) -> Double { Self.left + (x - x0) / (x1 - x0) * (plotRight - Self.left) }
        func py(_ y: Double) -> Double { plotBottom - (y - y0) / (y1 - y0) * (plotBottom - Self.top) }
        var body = SVG.rect(Self.left, Self.top, plotRight - Self.left, plotBottom - Self.top, class: "frame")
        for (value, position) in [(x0, px(x0)), (x1, px(x1))] {
            body += SVG.text(position, plotBottom + 14, Self.short(value), class: "axis", anchor: "middle")
        }
        for (value, position) in [(y0, py(y0)), (y1, py(y1))] {
            body += SVG.text(Self.left - 6, position + 4, Self.short(value), class: "axis", anchor: "end")
        }
        body += SVG.text((Self.left + plotRight) / 2, Self.height - 8, signal.label, class: "small", anchor: "middle")
        body += SVG.text(Self.left, 14, outcome + " ↑", class: "small")
        if let fit {
            let steps = 24
            let grid = (0...steps).map { x0 + (x1 - x0) * Double($0) / Double(steps) }
            let upper = grid.map { (px($0), py(fit.a + fit.b * $0 + fit.band($0))) }
            let lower = grid.reversed().map { (px($0), py(fit.a + fit.b * $0 - fit.band($0))) }
            let d = (upper + lower).enumerated().map { ($0 == 0 ? "M" : "L") + "\(SVG.n($1.0)) \(SVG.n($1.1))" }.joined(separator: " ") + " Z"
            body += SVG.path(d, class: "fit-band")
            body += SVG.line(px(x0), py(fit.a + fit.b * x0), px(x1), py(fit.a + fit.b * x1), class: "trend series-0")
        }
        for point in points {
            body += SVG.circle(px(point.signal), py(point.outcome), 3.5, class: "dot")
        }
        return SVGChart(id: id, title: "\(signal.label) against \(outcome)", description: describe(), width: Self.width, height: Self.height, body: body)
    }

    /// The lowest and highest value, widened a little (or to ±0.5 when all are equal).
    static func range(_ values: [Double]) -> (Double, Double) {
        guard let low = values.min(), let high = values.max() else { return (0, 1) }
        if high == low { return (low - 0.5, high + 0.5) }
        let pad = (high - low) * 0.05
        return (low - pad, high + pad)
    }

    static func short(_ value: Double) -> String { abs(value) >= 100 ? String(format: "%.0f", value) : String(format: "%.2f", value) }

    func describe() -> String {
        var text = "\(signal.n) hires: \(signal.label) (across) against \(outcome) (up)."
        if let r = signal.pearson {
            text += " Pearson r \(String(format: "%.2f", r.value))"
            if let low = r.low, let high = r.high { text += ", 95% interval \(String(format: "%.2f", low)) to \(String(format: "%.2f", high))" }
            text += "; the line is the least-squares fit and the shaded band its 95% confidence interval."
        } else {
            text += " Too few hires or no spread for a correlation."
        }
        return text
    }
}
