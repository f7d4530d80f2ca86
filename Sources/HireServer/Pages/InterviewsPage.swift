import Foundation
import HireKit

/// The model of "My interviews": owed scorecards first with the hours since the interview.
enum InterviewsPage {
    static func model(_ interviews: [InterviewAssignment], now: Date, timeZone: TimeZone) -> [String: Any] {
        let rows: [[String: Any]] = interviews.map { item in
            var row: [String: Any] = [
                "id": item.interview.id!, "candidateId": item.interview.candidateId, "candidate": item.candidateName,
                "role": item.roleTitle ?? "", "round": item.roundName,
                "when": item.interview.at.map { TimeText.timestamp($0, timeZone: timeZone) } ?? "Unscheduled",
                "location": item.interview.location ?? false,
            ]
            if let saved = item.draftSavedAt {
                row["draft"] = "Draft saved \(TimeText.timestamp(saved, timeZone: timeZone)), not submitted"
            }
            if item.isOwed(at: now) {
                let hours = item.hoursSince(now) ?? 0
                row["owed"] = [
                    "hours": hours, "overdue": item.isOverdue(at: now),
                    "text": "Scorecard owed, \(hours) h since the interview" + (item.isOverdue(at: now) ? " (overdue)" : ""),
                ]
            } else if item.scorecardId != nil {
                row["submitted"] = true
            } else if item.interview.at == nil {
                row["unscheduled"] = true
            } else {
                row["upcoming"] = true
            }
            return row
        }
        // Not "owed": a card without its own would find this one in the enclosing context.
        let owed = interviews.filter { $0.isOwed(at: now) }.count
        return ["interviews": rows, "none": rows.isEmpty, "owedTotal": owed > 0 ? Counted.text(owed, "scorecard") : false]
    }
}
