import Foundation

extension HTMLReport {
    /// The calibration report: agreement per competency and a rater leniency plot with intervals.
    ///
    /// - Parameter scope: what the report covers, e.g. "account-executive" or "all roles".
    public static func calibration(_ report: CalibrationReport, scope: String, threshold: Double = 0.5, context: Context) -> String {
        render(CalibrationModel(report, scope: scope, threshold: threshold, context: context), template: "calibration")
    }

    struct CalibrationModel {
        struct AgreementRow {
            var scope: String
            var candidates: Int
            var raters: Int
            var alphaOrdinal: String
            var alphaInterval: String
            var reading: Badge
            var icc: String
            var iccReading: String
        }
        struct RaterRow { var name: String; var scorecards: Int; var mean: String; var interval: String; var verdict: Badge; var halo: String; var decisions: String }

        var kind = "Calibration"
        var title: String
        var subtitle: String?
        var generated: String
        var css = ReportStyle.css
        var defs = SVG.definitions
        var threshold: String
        var agreementChart: String
        var agreements: [AgreementRow]
        var leniencyChart: String
        var raters: [RaterRow]

        init(_ report: CalibrationReport, scope: String, threshold: Double, context: Context) {
            title = scope
            subtitle = "Can the scores be trusted? Agreement needs at least \(report.minimumCandidates) candidates rated by two or more interviewers."
            generated = context.generated
            self.threshold = SVG.number(threshold)
            let all = report.competencies + [report.overall]
            agreementChart = AgreementChart(agreements: all).chart().markup
            func f(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "–" }
            agreements = all.map { a in
                let reading: Badge =
                    switch a.alphaReading {
                    case .reliable: Badge(text: "✓ reliable", cls: "ok")
                    case .tentative: Badge(text: "~ tentative only", cls: "warn")
                    case .some(let other): Badge(text: "✗ \(other.text)", cls: "bad")
                    case nil: Badge(text: a.tooLittleData ? "too little data" : "–", cls: "muted")
                    }
                return AgreementRow(
                    scope: a.scope, candidates: a.candidates, raters: a.raters, alphaOrdinal: f(a.alphaOrdinal), alphaInterval: f(a.alphaInterval),
                    reading: reading, icc: f(a.iccSingle), iccReading: a.iccReading?.text ?? a.iccUnavailable ?? "–")
            }
            leniencyChart = LeniencyChart(report: report, threshold: threshold).chart().markup
            raters = report.raters.map { r in
                let l = r.leniency
                let verdict: Badge =
                    switch l.verdict {
                    case .lenient: Badge(text: "▲ lenient", cls: "bad")
                    case .severe: Badge(text: "▼ severe", cls: "bad")
                    case .inLine: Badge(text: "= in line", cls: "ok")
                    case .tooFewComparisons: Badge(text: "too few comparisons", cls: "muted")
                    }
                return RaterRow(
                    name: r.name, scorecards: r.scorecards, mean: l.meanDifference.map(LeniencyChart.signed) ?? "–",
                    interval: l.lower.flatMap { lower in l.upper.map { "\(LeniencyChart.signed(lower)) to \(LeniencyChart.signed($0))" } } ?? "–",
                    verdict: verdict, halo: r.halo.flagged ? "⚑ flat ratings" : "–",
                    decisions: r.decisionAgreement.map { "\(r.agreedWithDecision) of \(r.decided) (\(Int(($0 * 100).rounded()))%)" } ?? "–")
            }
        }
    }
}
