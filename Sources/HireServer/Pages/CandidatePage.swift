import Foundation
import HireKit

/// The models of a candidate's pages: what an interview needs, and the panel's scorecards.
enum CandidatePage {
    /// Name, role, the viewer's rounds and the facts of the application; no self-identified groups.
    static func brief(_ brief: InterviewBrief, now: Date, timeZone: TimeZone) -> [String: Any] {
        var model: [String: Any] = [
            "candidateId": brief.candidateId, "candidate": brief.candidateName, "role": brief.roleTitle ?? "No role",
            "stage": brief.stage.rawValue,
            "interviews": brief.interviews.map { item -> [String: Any] in
                [
                    "id": item.interview.id!, "round": item.roundName, "owed": item.isOwed(at: now), "submitted": item.scorecardId != nil,
                    "when": item.interview.at.map { TimeText.timestamp($0, timeZone: timeZone) } ?? "Unscheduled",
                ]
            },
        ]
        if let profile = brief.imported {
            model["imported"] = [
                "positions": profile.appliedPositions.map(\.positionId),
                "employment": profile.employment.map { job -> [String: Any] in
                    ["title": job.title ?? "", "employer": job.employer ?? "", "period": period(job.start, job.end)]
                },
                "education": profile.education.map { school -> [String: Any] in
                    ["degree": [school.degree, school.major].compactMap { $0 }.joined(separator: ", "), "school": school.school ?? "", "period": school.date ?? ""]
                },
                "competencies": profile.competencies.map(\.label),
            ]
        }
        return model
    }

    static func period(_ start: String?, _ end: String?) -> String {
        switch (start, end) {
        case let (s?, e?): "\(s) – \(e)"
        case let (s?, nil): "since \(s)"
        case let (nil, e?): "until \(e)"
        default: ""
        }
    }

    /// The notice after the scorecard form (`?done=submitted` or `amended`), `nil` for anything else.
    static func scorecardNotice(_ done: String?) -> String? {
        switch done {
        case "submitted": "Your scorecard is submitted. The panel's scorecards are below; you can amend yours with a reason."
        case "amended": "Your amendment is submitted. The earlier version stays in the card's history."
        default: nil
        }
    }

    /// The panel's scorecards under the blind rule: counts only until the viewer has
    /// submitted, then every card with the debrief flags, and the earlier versions of amended
    /// cards (`history`, by latest card id, oldest first).
    static func scorecards(
        _ report: CandidateReport, history: [Int64: [SubmittedScorecard]] = [:], viewer: Actor, timeZone: TimeZone
    ) -> [String: Any] {
        let owed = report.interviews.contains { $0.interviewerId == viewer.personId }
            && !report.scorecards.contains { $0.scorecard.interviewerId == viewer.personId }
        let cards: [[String: Any]] = report.scorecards.map { submitted in
            let card = submitted.scorecard
            var model = version(submitted, competencies: report.competencies, timeZone: timeZone)
            model["interviewer"] = submitted.interviewer
            model["round"] = card.roundId
            if card.interviewerId == viewer.personId {
                let interview = report.interviews.first { $0.interviewerId == card.interviewerId && $0.roundId == card.roundId }
                model["mine"] = true
                if let id = interview?.id { model["amendURL"] = "/interviews/\(id)/scorecard/amend" }
            }
            let earlier = (history[card.id!] ?? []).filter { $0.scorecard.id != card.id }.reversed()
            if !earlier.isEmpty { model["earlier"] = ["versions": earlier.map { version($0, competencies: report.competencies, timeZone: timeZone) }] }
            return model
        }
        var model: [String: Any] = [
            "candidateId": report.candidate.id!, "candidate": report.candidate.erased ? "candidate \(report.candidate.id!)" : report.candidate.name,
            "cards": cards, "hidden": report.hidden, "hiddenCount": Counted.text(report.hiddenCount, "scorecard"), "owed": owed,
            "none": cards.isEmpty && !report.hidden,
        ]
        model["flags"] = report.score?.flags.map(\.message) ?? []
        return model
    }

    /// One version of a scorecard: its ratings, recommendation, notes, and why it was amended.
    /// Ratings are named and ordered as the role's `competencies` are (as on the form); one of a
    /// competency no longer in the role keeps its id and comes last.
    static func version(_ submitted: SubmittedScorecard, competencies: [CandidateReport.CompetencyLines] = [], timeZone: TimeZone) -> [String: Any] {
        let card = submitted.scorecard
        let names = Dictionary(competencies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let order = Dictionary(competencies.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ratings = submitted.ratings.enumerated().sorted { a, b in
            (order[a.element.competencyId] ?? Int.max, a.offset) < (order[b.element.competencyId] ?? Int.max, b.offset)
        }.map(\.element)
        return [
            "id": card.id!, "recommendation": card.recommendation.rawValue, "version": card.version,
            "submitted": TimeText.timestamp(card.submittedAt, timeZone: timeZone), "notes": section(card.notes),
            "amendReason": section(card.amendReason),
            "ratings": ratings.map { rating -> [String: Any] in
                [
                    "competency": names[rating.competencyId] ?? rating.competencyId, "value": rating.value.map { $0.plainText } ?? "n/a",
                    "evidence": rating.evidence ?? "", "skipReason": section(rating.skipReason),
                ]
            },
        ]
    }

    /// Text for a `{{#key}}` section: `false` when empty, since Mustache renders a section for
    /// an empty string, and a missing key would be looked up in the enclosing card.
    static func section(_ text: String?) -> Any {
        guard let text, !text.isEmpty else { return false }
        return text
    }

    /// A count for a `{{#key}}` section: `false` when zero, since Mustache renders a section for 0.
    static func count(_ value: Int) -> Any { value > 0 ? value : false }
}
