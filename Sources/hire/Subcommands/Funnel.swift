import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire funnel [--role R] [--opening O] [--source S] [--from D --to D] [--format text|json|csv]`
    struct Funnel: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "funnel",
            abstract: "The hiring funnel from the stage history: reached, conversion, days in stage, time to hire and to fill.",
            discussion: """
                Per stage (applied, screening, interviewing, offer, hired): how many reached it (were ever moved to it or \
                a later stage), the share who went on to the next, and the median and 90th-percentile days spent in it \
                by those who have left it. Time to hire: applied (added) to hired; time to fill: opening created to hired. \
                Then the same split by source and by opening. --from/--to select candidates by the day they applied.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var viewer: ViewerOptions
        @OptionGroup var output: FormatOptions
        @OptionGroup var scope: FunnelFilterOptions

        func run() throws {
            let ws = try workspace.open()
            let report = try ws.analytics.funnel(scope.filter, as: try viewer.resolve(in: ws))
            switch output.format {
            case .json: try Console.json(report)
            case .csv: output.emitCSV(FunnelText.csv(report))
            case .text: Console.out(FunnelText.render(report))
            }
        }
    }
}

/// The text and CSV renderings of a funnel.
enum FunnelText {
    static func render(_ report: FunnelReport) -> String {
        var lines = ["Funnel: \(report.overall.candidates) candidates" + (report.filter.words.map { " (\($0))" } ?? "")]
        lines.append(stages(report.overall))
        lines.append(times(report.overall))
        for (title, segments) in [("By source", report.bySource), ("By opening", report.byOpening)] where !segments.isEmpty {
            lines.append("")
            lines.append(title + ":")
            var table = Table("KEY", "CANDIDATES", "SCREENING", "INTERVIEWING", "OFFER", "HIRED", "HIRED %", "TIME TO HIRE (MEDIAN)", "TIME TO FILL (MEDIAN)")
            for segment in segments {
                let reached = segment.stages.map { "\($0.reached)" }
                let hired = segment.candidates > 0 ? Double(segment.stages.last!.reached) / Double(segment.candidates) * 100 : 0
                table.add(
                    segment.key, "\(segment.candidates)", reached[1], reached[2], reached[3], reached[4], String(format: "%.0f%%", hired),
                    days(segment.timeToHire?.median), days(segment.timeToFill?.median))
            }
            lines.append(table.text)
        }
        return lines.joined(separator: "\n")
    }

    static func stages(_ segment: FunnelSegment) -> String {
        var table = Table("STAGE", "REACHED", "TO NEXT", "DAYS IN STAGE (MEDIAN)", "P90", "STAYS")
        for stage in segment.stages {
            table.add(
                stage.stage.rawValue, "\(stage.reached)", stage.conversion.map { String(format: "%.0f%%", $0 * 100) } ?? "-",
                days(stage.daysInStage?.median), days(stage.daysInStage?.p90), "\(stage.daysInStage?.n ?? 0)")
        }
        return table.text
    }

    static func times(_ segment: FunnelSegment) -> String {
        func line(_ name: String, _ summary: DaySummary?) -> String {
            guard let summary else { return "\(name): no hires yet" }
            return "\(name): median \(days(summary.median)) days, 90th percentile \(days(summary.p90)) (\(summary.n) hires)"
        }
        return [line("Time to hire (applied to hired)", segment.timeToHire), line("Time to fill (opening created to hired)", segment.timeToFill)]
            .joined(separator: "\n")
    }

    static func days(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "-" }

    /// One row per split, key and stage; the rows `time-to-hire` and `time-to-fill` give n in REACHED.
    static func csv(_ report: FunnelReport) -> Table {
        var table = Table("SPLIT", "KEY", "STAGE", "REACHED", "CONVERSION-PCT", "MEDIAN-DAYS", "P90-DAYS")
        func number(_ value: Double?) -> String { value.map { RampText.format(($0 * 10).rounded() / 10) } ?? "" }
        for (split, segments) in [("all", [report.overall]), ("source", report.bySource), ("opening", report.byOpening)] {
            for segment in segments {
                for stage in segment.stages {
                    table.add(
                        split, segment.key, stage.stage.rawValue, "\(stage.reached)", number(stage.conversion.map { $0 * 100 }),
                        number(stage.daysInStage?.median), number(stage.daysInStage?.p90))
                }
                for (name, summary) in [("time-to-hire", segment.timeToHire), ("time-to-fill", segment.timeToFill)] {
                    table.add(split, segment.key, name, "\(summary?.n ?? 0)", "", number(summary?.median), number(summary?.p90))
                }
            }
        }
        return table
    }
}
