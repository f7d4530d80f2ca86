import Foundation
import HireKit

/// The models of the openings list and of an opening's slate: the CLI's slate, same order and
/// columns (score on the role's scale and 0–100, must-haves, confidence, coaching style,
/// unrated competencies, debrief flags).
enum SlatePage {
    static func openings(_ listings: [OpeningListing], viewer: Actor) -> [String: Any] {
        let rows = listings.map { listing -> [String: Any] in
            let opening = listing.opening
            return [
                "id": opening.id, "title": opening.title, "role": opening.roleId, "manager": listing.managerName ?? "No hiring manager",
                "headcount": opening.headcount, "mine": viewer.personId != nil && opening.managerId == viewer.personId,
            ]
        }
        let mine = rows.filter { $0["mine"] as? Bool == true }
        let others = rows.filter { $0["mine"] as? Bool != true }
        return ["mine": mine, "others": others, "noneMine": mine.isEmpty, "hasOthers": !others.isEmpty]
    }

    static func model(_ slate: Slate, opening: Opening, includeInactive: Bool) -> [String: Any] {
        let rows = slate.entries.map { entry -> [String: Any] in
            [
                "rank": entry.rank, "candidateId": entry.candidateId, "name": entry.name, "stage": entry.stage.rawValue,
                "score": number(entry.overall), "score100": entry.normalized.map { String(format: "%.0f", $0) } ?? "–",
                "mustHaves": entry.mustHaves.rawValue, "mustHavesFailed": entry.mustHaves == .failed,
                "mustHaveFailures": entry.mustHaveFailures, "confidence": entry.confidence, "scorecards": entry.scorecards,
                "style": entry.coachingStyle.map { "\($0.rawValue) (\($0.quadrant))" } ?? "–",
                "incomplete": entry.incomplete.joined(separator: ", "), "flags": entry.flags,
                "recommendations": tally(entry.recommendations),
            ]
        }
        return [
            "openingId": opening.id, "opening": opening.title, "role": slate.roleId, "entries": rows, "none": rows.isEmpty,
            "withheld": CandidatePage.count(slate.withheld), "includeInactive": includeInactive, "wide": true,
        ]
    }

    /// A score to two decimals, or a dash when there is none.
    static func number(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0) } ?? "–"
    }

    /// "2 strong yes, 1 no": the panel's recommendations.
    static func tally(_ tally: RecommendationTally) -> String {
        let parts = [(tally.strongYes, "strong yes"), (tally.yes, "yes"), (tally.no, "no"), (tally.strongNo, "strong no")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return parts.isEmpty ? "none yet" : parts.joined(separator: ", ")
    }
}
