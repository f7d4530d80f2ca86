import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire validity --role R --outcome OUTCOME [--format text|json]`
    struct Validity: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validity",
            abstract: "Which interview signals go with how hires do: correlations with a ramp or business outcome.",
            discussion: """
                OUTCOME: time-to-ramp (days; lower is better), ramped-on-plan (1 or 0), day-90 (mean of the day-90 \
                check-in observations), retained-180, retained-365 (1 or 0), or a metric imported with `hire outcome import`. \
                For the overall score, each dimension, each competency, each interviewer's recommendations and each source: \
                N hires, Pearson's r and Spearman's rho with 95% intervals, and r corrected for range restriction \
                (hires are a selected few; Thorndike's Case II). With fewer than 20 hires the numbers are shown and \
                nothing is called. A correlation on a few hires is not proof.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var viewer: ViewerOptions
        @OptionGroup var today: TodayOptions
        @OptionGroup var subject: ValidityOptions
        @Option(help: "Output format: text or json.") var format: Hire.Fairness.Format = .text

        func run() throws {
            let ws = try workspace.open()
            let report = try ws.analytics.validity(role: subject.role, outcome: subject.outcome, today: try today.date(in: ws), as: try viewer.resolve(in: ws))
            if format == .json { return try Console.json(report) }
            Console.out(ValidityText.render(report))
        }
    }
}

/// The text rendering of a validity report.
enum ValidityText {
    static func render(_ report: ValidityReport) -> String {
        var lines = [
            "Validity for \(report.role) against \(report.outcome): \(Counted.text(report.hires, "hire")) with the outcome, \(Counted.text(report.interviewed, "candidate")) interviewed."
        ]
        var table = Table("SIGNAL", "KIND", "N", "R", "R 95% CI", "RHO", "RHO 95% CI", "R CORRECTED", "READING")
        for signal in report.signals {
            table.add(
                signal.label, signal.kind.rawValue, "\(signal.n)", number(signal.pearson?.value), interval(signal.pearson),
                number(signal.spearman?.value), interval(signal.spearman), number(signal.corrected), words(signal.reading))
        }
        lines.append(table.text)
        lines += report.notes
        return lines.joined(separator: "\n")
    }

    static func number(_ value: Double?) -> String { value.map(Correlation.twoDecimals) ?? "-" }

    static func interval(_ estimate: Correlation.Estimate?) -> String {
        guard let low = estimate?.low, let high = estimate?.high else { return "-" }
        return "\(number(low)) to \(number(high))"
    }

    static func words(_ reading: ValiditySignal.Reading) -> String {
        switch reading {
        case .tooFewHires: "too few hires to tell"
        case .noData: "nothing to compare"
        case .unclear: "no clear relation"
        case .higherIsBetter: "higher goes with better"
        case .higherIsWorse: "higher goes with worse"
        }
    }
}
