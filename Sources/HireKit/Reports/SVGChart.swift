import Foundation

/// An SVG chart as markup, with its text alternative: `role="img"`, a `<title>` and a `<desc>`.
///
/// Charts are inline SVG (no namespace URL, no scripts, no external references) styled by the
/// page's CSS classes, so dark mode and print styles apply to them too.
public struct SVGChart: Sendable, Hashable {
    /// A page-unique id the text alternative is referenced by.
    public var id: String
    /// The short name of the chart, read first by screen readers.
    public var title: String
    /// What the chart shows, in words: the data a sighted reader gets from the picture.
    public var description: String
    public var width: Double
    public var height: Double
    /// The chart's drawing, already escaped.
    var body: String

    /// The `<svg>` element. `title` and `description` are escaped here.
    public var markup: String {
        let id = "chart-" + HTMLEscaping.escape(self.id)
        return """
            <svg class="chart" role="img" viewBox="0 0 \(SVG.n(width)) \(SVG.n(height))" width="\(SVG.n(width))" height="\(SVG.n(height))" \
            aria-labelledby="\(id)-t \(id)-d"><title id="\(id)-t">\(HTMLEscaping.escape(title))</title>\
            <desc id="\(id)-d">\(HTMLEscaping.escape(description))</desc>
            \(body)</svg>
            """
    }
}

/// Small builders for SVG elements; every text argument is escaped.
enum SVG {
    /// A number for an attribute: at most two decimals, no trailing zeros.
    static func n(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    static func text(_ x: Double, _ y: Double, _ content: String, class cls: String = "label", anchor: String = "start") -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" class=\"\(cls)\" text-anchor=\"\(anchor)\">\(HTMLEscaping.escape(content))</text>\n"
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, class cls: String) -> String {
        "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" class=\"\(cls)\"/>\n"
    }

    static func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, class cls: String, tooltip: String? = nil) -> String {
        let attributes = "x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" height=\"\(n(max(0, height)))\" class=\"\(cls)\""
        guard let tooltip else { return "<rect \(attributes)/>\n" }
        return "<rect \(attributes)><title>\(HTMLEscaping.escape(tooltip))</title></rect>\n"
    }

    static func circle(_ x: Double, _ y: Double, _ r: Double, class cls: String, tooltip: String? = nil) -> String {
        let attributes = "cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" class=\"\(cls)\""
        guard let tooltip else { return "<circle \(attributes)/>\n" }
        return "<circle \(attributes)><title>\(HTMLEscaping.escape(tooltip))</title></circle>\n"
    }

    static func path(_ d: String, class cls: String, tooltip: String? = nil) -> String {
        guard let tooltip else { return "<path d=\"\(d)\" class=\"\(cls)\"/>\n" }
        return "<path d=\"\(d)\" class=\"\(cls)\"><title>\(HTMLEscaping.escape(tooltip))</title></path>\n"
    }

    /// A marker shape centred on (x, y), so categories differ by shape as well as colour.
    static func marker(_ shape: MarkerShape, _ x: Double, _ y: Double, size s: Double, class cls: String, tooltip: String? = nil) -> String {
        switch shape {
        case .circle:
            return circle(x, y, s, class: cls, tooltip: tooltip)
        case .square:
            return path("M\(n(x - s)) \(n(y - s))h\(n(2 * s))v\(n(2 * s))h\(n(-2 * s))Z", class: cls, tooltip: tooltip)
        case .triangle:
            return path("M\(n(x)) \(n(y - s * 1.2))L\(n(x + s * 1.2)) \(n(y + s))L\(n(x - s * 1.2)) \(n(y + s))Z", class: cls, tooltip: tooltip)
        case .diamond:
            return path("M\(n(x)) \(n(y - s * 1.3))L\(n(x + s * 1.3)) \(n(y))L\(n(x)) \(n(y + s * 1.3))L\(n(x - s * 1.3)) \(n(y))Z", class: cls, tooltip: tooltip)
        }
    }

    /// The hatch pattern for "failed" and "overdue" fills, a second signal besides colour:
    /// defined once per page, referenced by the charts as `url(#hatch)`.
    static let definitions = """
        <svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>\
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect width="6" height="6" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern></defs></svg>
        """

    /// A number for people: one decimal, trailing ".0" dropped.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}

/// Marker shapes for categories.
enum MarkerShape: CaseIterable {
    case circle, square, triangle, diamond
}
