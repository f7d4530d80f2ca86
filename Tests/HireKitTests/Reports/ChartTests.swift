import Foundation
import Testing
@testable import HireKit

@Suite("SVG charts: text alternatives, escaping, colour never alone")
struct ChartTests {
    @Test("every chart carries role=img, a title and a description naming its data")
    func textAlternatives() {
        let scale = RatingScale(min: 1, max: 4)
        let charts: [(SVGChart, String)] = [
            (CompetencyChart(scale: scale, rows: [.init(name: "Discovery", kind: .skill, mean: 2.5, mustHave: 3, ratings: [2, 3])]).chart(),
             "Discovery: mean 2.5 from 2 ratings (2, 3); must-have 3, not met."),
            (ScoreBarsChart(bars: [.init(rank: 1, name: "Ann", score: 72.4, mustHaves: .met, confidence: 9)]).chart(),
             "1. Ann: score 72.4 of 100 from 9 ratings; must-haves met."),
            (SkillWillChart(scale: scale, points: [.init(label: "Ann", skill: 3.5, will: 2)]).chart(),
             "Ann: skill 3.5, will 2: high skill, low will, coaching style excite."),
            (RampTimelineChart(start: CalendarDate("2026-03-02")!, today: CalendarDate("2026-03-16")!, items: [
                .init(title: "Paperwork", due: CalendarDate("2026-03-03")!, status: .done, completedOn: CalendarDate("2026-03-03")),
                .init(title: "Shadow", due: CalendarDate("2026-03-12")!, status: .overdue),
            ]).chart(id: "r"), "Shadow: due 2026-03-12, overdue."),
            (TrajectoryChart(scale: scale, trajectories: [
                Trajectory(competency: "discovery", baseline: 2, day30: 3, observations: [.init(on: CalendarDate("2026-03-30")!, day: 28, rating: 3)])
            ]).chart(id: "t"), "discovery: interview 2, day 28 3."),
            (LeniencyChart(rows: [.init(name: "Ida", leniency: RaterLeniency(rater: 0, comparisons: 6, meanDifference: 0.9, standardDeviation: 0.2, lower: 0.7, upper: 1.1, verdict: .lenient))]).chart(),
             "Ida: mean difference +0.90, interval +0.70 to +1.10, lenient from 6 comparisons."),
            (AgreementChart(agreements: [.init(scope: "grit", candidates: 2, raters: 2, tooLittleData: true)]).chart(), "grit: too little data, 2 candidates."),
        ]
        for (chart, phrase) in charts {
            let svg = chart.markup
            #expect(svg.hasPrefix("<svg class=\"chart\" role=\"img\""))
            #expect(svg.contains("aria-labelledby=\"chart-\(chart.id)-t chart-\(chart.id)-d\""))
            #expect(svg.contains("<title id=\"chart-\(chart.id)-t\">\(chart.title)</title>"))
            #expect(chart.description.contains(phrase), "\(chart.title): \(chart.description)")
            #expect(!svg.lowercased().contains("http"))
        }
    }

    @Test("user strings inside charts are escaped by HTMLEscaping")
    func escapesInsideCharts() {
        let name = "<script>alert(1)</script>"
        let svg = ScoreBarsChart(bars: [.init(rank: 1, name: name, score: 50, mustHaves: .failed, confidence: 3)]).chart().markup
        #expect(!svg.contains("<script"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let timeline = RampTimelineChart(start: CalendarDate("2026-03-02")!, today: CalendarDate("2026-03-02")!, items: [
            .init(title: "\"><g onload=x>", due: CalendarDate("2026-03-05")!, status: .open)
        ]).chart(id: "x").markup
        #expect(!timeline.contains("<g onload"))
    }

    @Test("statuses differ by shape and word, not only colour; failures are hatched")
    func notColourAlone() {
        let items = MilestoneStatus.allCases.enumerated().map { index, status in
            RampTimelineChart.Item(title: "m\(index)", due: CalendarDate("2026-03-02")!.adding(days: index * 3), status: status)
        }
        let svg = RampTimelineChart(start: CalendarDate("2026-03-02")!, today: CalendarDate("2026-03-08")!, items: items).chart(id: "s").markup
        for word in ["✓ done", "– waived", "○ open", "! at risk", "✗ overdue"] { #expect(svg.contains(word)) }
        let shapes = Set(MilestoneStatus.allCases.map { "\(RampTimelineChart.style($0).shape)" })
        #expect(shapes.count >= 4)
        let bars = ScoreBarsChart(bars: [.init(rank: 1, name: "A", score: 40, mustHaves: .failed, confidence: 3)]).chart().markup
        #expect(bars.contains("class=\"bar failed\"") && bars.contains("✗ Must-have not met"))
        #expect(ReportStyle.css.contains(".chart .bar.failed { fill: url(#hatch)"))
    }
}

@Suite("Score bars on a large slate")
struct LargeSlateChartTests {
    @Test("the chart draws the top of each group and says how many more there are")
    func caps() {
        let entries = (1...500).map { i in
            Bar(rank: i, name: "C\(i)", score: Double(100 - i % 100), mustHaves: i % 5 == 0 ? .failed : .met, confidence: 8)
        }
        let chart = ScoreBarsChart(bars: Array(entries.filter { $0.mustHaves == .met }.prefix(40) + entries.filter { $0.mustHaves == .failed }.prefix(20)), omitted: 440)
        let svg = chart.chart().markup
        #expect(svg.components(separatedBy: "<rect").count - 1 >= 60)
        #expect(svg.contains("… and 440 more candidates"))
        #expect(chart.chart().description.contains("440 more candidates are not drawn."))
    }

    typealias Bar = ScoreBarsChart.Bar
}
