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
            if !errors.isEmpty { item["error"] = ["id": "error-\(id)", "messages": errors] }
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
            model["problems"] = ["count": count, "general": problems.general]
        }
        return model
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
