import Foundation
import HireKit

/// The models of the ramp dashboard and of one hire's plan.
enum RampPage {
    static func dashboard(_ hires: [RampSummary], today: CalendarDate) -> [String: Any] {
        let rows = hires.map { hire -> [String: Any] in
            [
                "candidateId": hire.candidateId, "name": hire.name, "role": hire.roleId, "manager": hire.manager,
                "mentor": hire.mentor ?? "no mentor yet", "start": hire.startDate.description, "finished": hire.finished,
                "milestones": hire.milestones, "done": percent(hire.percentDone), "elapsed": percent(hire.percentElapsed),
                "overdue": CandidatePage.count(hire.overdue), "atRisk": CandidatePage.count(hire.atRisk), "ramped": hire.rampedOn.map(String.init(describing:)) ?? false,
                "left": hire.leftOn.map(String.init(describing:)) ?? false,
                "next": hire.nextDue.map { ["title": $0.title, "due": $0.dueDate.description] } ?? false,
                "flag": hire.overdue > 0 ? "owed" : "",
            ]
        }
        return ["hires": rows, "none": rows.isEmpty, "today": today.description]
    }

    static func hire(_ view: RampView, today: CalendarDate, problem: (milestone: String, message: String)?, form: FormData?) -> [String: Any] {
        let summary = view.timeline.summary
        let milestones = view.timeline.entries.map { entry -> [String: Any] in
            let milestone = entry.milestone
            let id = milestone.milestoneId
            var row: [String: Any] = [
                "id": id, "title": milestone.title, "owner": ownerText(milestone.owner, name: entry.ownerName),
                "due": milestone.dueDate.description, "status": entry.status.rawValue,
                "finished": milestone.completedOn.map { ["on": $0.description, "note": CandidatePage.section(milestone.note), "reason": CandidatePage.section(milestone.reason)] } ?? false,
            ]
            if view.completable.contains(id) {
                let mine = problem?.milestone == id
                row["form"] = [
                    "date": mine ? form?["date"] ?? today.description : today.description, "note": mine ? form?["note"] ?? "" : "",
                    "error": mine ? problem!.message : false,
                ]
            } else if let problem, problem.milestone == id {
                // Finished meanwhile by someone else: say so, and give back what was typed.
                row["conflict"] = ["message": problem.message, "note": CandidatePage.section(form?.text("note"))]
            }
            return row
        }
        let checkIns = view.timeline.checkIns.reversed().map { detail -> [String: Any] in
            let names = Dictionary(view.profile.competencies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            return [
                "on": detail.checkIn.on.description, "notes": CandidatePage.section(detail.checkIn.notes),
                "observations": detail.observations.map { "\(names[$0.competencyId] ?? $0.competencyId): \($0.rating.plainText)" },
                "answers": detail.checkIn.review.map { ["question": $0.question, "answer": $0.answer] },
            ]
        }
        return [
            "candidateId": summary.candidateId, "name": summary.name, "role": summary.roleId, "manager": summary.manager,
            "mentor": summary.mentor ?? "no mentor yet", "start": summary.startDate.description, "finished": summary.finished,
            "milestoneCount": summary.milestones, "done": percent(summary.percentDone), "elapsed": percent(summary.percentElapsed),
            "overdue": CandidatePage.count(summary.overdue), "atRisk": CandidatePage.count(summary.atRisk), "coachingStyle": view.timeline.coachingStyle ?? false,
            "left": summary.leftOn.map(String.init(describing:)) ?? false,
            "focusAreas": view.timeline.focusAreas.joined(separator: ", "), "milestones": milestones, "checkIns": checkIns,
            "noCheckIns": checkIns.isEmpty, "mayCheckIn": view.mayCheckIn, "mayAssignMentor": view.mayAssignMentor, "today": today.description, "wide": true,
        ]
    }

    static func ownerText(_ owner: MilestoneOwner, name: String?) -> String {
        let role =
            switch owner {
            case .newHire: "new hire"
            case .mentor: "mentor"
            case .manager: "manager"
            case .hr: "HR"
            }
        return name.map { "\(role) (\($0))" } ?? role
    }

    static func percent(_ value: Double) -> String { String(format: "%.0f%%", value) }
}
