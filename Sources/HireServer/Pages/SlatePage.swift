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

    /// Ranks shown on one page: a slate of 1,000 is read from the top, and rendering every line
    /// of it is most of what the page costs.
    static let pageSize = 100

    /// The model of the slate's page of ranks `from` to `from + pageSize - 1`, with links to the
    /// pages before and after. Unrated competencies are named as the role's `competencies` name
    /// them (an id no longer in the role stays an id).
    static func model(_ slate: Slate, opening: Opening, competencies: [Competency], includeInactive: Bool, from: Int = 1) -> [String: Any] {
        let names = Dictionary(competencies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let start = min(max(from, 1) - 1, max(slate.entries.count - 1, 0))
        let shown = slate.entries[start..<min(start + pageSize, slate.entries.count)]
        let rows = shown.map { entry -> [String: Any] in
            [
                "rank": entry.rank, "candidateId": entry.candidateId, "name": entry.name, "stage": entry.stage.rawValue,
                "score": number(entry.overall), "score100": entry.normalized.map { String(format: "%.0f", $0) } ?? "–",
                "mustHaves": entry.mustHaves.rawValue, "mustHavesFailed": entry.mustHaves == .failed,
                "mustHaveFailures": entry.mustHaveFailures, "evidence": "\(Counted.text(entry.confidence, "rating")), \(Counted.text(entry.scorecards, "card"))",
                "style": entry.coachingStyle.map { "\($0.rawValue) (\($0.quadrant))" } ?? "–",
                // Before any rating, every competency is unrated: said in a word, not a column of ids.
                "incomplete": entry.confidence == 0 && !entry.incomplete.isEmpty ? "all, no ratings yet" : entry.incomplete.map { names[$0] ?? $0 }.joined(separator: ", "),
                "flags": entry.flags,
                "recommendations": tally(entry.recommendations),
            ]
        }
        var model: [String: Any] = [
            "openingId": opening.id, "opening": opening.title, "role": slate.roleId, "entries": rows, "none": rows.isEmpty,
            "withheld": slate.withheld > 0 ? Counted.text(slate.withheld, "candidate") : false, "includeInactive": includeInactive, "wide": true,
        ]
        if slate.entries.count > pageSize {
            let link = { (rank: Int) in "/openings/\(opening.id)/slate?" + (includeInactive ? "all=1&" : "") + "from=\(rank)" }
            model["pages"] = [
                "shown": "Ranks \(start + 1)–\(start + shown.count) of \(slate.entries.count)",
                "previous": start > 0 ? link(max(start + 1 - pageSize, 1)) : false,
                "next": start + shown.count < slate.entries.count ? link(start + shown.count + 1) : false,
            ]
        }
        return model
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
