import Foundation
import HireKit

/// Text renderings of scorecards, scores and slates.
enum ScorecardText {
    /// 3 -> "3", 3.25 -> "3.25", 2.333 -> "2.33".
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        let hundredths = Int((abs(value) * 100).rounded())
        var text = (value < 0 && hundredths > 0 ? "-" : "") + String(hundredths / 100)
        let fraction = hundredths % 100
        if fraction != 0 { text += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)") }
        return text
    }

    static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        return String(Int(value.rounded()))
    }

    /// A rating's value, or "n/a" when it was skipped.
    static func rating(_ value: Double?) -> String { value.map { number($0) } ?? "n/a" }

    static func ratingsSummary(_ ratings: [Rating]) -> String {
        ratings.map { "\($0.competencyId)=\(rating($0.value))" }.joined(separator: " ")
    }

    static func hiddenNotice(count: Int, byRound: [String: Int]) -> String {
        let rounds = byRound.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        return "\(Counted.text(count, "scorecard")) submitted by others\(rounds.isEmpty ? "" : " (\(rounds))"); their ratings and recommendations are hidden until you submit your own."
    }

    static func version(_ item: SubmittedScorecard) -> String {
        let s = item.scorecard
        var lines = [
            "Scorecard \(s.id!), version \(s.version)\(item.isSuperseded ? " (superseded)" : " (latest)"): candidate \(s.candidateId), round \(s.roundId), interviewer \(item.interviewer)",
            "  submitted \(DateText.timestamp(s.submittedAt)) by \(s.actor); role \(s.roleId) version \(s.roleVersion)",
        ]
        if let supersedes = s.supersedes { lines.append("  amends scorecard \(supersedes): \(s.amendReason ?? "")") }
        for rating in item.ratings {
            var line = "  \(rating.competencyId): \(self.rating(rating.value))"
            if let skip = rating.skipReason { line += " (skipped: \(skip))" }
            if let evidence = rating.evidence { line += " - \(evidence)" }
            lines.append(line)
        }
        lines.append("  recommendation: \(s.recommendation.rawValue)")
        if let notes = s.notes { lines.append("  notes: \(notes)") }
        return lines.joined(separator: "\n")
    }

    static func score(_ score: CandidateScore) -> [String] {
        var lines = ["Scores (scale \(score.scale.min)..\(score.scale.max), 0-100 in brackets; \(score.ratings) ratings):"]
        lines.append("  overall:   \(number(score.overall?.value)) [\(percent(score.overall?.normalized))]")
        for dimension in score.dimensions {
            let label = (dimension.kind.plural + ":").padding(toLength: 10, withPad: " ", startingAt: 0)
            lines.append("  \(label) \(number(dimension.score?.value)) [\(percent(dimension.score?.normalized))]")
        }
        lines.append("  must-haves: \(score.mustHaves.rawValue)")
        lines += score.mustHaveFailures.map { "    \($0.description)" }
        if !score.incomplete.isEmpty { lines.append("  incomplete: not rated: \(score.incomplete.joined(separator: ", "))") }
        if let skillWill = score.skillWill {
            lines.append(
                "  skill/will: skill \(number(skillWill.skill)), will \(number(skillWill.will)) -> \(skillWill.style.quadrant): \(skillWill.style.rawValue)")
        }
        let r = score.recommendations
        lines.append("  recommendations: strong-yes \(r.strongYes), yes \(r.yes), no \(r.no), strong-no \(r.strongNo)")
        if !score.flags.isEmpty {
            lines.append("Debrief flags:")
            lines += score.flags.map { "  - \($0.message)" }
        }
        return lines
    }

    static let slateHeaders = [
        "RANK", "ID", "NAME", "STAGE", "SCORE", "SCORE100", "MUST-HAVES", "CONFIDENCE", "STYLE", "INCOMPLETE", "FLAGS",
    ]

    static func slateRow(_ entry: SlateEntry) -> [String] {
        let mustHaves = entry.mustHaveFailures.isEmpty ? entry.mustHaves.rawValue : entry.mustHaveFailures.joined(separator: "; ")
        return [
            "\(entry.rank)", "\(entry.candidateId)", entry.name, entry.stage.rawValue, number(entry.overall), percent(entry.normalized),
            mustHaves, "\(entry.confidence)", entry.coachingStyle?.rawValue ?? "-", entry.incomplete.joined(separator: " "),
            entry.flags.joined(separator: "; "),
        ]
    }

    /// A slate row for CSV: a score or style that is not there is an empty cell, not `-`.
    static func slateCSVRow(_ entry: SlateEntry) -> [String] {
        var row = slateRow(entry)
        for column in [4, 5, 8] where row[column] == "-" { row[column] = "" }
        return row
    }
}
