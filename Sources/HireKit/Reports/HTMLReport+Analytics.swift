import Foundation

extension HTMLReport {
    /// The funnel report: the funnel drawn, the time-in-stage distributions, time to hire and to
    /// fill, and the splits by source and by opening.
    public static func funnel(_ report: FunnelReport, context: Context) -> String {
        render(FunnelModel(report, context: context), template: "funnel")
    }

    /// The validity report: the table of signals with intervals and a scatter plot per signal
    /// with the fitted line and its interval, and the plain-language cautions.
    public static func validity(_ report: ValidityReport, context: Context) -> String {
        render(ValidityModel(report, context: context), template: "validity")
    }

    struct FunnelModel {
        struct StageRow { var stage: String; var reached: Int; var conversion: String; var median: String; var p90: String; var stays: Int }
        struct SplitRow { var key: String; var candidates: Int; var hired: Int; var hiredShare: String; var timeToHire: String; var timeToFill: String }
        struct Split { var title: String; var rows: [SplitRow] }

        var kind = "Funnel"
        var title: String
        var subtitle: String?
        var generated: String
        var css = ReportStyle.css
        var defs = SVG.definitions
        var funnelChart: String
        var daysChart: String?
        var stages: [StageRow]
        var timeToHire: String
        var timeToFill: String
        var splits: [Split]

        init(_ report: FunnelReport, context: Context) {
            title = report.filter.words ?? "All candidates"
            subtitle = "\(Counted.text(report.overall.candidates, "candidate")), from the recorded stage history." + (context.note.map { " " + $0 } ?? "")
            generated = context.generated
            let overall = report.overall
            funnelChart = FunnelChart(segment: overall).chart(id: "funnel").markup
            let days = StageDaysChart(stages: overall.stages)
            daysChart = days.stages.isEmpty ? nil : days.chart(id: "stage-days").markup
            func d(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "–" }
            stages = overall.stages.map {
                StageRow(
                    stage: $0.stage.rawValue, reached: $0.reached, conversion: $0.conversion.map { "\(Int(($0 * 100).rounded()))%" } ?? "–",
                    median: d($0.daysInStage?.median), p90: d($0.daysInStage?.p90), stays: $0.daysInStage?.n ?? 0)
            }
            func summary(_ s: DaySummary?) -> String {
                s.map { "median \(d($0.median)) days, 90th percentile \(d($0.p90)) (\($0.n) hires)" } ?? "no hires yet"
            }
            timeToHire = summary(overall.timeToHire)
            timeToFill = summary(overall.timeToFill)
            splits = [("By source", report.bySource), ("By opening", report.byOpening)].filter { !$0.1.isEmpty }.map { title, segments in
                Split(
                    title: title,
                    rows: segments.map { segment in
                        let hired = segment.stages.last?.reached ?? 0
                        return SplitRow(
                            key: segment.key, candidates: segment.candidates, hired: hired,
                            hiredShare: segment.candidates > 0 ? "\(Int((Double(hired) / Double(segment.candidates) * 100).rounded()))%" : "–",
                            timeToHire: d(segment.timeToHire?.median), timeToFill: d(segment.timeToFill?.median))
                    })
            }
        }
    }

    struct ValidityModel {
        struct Row {
            var label: String
            var kind: String
            var n: Int
            var r: String
            var rInterval: String
            var rho: String
            var rhoInterval: String
            var corrected: String
            var reading: Badge
        }

        var kind = "Validity"
        var title: String
        var subtitle: String?
        var generated: String
        var css = ReportStyle.css
        var defs = SVG.definitions
        var rows: [Row]
        var notes: [String]
        var scatters: [String]

        init(_ report: ValidityReport, context: Context) {
            title = "\(report.role) against \(report.outcome)"
            subtitle = "\(Counted.text(report.hires, "hire")) with the outcome, \(Counted.text(report.interviewed, "candidate")) interviewed." + (context.note.map { " " + $0 } ?? "")
            generated = context.generated
            func f(_ value: Double?) -> String { value.map(Correlation.twoDecimals) ?? "–" }
            func interval(_ e: Correlation.Estimate?) -> String {
                guard let low = e?.low, let high = e?.high else { return "–" }
                return "\(f(low)) to \(f(high))"
            }
            rows = report.signals.map { signal in
                let reading: Badge =
                    switch signal.reading {
                    case .tooFewHires: Badge(text: "too few hires to tell", cls: "muted")
                    case .noData: Badge(text: "nothing to compare", cls: "muted")
                    case .unclear: Badge(text: "~ no clear relation", cls: "warn")
                    case .higherIsBetter: Badge(text: "▲ higher goes with better", cls: "ok")
                    case .higherIsWorse: Badge(text: "▼ higher goes with worse", cls: "bad")
                    }
                return Row(
                    label: signal.label, kind: signal.kind.rawValue, n: signal.n, r: f(signal.pearson?.value), rInterval: interval(signal.pearson),
                    rho: f(signal.spearman?.value), rhoInterval: interval(signal.spearman), corrected: f(signal.corrected), reading: reading)
            }
            notes = report.notes
            scatters = report.signals.enumerated().compactMap { index, signal in
                signal.n >= 3 ? ValidityScatterChart(signal: signal, outcome: report.outcome).chart(id: "scatter-\(index)").markup : nil
            }
        }
    }
}
