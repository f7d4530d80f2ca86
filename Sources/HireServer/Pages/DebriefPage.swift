import Foundation
import HireKit

/// The model of a candidate's debrief: the live candidate report (score, must-haves, flags,
/// skill-will, competencies, the panel's cards), who still owes a scorecard, the history, and
/// the hire or reject forms for those the policy lets decide.
enum DebriefPage {
    static func model(
        _ report: CandidateReport, owed: [OwedItem], decision: DecisionForm?, viewer: Actor, timeZone: TimeZone
    ) -> [String: Any] {
        var model = CandidatePage.scorecards(report, viewer: viewer, timeZone: timeZone)
        let candidate = report.candidate
        model["role"] = candidate.roleId ?? "No role"
        model["opening"] = candidate.openingId ?? false
        model["stage"] = candidate.stage.rawValue
        model["wide"] = true
        if let score = report.score {
            let names = Dictionary(report.competencies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            var scoreModel: [String: Any] = [
                "overall": SlatePage.number(score.overall?.value), "score100": score.overall.map { String(format: "%.0f", $0.normalized) } ?? "–",
                "scale": "\(score.scale.min)–\(score.scale.max)", "mustHaves": score.mustHaves.rawValue, "mustHavesFailed": score.mustHaves == .failed,
                "mustHaveFailures": score.mustHaveFailures.map(\.description), "incomplete": CandidatePage.section(score.incomplete.joined(separator: ", ")),
                "confidence": Counted.text(score.ratings, "rating"), "recommendations": SlatePage.tally(score.recommendations),
                "competencies": score.competencies.map { competency -> [String: Any] in
                    [
                        "name": names[competency.id] ?? competency.id, "kind": competency.kind.rawValue, "mean": SlatePage.number(competency.mean),
                        "count": competency.count, "range": range(competency.lowest, competency.highest),
                        "mustHave": competency.mustHave.map { "≥ \($0.plainText)" } ?? "",
                    ]
                },
                "dimensions": score.dimensions.map { dimension -> [String: Any] in
                    ["kind": dimension.kind.rawValue, "score": SlatePage.number(dimension.score?.value), "unrated": dimension.unrated.joined(separator: ", ")]
                },
            ]
            if let skillWill = score.skillWill {
                scoreModel["skillWill"] = [
                    "skill": SlatePage.number(skillWill.skill), "will": SlatePage.number(skillWill.will), "style": skillWill.style.rawValue,
                    "quadrant": skillWill.style.quadrant,
                ]
            }
            model["score"] = scoreModel
        }
        model["owed"] = owed.map { item -> [String: Any] in
            [
                "person": item.personName ?? "Nobody yet", "round": item.subject, "status": item.status.rawValue,
                "overdue": item.status == .overdue,
                "hours": CandidatePage.section(item.hoursSinceInterview.map { "\($0) h since the interview" }),
            ]
        }
        model["noneOwed"] = owed.isEmpty
        model["history"] = report.history.map { change -> [String: Any] in
            [
                "at": TimeText.timestamp(change.at, timeZone: timeZone), "from": change.fromStage?.rawValue ?? "new", "to": change.toStage.rawValue,
                "reason": CandidatePage.section(change.reason),
            ]
        }
        model["decisions"] = report.decisions.map { decision -> [String: Any] in
            [
                "kind": decision.kind.rawValue, "at": TimeText.timestamp(decision.at, timeZone: timeZone),
                "reason": CandidatePage.section(decision.reason), "override": CandidatePage.section(decision.override),
                "start": decision.startDate.map(String.init(describing:)) ?? false,
            ]
        }
        if let decision { model["decide"] = decision.model }
        return model
    }

    static func range(_ low: Double?, _ high: Double?) -> String {
        guard let low, let high else { return "–" }
        return low == high ? low.plainText : "\(low.plainText)–\(high.plainText)"
    }
}

/// The hire and reject forms of the debrief: what was typed, and each refusal by its field.
struct DecisionForm {
    var startDate = ""
    var manager = ""
    var override = ""
    var reason = ""
    /// People who may be named the hire's manager: id and name.
    var managers: [(id: Int64, name: String)] = []
    var errors: [String: [String]] = [:]
    var general: [String] = []
    /// Which form the errors belong to: `hire` or `reject`.
    var kind = "hire"

    init(managers: [(id: Int64, name: String)], manager: Int64?) {
        self.managers = managers
        self.manager = manager.map(String.init) ?? ""
    }

    init(form: FormData, managers: [(id: Int64, name: String)]) {
        self.managers = managers
        kind = form["decision"] == "reject" ? "reject" : "hire"
        startDate = form["start_date"] ?? ""
        manager = form["manager"] ?? ""
        override = form["override"] ?? ""
        reason = form["reason"] ?? ""
    }

    /// The library's request, or the problems with what was typed.
    func request(candidate: CandidateID, at now: Date) -> (DecisionRequest?, [String: [String]]) {
        if kind == "reject" {
            return (DecisionRequest(candidate: candidate, kind: .reject, reason: reason, at: now), [:])
        }
        var errors: [String: [String]] = [:]
        let start = CalendarDate(given: startDate.trimmingCharacters(in: .whitespaces))
        if start == nil { errors["start_date", default: []].append("Give the start as \(CalendarDate.givenFormat).") }
        let person = Int64(manager).map { PersonID(rawValue: $0) }
        if person == nil { errors["manager", default: []].append("Choose the new hire's manager.") }
        guard errors.isEmpty else { return (nil, errors) }
        let trimmed = override.trimmingCharacters(in: .whitespacesAndNewlines)
        return (DecisionRequest(candidate: candidate, kind: .hire, override: trimmed.isEmpty ? nil : trimmed, startDate: start, manager: person, at: now), [:])
    }

    /// Puts a refusal of the library next to the field it concerns.
    mutating func refused(_ error: HireError) {
        let message = error.message.capitalizedFirst + "."
        switch error.remedy {
        case .supply(.startDate)?: errors["start_date", default: []].append(message)
        case .supply(.manager)?: errors["manager", default: []].append(message)
        case .supply(.overrideReason)?, .overrideWithReason?:
            errors["override", default: []].append(message + " To hire anyway, give an override reason.")
        case .supply(.reason)?: errors["reason", default: []].append(message)
        default:
            if error.message.hasPrefix("the start") { errors["start_date", default: []].append(message) } else { general.append(message) }
        }
    }

    var isEmpty: Bool { errors.isEmpty && general.isEmpty }

    /// Every problem for the summary at the top of the page, each field's linked to its field
    /// (the forms are far down the debrief).
    private var summary: [[String: Any]] {
        let fields = [("start_date", "start-date"), ("manager", "manager"), ("override", "override"), ("reason", "reason")]
        return general.map { ["message": $0, "target": false] }
            + fields.flatMap { name, id in (errors[name] ?? []).map { ["message": $0, "target": "#" + id] as [String: Any] } }
    }

    var model: [String: Any] {
        func field(_ name: String) -> Any { errors[name].map { ["messages": $0] } ?? false }
        return [
            "startDate": startDate, "override": override, "reason": reason,
            "managers": managers.map { ["id": $0.id, "name": $0.name, "selected": String($0.id) == manager] },
            "startError": field("start_date"), "managerError": field("manager"), "overrideError": field("override"),
            "reasonError": field("reason"), "summary": summary, "hasSummary": !isEmpty,
            "hireProblems": kind == "hire" && !isEmpty, "rejectProblems": kind == "reject" && !isEmpty,
        ]
    }
}
