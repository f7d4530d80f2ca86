import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire fairness [--role R] [--dimension D] [--stage S] [--min-group N]`
    struct Fairness: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fairness",
            abstract: "Selection rates by self-identified group at each pipeline step: impact ratios, four-fifths rule, Fisher's exact test.",
            discussion: """
                Steps: applied -> screening -> interviewing -> offer -> hired. A candidate counts as having reached a stage \
                if they were ever moved to it or to a later one. Each group's selection rate is compared with the highest \
                group's: an impact ratio below 0.80 is flagged (the four-fifths rule), and Fisher's exact test gives the \
                two-sided p-value of the difference, which is what to read when groups are small. Groups with fewer \
                candidates than --min-group at a step are reported as too small, without their counts ("fewer than N"). Group data comes from `hire candidate set-group`.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var viewer: ViewerOptions
        @Option(help: "Only candidates for this role.") var role: String?
        @Option(help: "Only this dimension (e.g. gender).") var dimension: String?
        @Option(help: "Only the step leading into this stage (screening, interviewing, offer, hired).") var stage: Stage?
        @Option(name: .customLong("min-group"), help: "Groups with fewer candidates at a step are reported as too small.") var minGroup = 5
        @Option(help: "Output format: text or json.") var format: Format = .text

        /// The report's output formats (a report, not a list: no csv).
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text
            case json
        }

        func validate() throws {
            if minGroup < 1 { throw ValidationError("--min-group must be at least 1.") }
        }

        func run() throws {
            let ws = try workspace.open()
            let report = try ws.fairness.report(
                role: role, dimension: dimension, stage: stage, rules: AdverseImpact.Rules(minimumGroupSize: minGroup), as: try viewer.resolve(in: ws))
            if format == .json { return try Console.json(report) }
            Console.out(FairnessText.render(report))
        }
    }
}

/// The text rendering of a fairness report.
enum FairnessText {
    static func render(_ report: FairnessReport) -> String {
        var lines = [
            "Fairness\(report.role.map { " for \($0)" } ?? ", all roles"): selection rate by group at each step",
            "(impact ratio against the highest group; FLAG below \(String(format: "%.2f", report.fourFifths)); groups under \(report.minimumGroupSize) too small)",
        ]
        if report.dimensions.isEmpty {
            lines.append("")
            lines.append("No group data recorded; candidates may state theirs with `hire candidate set-group C --dimension D --value V`.")
        }
        for dimension in report.dimensions {
            for step in dimension.steps {
                lines.append("")
                lines.append("\(dimension.dimension): \(step.from.rawValue) -> \(step.to.rawValue)")
                guard !step.groups.isEmpty || step.unstated > 0 else {
                    lines.append("  no candidates at \(step.from.rawValue)")
                    continue
                }
                var table = Table("GROUP", "REACHED", "PASSED", "RATE", "IMPACT", "4/5", "FISHER P")
                for group in step.groups {
                    guard !group.tooSmall, let rate = group.selectionRate else {
                        table.add(group.group, "fewer than \(group.fewerThan ?? report.minimumGroupSize)", "", "too small", "", "", "")
                        continue
                    }
                    table.add(
                        group.group, "\(group.considered)", "\(group.selected)", String(format: "%.1f%%", rate * 100),
                        group.impactRatio.map { String(format: "%.2f", $0) } ?? "-",
                        group.isReference ? "ref" : group.belowFourFifths == true ? "FLAG" : group.belowFourFifths == false ? "ok" : "-",
                        group.fisherPValue.map(pValue) ?? "")
                }
                if !step.groups.isEmpty { lines += table.text.split(separator: "\n").map { "  " + trimmingTrailingSpaces($0) } }
                if step.unstated > 0 { lines.append("  (\(step.unstated) not stated)") }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func trimmingTrailingSpaces(_ line: Substring) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }

    static func pValue(_ p: Double) -> String { p < 0.001 ? "<0.001" : String(format: "%.3f", p) }
}
