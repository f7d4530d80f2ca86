import Foundation

extension HTMLReport {
    /// One calibration to show: typically one role's interviewers.
    public struct CalibrationSection: Sendable {
        /// The section's heading, e.g. the role.
        public var heading: String
        /// A line under the heading: scale, scorecards, caveats.
        public var note: String?
        public var report: CalibrationReport

        public init(heading: String, note: String? = nil, report: CalibrationReport) {
            self.heading = heading
            self.note = note
            self.report = report
        }
    }

    /// The calibration report: per section, agreement per competency and a rater leniency plot with intervals.
    ///
    /// - Parameters:
    ///   - title: what the report covers, e.g. "account-executive" or "All roles".
    ///   - threshold: the leniency band, in scale points, that the verdicts used.
    public static func calibration(_ sections: [CalibrationSection], title: String, threshold: Double = 0.5, context: Context) -> String {
        render(CalibrationModel(sections, title: title, threshold: threshold, context: context), template: "calibration")
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
        struct Section {
            var index: Int
            var heading: String
            var note: String?
            var agreementChart: String
            var agreements: [AgreementRow]
            var leniencyChart: String
            var raters: [RaterRow]
        }

        var kind = "Calibration"
        var title: String
        var subtitle: String?
        var generated: String
        var css = ReportStyle.css
        var defs = SVG.definitions
        var threshold: String
        var sections: [Section]

        init(_ sections: [CalibrationSection], title: String, threshold: Double, context: Context) {
            self.title = title
            let minimum = sections.first?.report.minimumCandidates ?? 5
            subtitle = "Can the scores be trusted? Agreement needs at least \(minimum) candidates rated by two or more interviewers."
            generated = context.generated
            self.threshold = SVG.number(threshold)
            self.sections = sections.enumerated().map { index, section in
                Self.section(index + 1, section, threshold: threshold)
            }
        }

        static func section(_ index: Int, _ section: CalibrationSection, threshold: Double) -> Section {
            let report = section.report
            let all = report.competencies + [report.overall]
            func f(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "–" }
            let agreements = all.map { a in
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
            let raters = report.raters.map { r in
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
            return Section(
                index: index, heading: section.heading, note: section.note,
                agreementChart: AgreementChart(agreements: all).chart(id: "agreement-\(index)").markup, agreements: agreements,
                leniencyChart: LeniencyChart(report: report, threshold: threshold).chart(id: "leniency-\(index)").markup, raters: raters)
        }
    }
}
