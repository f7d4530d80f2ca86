import Foundation
import HireKit

/// What a check-in form holds: the date, an observation per competency (a level of the role's
/// scale, or none), the answers to the role's check-in questions, notes.
struct CheckInEntry {
    var date: String
    var observations: [String: String] = [:]
    var answers: [String: String] = [:]
    var notes = ""

    init(date: String) { self.date = date }

    init(form: FormData, profile: RoleProfile) {
        date = form["date"] ?? ""
        for competency in profile.competencies { observations[competency.id] = form["observation.\(competency.id)"] ?? "" }
        for question in profile.checkInQuestions { answers[question.id] = form["answer.\(question.id)"] ?? "" }
        notes = form["notes"] ?? ""
    }

    /// The library's check-in, or `nil` when the date is not a date. Levels that are not numbers
    /// pass through as out-of-scale values for the library to refuse.
    var checkIn: NewCheckIn? {
        guard let on = CalendarDate(given: date.trimmingCharacters(in: .whitespaces)) else { return nil }
        let observed = observations.compactMapValues { text -> Double? in
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : Double(trimmed) ?? .nan
        }
        let given = answers.compactMapValues { text -> String? in
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        let trimmedNotes = notes.trimmingCharacters(in: .whitespacesAndNewlines)
        return NewCheckIn(on: on, notes: trimmedNotes.isEmpty ? nil : trimmedNotes, observations: observed, answers: given)
    }
}

/// The model of the check-in form: each competency on the role's anchored scale, the questions.
enum CheckInPage {
    static func model(_ view: RampView, entry: CheckInEntry, problems: [String], dateProblem: Bool) -> [String: Any] {
        let profile = view.profile
        let focus = Set(view.timeline.focusAreas)
        let competencies = profile.competencies.map { competency -> [String: Any] in
            let typed = entry.observations[competency.id] ?? ""
            var levels: [[String: Any]] = [["value": "", "label": "Not observed", "inputId": "observation-\(competency.id)-none", "checked": typed.isEmpty]]
            levels += profile.scale.levels.map { level in
                [
                    "value": "\(level)", "label": "\(level)", "anchor": competency.anchors[level] ?? "", "inputId": "observation-\(competency.id)-\(level)",
                    "checked": typed == "\(level)",
                ]
            }
            return ["id": competency.id, "name": competency.name, "focus": focus.contains(competency.id), "levels": levels]
        }
        let questions = profile.checkInQuestions.map { question -> [String: Any] in
            ["id": question.id, "question": question.question, "answer": entry.answers[question.id] ?? ""]
        }
        return [
            "candidateId": view.timeline.summary.candidateId, "name": view.timeline.summary.name, "date": entry.date,
            "competencies": competencies, "questions": questions, "notes": entry.notes,
            "problems": problems.isEmpty ? false : ["messages": problems, "count": Counted.text(problems.count, "problem")], "dateError": dateProblem,
        ]
    }
}
