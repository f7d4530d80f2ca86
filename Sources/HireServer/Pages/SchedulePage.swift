import Foundation
import HireKit

/// The schedule-a-panel form: per round of the candidate's interview plan an interviewer, a time
/// in the workspace's time zone, a duration and a location; what was typed, and each problem by
/// its round and field. A clash is a warning the scheduler may confirm.
struct PanelForm {
    struct Row {
        var round: InterviewRound
        var interviewer = ""
        var at = ""
        var duration = "\(Interview.defaultDuration)"
        var location = ""
        /// The scheduler confirmed booking despite an overlap.
        var allowOverlap = false
        /// Problems by field: `interviewer`, `at`, `duration`, `location`.
        var errors: [String: [String]] = [:]
        /// The library's clash warning, to confirm or change.
        var clash: String?
    }

    var rows: [Row]
    var general: [String] = []

    init(rounds: [InterviewRound]) { rows = rounds.map { Row(round: $0) } }

    init(rounds: [InterviewRound], form: FormData) {
        rows = rounds.indices.map { index in
            var row = Row(round: rounds[index])
            row.interviewer = form["interviewer_\(index)"] ?? ""
            row.at = form["at_\(index)"] ?? ""
            row.duration = form["duration_\(index)"] ?? ""
            row.location = form["location_\(index)"] ?? ""
            row.allowOverlap = form["overlap_\(index)"] == "yes"
            return row
        }
    }

    static let timeFormat = "YYYY-MM-DD HH:MM"

    /// The library's bookings, each with its row, for the rows with an interviewer; problems with
    /// what was typed go next to their field.
    mutating func bookings(timeZone: TimeZone) -> [(row: Int, booking: PanelBooking)] {
        var bookings: [(row: Int, booking: PanelBooking)] = []
        for index in rows.indices {
            var row = rows[index]
            let at = row.at.trimmingCharacters(in: .whitespaces)
            guard !row.interviewer.isEmpty else {
                if !at.isEmpty { row.errors["interviewer", default: []].append("Choose who interviews in this round, or clear its time.") }
                rows[index] = row
                continue
            }
            var date: Date?
            if !at.isEmpty {
                date = Self.time(at, in: timeZone)
                if date == nil { row.errors["at", default: []].append("Give the time as \(Self.timeFormat), in \(timeZone.identifier) time.") }
            }
            let duration = Int(row.duration.trimmingCharacters(in: .whitespaces))
            if duration == nil { row.errors["duration", default: []].append("Give the duration in whole minutes.") }
            let person = Int64(row.interviewer)
            if person == nil { row.errors["interviewer", default: []].append("Choose who interviews in this round.") }
            rows[index] = row
            guard row.errors.isEmpty, let person, let duration else { continue }
            let location = row.location.trimmingCharacters(in: .whitespacesAndNewlines)
            bookings.append(
                (
                    index,
                    PanelBooking(
                        round: row.round.id, interviewer: PersonID(rawValue: person), at: date, duration: duration,
                        location: location.isEmpty ? nil : location, allowOverlap: row.allowOverlap)
                ))
        }
        if bookings.isEmpty && !hasProblems { general.append("Choose an interviewer for at least one round.") }
        return bookings
    }

    /// `YYYY-MM-DD HH:MM` (or with a `T`, as a date-time field sends it) in `timeZone`.
    static func time(_ text: String, in timeZone: TimeZone) -> Date? {
        guard CalendarDate(given: String(text.prefix(10))) != nil else { return nil }
        for pattern in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm"] {
            if let date = DateFormatting.date(text, pattern: pattern, in: timeZone) { return date }
        }
        return nil
    }

    /// Puts each refusal of the library next to the round and field it concerns; a clash says
    /// with whom and when, by name (another candidate stays unnamed).
    mutating func refused(_ refusal: PanelRefusal, rows booked: [Int], plan: PanelPlan, timeZone: TimeZone) {
        for (index, error) in refusal.problems {
            let row = booked[index]
            let message = error.message.capitalizedFirst + "."
            if refusal.isClash(index) {
                rows[row].clash = refusal.clashes[index].map { Self.clash($0, booking: rows[row], plan: plan, timeZone: timeZone) } ?? message
                continue
            }
            let field =
                error.message.hasPrefix("an interview lasts") ? "duration" : error.message.hasPrefix("a location") ? "location" : "interviewer"
            rows[row].errors[field, default: []].append(message)
        }
    }

    static func clash(_ other: Interview, booking row: Row, plan: PanelPlan, timeZone: TimeZone) -> String {
        let name = { (id: Int64) in plan.interviewers.first { $0.id == id }?.name ?? "A former colleague" }
        let round = plan.rounds.first { $0.id == other.roundId && other.candidateId == plan.candidateId }?.name ?? other.roundId
        let when = other.at.map { TimeText.timestamp($0, timeZone: timeZone) } ?? ""
        if String(other.interviewerId) == row.interviewer {
            let whom = other.candidateId == plan.candidateId ? "this candidate" : "another candidate"
            return "\(name(other.interviewerId)) already interviews \(whom) at an overlapping time: \(round), \(when), \(other.durationMinutes) min."
        }
        return "This candidate already has \(round) with \(name(other.interviewerId)) at an overlapping time: \(when), \(other.durationMinutes) min."
    }

    var hasProblems: Bool { !general.isEmpty || rows.contains { !$0.errors.isEmpty || $0.clash != nil } }

    func model(interviewers: [(id: Int64, name: String)]) -> [String: Any] {
        let rowModels = rows.indices.map { index -> [String: Any] in
            let row = rows[index]
            func field(_ name: String) -> Any { row.errors[name].map { ["messages": $0] } ?? false }
            return [
                "index": index, "round": row.round.name, "roundId": row.round.id, "at": row.at, "duration": row.duration, "location": row.location,
                "interviewers": interviewers.map { ["id": $0.id, "name": $0.name, "selected": String($0.id) == row.interviewer] },
                "interviewerError": field("interviewer"), "atError": field("at"), "durationError": field("duration"),
                "locationError": field("location"), "clash": row.clash ?? false, "allowOverlap": row.allowOverlap,
            ]
        }
        return ["rows": rowModels, "general": general, "hasGeneral": !general.isEmpty, "problems": hasProblems]
    }
}

/// The model of the schedule-a-panel page: the bookings so far and the form.
enum SchedulePage {
    static func model(_ plan: PanelPlan, form: PanelForm, timeZone: TimeZone, booked justBooked: Int?) -> [String: Any] {
        let names = Dictionary(plan.interviewers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let rounds = Dictionary(plan.rounds.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var model = form.model(interviewers: plan.interviewers)
        model["candidateId"] = plan.candidateId
        model["candidate"] = plan.candidateName
        model["timeZone"] = timeZone.identifier
        model["booked"] = plan.booked.map { interview -> [String: Any] in
            [
                "round": rounds[interview.roundId] ?? interview.roundId, "interviewer": names[interview.interviewerId] ?? "Former colleague",
                "when": interview.at.map { TimeText.timestamp($0, timeZone: timeZone) } ?? "No time yet", "duration": interview.durationMinutes,
                "location": CandidatePage.section(interview.location),
            ]
        }
        model["noneBooked"] = plan.booked.isEmpty
        model["justBooked"] = justBooked.map { "Booked \(Counted.text($0, "interview"))." } ?? false
        return model
    }
}
