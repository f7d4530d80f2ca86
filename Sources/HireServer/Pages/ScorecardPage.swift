import Foundation
import HireKit

/// The model of the scorecard form: each focus competency with its anchored scale (each
/// level's anchor text beside its radio button), its questions, evidence and n/a reason, then
/// the recommendation and notes; problems next to their fields.
enum ScorecardPage {
    static func model(
        _ sheet: ScorecardSheet, entry: ScorecardEntry, problems: ScorecardProblems, when: String?, savedAt: String? = nil,
        amend: AmendFields? = nil
    ) -> [String: Any] {
        let scale = sheet.profile.scale
        let competencies: [[String: Any]] = zip(sheet.competencies, entry.ratings).map { competency, typed in
            let id = competency.id
            var levels: [[String: Any]] = scale.levels.map { level in
                [
                    "value": "\(level)", "inputId": "rating-\(id)-\(level)", "checked": typed.value == "\(level)",
                    "anchor": competency.anchors[level] ?? "",
                ]
            }
            levels.append(["value": "n/a", "inputId": "rating-\(id)-na", "checked": typed.value.lowercased() == "n/a", "anchor": "Not assessed (say why below)"])
            let errors = problems.byCompetency[id] ?? []
            var item: [String: Any] = [
                "id": id, "name": competency.name, "description": competency.description ?? "", "levels": levels,
                "questions": competency.questions, "hasQuestions": !competency.questions.isEmpty,
                "evidence": typed.evidence, "skipReason": typed.skipReason,
            ]
            if !errors.isEmpty { item["\(field(of: typed, scale: scale).rawValue)Error"] = ["messages": errors] }
            return item
        }
        var model: [String: Any] = [
            "interviewId": sheet.interview.id!, "candidateId": sheet.interview.candidateId, "candidate": sheet.candidateName,
            "role": sheet.profile.title, "round": sheet.round.name, "when": when ?? "Unscheduled",
            "scaleMin": scale.min, "scaleMax": scale.max,
            "competencies": competencies, "roundQuestions": sheet.round.questions, "hasRoundQuestions": !sheet.round.questions.isEmpty,
            "recommendations": Recommendation.allCases.map { ["value": $0.rawValue, "label": label($0), "checked": entry.recommendation == $0.rawValue] },
            "notes": entry.notes,
        ]
        if let submitted = sheet.submittedScorecardId { model["submitted"] = ["id": submitted] }
        if let savedAt { model["draft"] = ["savedAt": savedAt] }
        if let amend { model["amend"] = amend.model }
        if !problems.recommendation.isEmpty { model["recommendationError"] = ["messages": problems.recommendation] }
        let reasonErrors = amend?.reasonErrors.count ?? 0
        if !problems.isEmpty || reasonErrors > 0 {
            let count = problems.byCompetency.values.map(\.count).reduce(0, +) + problems.recommendation.count + problems.general.count + reasonErrors
            model["problems"] = ["count": Counted.text(count, "problem"), "general": problems.general, "links": links(sheet, entry: entry, problems: problems)]
        }
        return model
    }

    /// The field of a competency that its problems concern, judged from what was typed: the
    /// evidence of an end-of-scale level typed without it, the reason of an n/a (or of a level
    /// typed with a reason), else the rating itself. Only decides where the library's message
    /// is shown.
    enum Field: String {
        case rating, evidence, skip
    }

    static func field(of typed: ScorecardEntry.Rating, scale: RatingScale) -> Field {
        let value = typed.value.trimmingCharacters(in: .whitespaces)
        let hasEvidence = !typed.evidence.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        let hasReason = !typed.skipReason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        if value.lowercased() == "n/a" { return hasReason ? .rating : .skip }
        guard let level = Int(value), scale.levels.contains(level) else { return .rating }
        if hasReason { return .skip }
        return (level == scale.min || level == scale.max) && !hasEvidence ? .evidence : .rating
    }

    /// The error summary's links, one per problem, each to the field it concerns.
    static func links(_ sheet: ScorecardSheet, entry: ScorecardEntry, problems: ScorecardProblems) -> [[String: String]] {
        let scale = sheet.profile.scale
        var links: [[String: String]] = []
        for (competency, typed) in zip(sheet.competencies, entry.ratings) {
            let target = switch field(of: typed, scale: scale) {
            case .rating: "rating-\(competency.id)-\(scale.min)"
            case .evidence: "evidence-\(competency.id)"
            case .skip: "skip-\(competency.id)"
            }
            links += (problems.byCompetency[competency.id] ?? []).map { ["target": target, "field": competency.name, "message": $0] }
        }
        links += problems.recommendation.map { ["target": "recommendation-\(Recommendation.allCases[0].rawValue)", "field": "Recommendation", "message": $0] }
        return links
    }

    static func label(_ recommendation: Recommendation) -> String {
        switch recommendation {
        case .strongNo: "Strong no"
        case .no: "No"
        case .yes: "Yes"
        case .strongYes: "Strong yes"
        }
    }
}
