import Foundation
import Testing
@testable import HireKit

@Suite("Funnel and validity reports: charts with text alternatives, escaped, no scripts")
struct AnalyticsReportTests {
    static let context = HTMLReport.Context(generated: "2026-12-01 09:00", timeZone: TimeZone(identifier: "UTC")!)

    @Test("the funnel page draws the funnel and the days in stage, lists the splits, and escapes a hostile source")
    func funnel() throws {
        let fixture = try FunnelTests()
        try fixture.workspace.candidates.add(NewCandidate(name: "X", email: "x@example.com", role: "test-role", source: "<script>alert(1)</script>"), actor: "t")
        let html = HTMLReport.funnel(try fixture.workspace.analytics.funnel(as: "t"), context: Self.context)
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("<title>Funnel: All candidates</title>"))
        #expect(html.contains("aria-labelledby=\"chart-funnel-t chart-funnel-d\""))
        #expect(html.contains("chart-stage-days-t"))
        #expect(html.contains("interviewing: 3 reached, 67% went on to the next stage"))
        #expect(html.contains("By source") && html.contains("By opening"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
    }

    @Test("the validity page has the table, a scatter per signal with line and band, the cautions, all escaped")
    func validity() throws {
        let points = [(1.0, 30.0), (2.0, 26.0), (3.0, 25.0), (4.0, 18.0), (2.5, 24.0)].map { ValiditySignal.Point(signal: $0.0, outcome: $0.1) }
        let x = points.map(\.signal)
        let y = points.map(\.outcome)
        let signal = ValiditySignal(
            kind: .interviewer, id: "7", label: "<b>Ann</b>", n: 5, pearson: Correlation.pearsonEstimate(x, y), spearman: Correlation.spearmanEstimate(x, y),
            corrected: -0.97, sdInterviewed: 1.2, sdHires: 1.1, reading: .tooFewHires, points: points)
        let empty = ValiditySignal(kind: .source, id: "fair", label: "fair", n: 1, reading: .tooFewHires)
        let report = ValidityReport(
            role: "ae", outcome: "time-to-ramp", lowerIsBetter: true, hires: 5, interviewed: 9, enoughHires: false, signals: [signal, empty],
            notes: ["Fewer than 20 hires have this outcome (5): the numbers are shown, but too few to tell; nothing is called."])
        let html = HTMLReport.validity(report, context: Self.context)
        #expect(html.contains("&lt;b&gt;Ann&lt;/b&gt;") && !html.contains("<b>Ann"))
        #expect(html.contains("class=\"fit-band\"") && html.contains("trend series-0"))
        #expect(html.components(separatedBy: "<svg class=\"chart\"").count == 2)  // one scatter: the second signal has too few hires
        #expect(html.contains("too few hires to tell"))
        #expect(html.contains("nothing is called"))
        #expect(!html.contains("<script"))
        // The fitted line through these five points: slope -3.7 per point (least squares).
        let fit = try #require(ValidityScatterChart.fit(points))
        #expect(abs(fit.b - (-3.7)) < 1e-9)
    }
}
