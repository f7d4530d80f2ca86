/// A new hire's milestones on a calendar axis: each at its due date, with a marker whose shape,
/// fill and label all tell the status (done, waived, open, at risk, overdue), and today marked.
public struct RampTimelineChart: Sendable, Hashable {
    /// One milestone.
    public struct Item: Sendable, Hashable {
        public var title: String
        public var due: CalendarDate
        public var status: MilestoneStatus
        public var completedOn: CalendarDate?

        public init(title: String, due: CalendarDate, status: MilestoneStatus, completedOn: CalendarDate? = nil) {
            self.title = title
            self.due = due
            self.status = status
            self.completedOn = completedOn
        }
    }

    public var start: CalendarDate
    public var today: CalendarDate
    public var items: [Item]

    public init(start: CalendarDate, today: CalendarDate, items: [Item]) {
        self.start = start
        self.today = today
        self.items = items
    }

    /// The milestones of a timeline.
    public init(timeline: RampTimeline, today: CalendarDate) {
        self.init(
            start: timeline.summary.startDate, today: today,
            items: timeline.entries.map {
                Item(title: $0.milestone.title, due: $0.milestone.dueDate, status: $0.status, completedOn: $0.milestone.completedOn)
            })
    }

    static let width = 760.0
    static let labelWidth = 250.0
    static let statusWidth = 90.0
    static let rowHeight = 26.0
    static let top = 46.0

    /// How a status is drawn: the marker's shape, its CSS class, and the word shown beside it.
    static func style(_ status: MilestoneStatus) -> (shape: MarkerShape, cls: String, label: String) {
        switch status {
        case .done: (.circle, "status-done", "✓ done")
        case .waived: (.diamond, "status-waived", "– waived")
        case .left: (.diamond, "status-waived", "– left")
        case .open: (.circle, "status-open", "○ open")
        case .atRisk: (.triangle, "status-at-risk", "! at risk")
        case .overdue: (.square, "status-overdue", "✗ overdue")
        }
    }

    /// The chart as SVG.
    public func chart(id: String) -> SVGChart {
        let plotLeft = Self.labelWidth
        let plotRight = Self.width - Self.statusWidth - 10
        let first = min(start, today, items.map(\.due).min() ?? start)
        let last = max(today, items.map(\.due).max() ?? start, items.compactMap(\.completedOn).max() ?? start)
        let span = Double(max(7, first.days(until: last)))
        func x(_ date: CalendarDate) -> Double { plotLeft + Double(first.days(until: date)) / span * (plotRight - plotLeft) }
        let height = Self.top + Double(items.count) * Self.rowHeight + 16
        var body = ""
        // Month ticks (the 1st of each month), or weekly ticks over a short span.
        var tick = CalendarDate(year: first.year, month: first.month, day: 1) ?? first
        let weekly = span < 45
        if weekly { tick = first }
        while tick <= last {
            if tick >= first {
                body += SVG.line(x(tick), Self.top - 6, x(tick), height - 10, class: "grid")
                body += SVG.text(x(tick), Self.top - 12, Self.dayLabel(tick), class: "axis", anchor: "middle")
            }
            if weekly {
                tick = tick.adding(days: 7)
            } else {
                let next = tick.month == 12 ? (tick.year + 1, 1) : (tick.year, tick.month + 1)
                tick = CalendarDate(year: next.0, month: next.1, day: 1)!
            }
        }
        body += SVG.line(x(start), Self.top - 6, x(start), height - 10, class: "axis-line")
        body += SVG.text(x(start), Self.top - 24, "start \(Self.dayLabel(start))", class: "axis strong", anchor: "middle")
        body += SVG.text(plotRight + 14, Self.top - 12, "status", class: "axis")
        for (index, item) in items.enumerated() {
            let top = Self.top + Double(index) * Self.rowHeight
            let middle = top + Self.rowHeight / 2
            if index % 2 == 1 { body += SVG.rect(0, top, Self.width, Self.rowHeight, class: "band") }
            let style = Self.style(item.status)
            body += SVG.text(8, middle + 4, Self.clip(item.title, 36), class: "label")
            body += SVG.line(plotLeft, middle, x(item.due), middle, class: "leader")
            if let done = item.completedOn, item.status == .done {
                body += SVG.line(x(min(done, item.due)), middle, x(max(done, item.due)), middle, class: "slip")
            }
            var tip = "\(item.title): due \(item.due), \(item.status.rawValue)"
            if let done = item.completedOn { tip += ", finished \(done)" }
            body += SVG.marker(style.shape, x(item.due), middle, size: 6, class: "marker \(style.cls)", tooltip: tip)
            body += SVG.text(plotRight + 14, middle + 4, style.label, class: "value \(style.cls)-text")
        }
        body += SVG.line(x(today), Self.top - 4, x(today), height - 6, class: "today")
        body += SVG.text(x(today) + 3, height - 2, "today \(Self.dayLabel(today))", class: "small strong")
        return SVGChart(id: id, title: "Ramp milestones", description: describe(), width: Self.width, height: height + 6, body: body)
    }

    func describe() -> String {
        var parts = ["Milestones on a calendar from the start on \(start) to the last due date; today is \(today)."]
        for item in items {
            var part = "\(item.title): due \(item.due), \(Self.style(item.status).label.dropFirst(2))"
            if let done = item.completedOn { part += " on \(done)" }
            parts.append(part + ".")
        }
        return parts.joined(separator: " ")
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func dayLabel(_ date: CalendarDate) -> String { "\(months[date.month - 1]) \(date.day)" }

    static func clip(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
