import ArgumentParser
import Foundation
import HireKit

extension Hire.CandidateCommand {
    /// `hire candidate report C [--as PERSON]`
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "A candidate's assessment: details, stage history, every rating with its evidence, scores, flags, recommendations.",
            discussion: "With --as PERSON, others' scorecards and the scores stay hidden until PERSON has submitted their own scorecard.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        @Argument(help: "Candidate id or email.") var candidate: String
        @Option(name: .customLong("as"), help: ArgumentHelp("View as this interviewer.", valueName: "person")) var viewer: String?

        func run() throws {
            let ws = try workspace.open()
            let report = try ws.reports.candidate(try ws.candidateID(candidate), as: try ActorResolver.viewer(viewer, in: ws))
            if output.format == .json { return try Console.json(report) }
            let c = report.candidate
            var lines = ["Candidate \(c.id!): \(c.name)"]
            lines.append("Role:  \(c.roleId ?? "-") (version \(c.roleVersion ?? 0))\(c.openingId.map { ", opening \($0)" } ?? "")")
            lines.append("Stage: \(c.stage.rawValue)")
            lines.append("")
            lines.append("History:")
            for change in report.history {
                let from = change.fromStage.map { "\($0.rawValue) -> " } ?? ""
                lines.append("  \(DateText.timestamp(change.at))  \(from)\(change.toStage.rawValue)  by \(change.actor)\(change.reason.map { ": \($0)" } ?? "")")
            }
            if !report.interviews.isEmpty {
                lines.append("")
                lines.append("Interviews: " + report.interviews.map { "\($0.roundId) (interviewer \($0.interviewerId))" }.joined(separator: ", "))
            }
            lines.append("")
            if report.hidden {
                lines.append(ScorecardText.hiddenNotice(count: report.hiddenCount, byRound: [:]))
            } else if report.scorecards.isEmpty {
                lines.append("No scorecards yet.")
            } else {
                lines.append("Ratings:")
                for competency in report.competencies {
                    lines.append("  \(competency.id) (\(competency.kind.rawValue)): \(competency.name)")
                    if competency.ratings.isEmpty { lines.append("      not rated") }
                    for rating in competency.ratings {
                        var line = "      \(ScorecardText.rating(rating.value))  \(rating.roundId), \(rating.interviewer)"
                        if let skip = rating.skipReason { line += " (skipped: \(skip))" }
                        if let evidence = rating.evidence { line += ": \(evidence)" }
                        lines.append(line)
                    }
                }
                lines.append("")
                lines.append("Recommendations:")
                for item in report.scorecards {
                    var line = "  \(item.scorecard.recommendation.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0))  \(item.scorecard.roundId), \(item.interviewer) (scorecard \(item.scorecard.id!), version \(item.scorecard.version))"
                    if let notes = item.scorecard.notes { line += ": \(notes)" }
                    lines.append(line)
                }
            }
            if let score = report.score, !report.scorecards.isEmpty {
                lines.append("")
                lines += ScorecardText.score(score)
            }
            for decision in report.decisions {
                lines.append("")
                var line = "Decision: \(decision.kind.rawValue) by \(decision.actor) on \(DateText.timestamp(decision.at))"
                if let start = decision.startDate { line += ", start \(start), manager \(decision.managerId.map(String.init) ?? "-")" }
                lines.append(line)
                if let reason = decision.reason { lines.append("  reason: \(reason)") }
                if let override = decision.override { lines.append("  override: \(override)") }
            }
            Console.out(lines.joined(separator: "\n"))
        }
    }
}
