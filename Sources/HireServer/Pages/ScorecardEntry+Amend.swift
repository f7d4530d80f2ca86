import Foundation
import HireKit

extension ScorecardEntry {
    /// The form filled in with a submitted version, to amend it.
    init(sheet: ScorecardSheet, current: SubmittedScorecard) {
        ratings = sheet.competencies.map { competency in
            let rating = current.ratings.first { $0.competencyId == competency.id }
            return Rating(
                competencyId: competency.id, value: rating.map { $0.value?.plainText ?? "n/a" } ?? "", evidence: rating?.evidence ?? "",
                skipReason: rating?.skipReason ?? "")
        }
        recommendation = current.scorecard.recommendation.rawValue
        notes = current.scorecard.notes ?? ""
    }

    /// What changed from `current` to this entry, as the library's amendment.
    func amendment(from current: ScorecardEntry, reason: String, keepEvidence: Bool) -> ScorecardAmendment {
        func same(_ a: String, _ b: String) -> Bool { Self.normalized(a) == Self.normalized(b) }
        let changes = ratings.compactMap { typed -> RatingChange? in
            let before = current.ratings.first { $0.competencyId == typed.competencyId }
            let value = same(typed.value, before?.value ?? "") ? nil : RatingInput(text: typed.value)
            let evidence = same(typed.evidence, before?.evidence ?? "") ? nil : Self.normalized(typed.evidence)
            let isNA = RatingInput(text: typed.value) == .notApplicable
            let skip = isNA && !same(typed.skipReason, before?.skipReason ?? "") ? Self.normalized(typed.skipReason) : nil
            guard value != nil || evidence != nil || skip != nil else { return nil }
            return RatingChange(competencyId: typed.competencyId, value: value, evidence: evidence, skipReason: skip)
        }
        return ScorecardAmendment(
            changes: changes, recommendation: same(recommendation, current.recommendation) ? nil : recommendation,
            notes: same(notes, current.notes) ? nil : Self.normalized(notes), reason: reason, keepEvidence: keepEvidence)
    }

    /// Text as compared and stored: browsers send CRLF line ends; surrounding space is not content.
    private static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The amendment's own fields on the scorecard form: why, and whether evidence stays.
struct AmendFields {
    var reason: String = ""
    var keepEvidence = false
    var reasonErrors: [String] = []

    var model: [String: Any] {
        var model: [String: Any] = ["reason": reason, "keepEvidence": keepEvidence]
        if !reasonErrors.isEmpty { model["reasonError"] = ["messages": reasonErrors] }
        return model
    }
}
