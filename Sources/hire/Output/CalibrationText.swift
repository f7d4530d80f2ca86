import Foundation
import HireKit

/// The text rendering of `hire calibrate`, for hiring managers.
enum CalibrationText {
    static func render(_ calibration: WorkspaceCalibration) -> String {
        guard !calibration.roles.isEmpty else {
            return "No scorecards to calibrate yet\(calibration.competency.map { " rating '\($0)'" } ?? ""): "
                + "interviewers submit them with `hire scorecard submit`."
        }
        return calibration.roles.map(render).joined(separator: "\n\n")
    }

    static func render(_ role: RoleCalibration) -> String {
        let report = role.report
        let scale = "scale \(role.scale.min)-\(role.scale.max)"
        var lines = [
            "Calibration: \(role.roleId) (\(scale), profile version \(role.profileVersion))",
            "\(Counted.text(role.scorecards, "scorecard")) (latest versions) on \(Counted.text(role.candidates, "candidate")) by \(Counted.text(report.raters.count, "interviewer"))",
        ]
        if role.rescaledScorecards > 0 {
            lines.append("(\(Counted.text(role.rescaledScorecards, "scorecard")) of an earlier profile version mapped onto the \(scale))")
        }
        lines.append("")
        lines.append("Agreement: do interviewers give the same candidate the same rating?")
        var table = Table("COMPETENCY", "CANDIDATES", "INTERVIEWERS", "ALPHA ORD", "ALPHA INT", "READING", "ICC(2,1)", "ICC(2,k)", "ICC ON")
        var notes: [String] = []
        let alone = report.competencies.filter { $0.candidates == 0 }.map(\.scope)
        // With one competency, "overall" repeats it.
        for agreement in report.competencies + [report.overall] where agreement.scope == "overall" ? report.competencies.count != 1 : agreement.candidates > 0 {
            let counts = ["\(agreement.candidates)", "\(agreement.raters)"]
            if agreement.tooLittleData {
                table.add([agreement.scope] + counts + ["too little data", "", "", "", "", ""])
                continue
            }
            let reading = agreement.alphaReading?.text ?? "undefined"
            var icc = ["-", "-", "-"]
            if let single = agreement.iccSingle, let average = agreement.iccAverage {
                icc = [coefficient(single), coefficient(average), "\(agreement.iccCandidates ?? 0) x \(agreement.iccRaters ?? 0)"]
            } else if let why = agreement.iccUnavailable {
                notes.append("\(agreement.scope): no ICC, \(why).")
            }
            table.add(
                [agreement.scope] + counts
                    + [agreement.alphaOrdinal.map(coefficient) ?? "-", agreement.alphaInterval.map(coefficient) ?? "-", reading] + icc)
        }
        lines += indented(table)
        if !alone.isEmpty {
            lines.append("  Rated by only one interviewer per candidate, nothing to compare: \(alone.joined(separator: ", ")).")
        }
        if (report.competencies + [report.overall]).contains(where: { $0.tooLittleData && ($0.candidates > 0 || $0.scope == "overall") }) {
            lines.append("  too little data: fewer than \(report.minimumCandidates) candidates rated by at least two interviewers; no figure is given.")
        }
        lines.append("  alpha (Krippendorff): 0.800+ reliable, 0.667+ tentative conclusions only, below: too unreliable to decide on.")
        lines.append("  ICC(2,1): how far one interviewer's rating can be trusted; ICC(2,k): the mean of k interviewers' ratings;")
        lines.append("  ICC ON: the largest block of candidates (overall: candidate-competency pairs) x interviewers, all rated by all.")
        lines += notes.map { "  " + $0 }

        lines.append("")
        let threshold = "\u{00B1}0.5"
        lines.append("Interviewers: rating against the rest of the panel on the same candidate and competency")
        lines.append("(mean difference in scale points with 95% CI; lenient or severe when the whole interval lies beyond \(threshold))")
        var raters = Table("INTERVIEWER", "SCORECARDS", "COMPARED", "LEAN", "95% CI", "FLAG", "HALO", "AGREED WITH DECISION")
        var findings: [String] = []
        for rater in report.raters {
            let lean = rater.leniency
            let interval = lean.lower.flatMap { lower in lean.upper.map { "\(signed(lower)) to \(signed($0))" } } ?? "-"
            let halo = rater.halo.scorecards == 0 ? "-" : "\(rater.halo.flat) of \(rater.halo.scorecards) flat\(rater.halo.flagged ? " HALO" : "")"
            let agreed = rater.decided == 0 ? "-" : "\(rater.agreedWithDecision) of \(rater.decided) (\(percent(rater.decisionAgreement ?? 0)))"
            raters.add(
                rater.name, "\(rater.scorecards)", "\(lean.comparisons)", lean.meanDifference.map(signed) ?? "-", interval, verdict(lean.verdict), halo,
                agreed)
            switch lean.verdict {
            case .lenient:
                findings.append("\(rater.name) rates more generously than the rest of the panel: \(signed(lean.meanDifference!)) (95% CI \(interval)).")
            case .severe:
                findings.append("\(rater.name) rates more severely than the rest of the panel: \(signed(lean.meanDifference!)) (95% CI \(interval)).")
            case .inLine:
                // Not flagged, but the whole interval lies on one side of zero: worth a word.
                if let lower = lean.lower, let upper = lean.upper, lower > 0 || upper < 0 {
                    findings.append(
                        "\(rater.name) tends to rate \(lower > 0 ? "higher" : "lower") than the rest of the panel: \(signed(lean.meanDifference!)) "
                            + "(95% CI \(interval)), though not clearly by more than half a point.")
                }
            case .tooFewComparisons:
                break
            }
            if rater.halo.flagged {
                findings.append(
                    "\(rater.name) rated every competency about the same on \(rater.halo.flat) of \(rater.halo.scorecards) scorecards: possible halo effect.")
            }
        }
        lines += indented(raters)
        if !findings.isEmpty {
            lines.append("")
            lines.append("To discuss with the panel:")
            lines += findings.map { "  - " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    static func indented(_ table: Table) -> [String] {
        table.text.split(separator: "\n").map { "  " + FairnessText.trimmingTrailingSpaces($0) }
    }

    static func coefficient(_ value: Double) -> String { String(format: "%.3f", value) }

    static func signed(_ value: Double) -> String {
        let text = String(format: "%+.2f", value)
        return text == "-0.00" ? "+0.00" : text
    }

    static func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }

    static func verdict(_ verdict: RaterLeniency.Verdict) -> String {
        switch verdict {
        case .lenient: "LENIENT"
        case .severe: "SEVERE"
        case .inLine: ""
        case .tooFewComparisons: "too few to tell"
        }
    }
}
