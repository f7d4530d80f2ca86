import Foundation
import HireKit

/// The model of the audit log page: its filter form (ids and codes only, so the query holds
/// nothing personal) and a page of events, newest first.
enum AuditPage {
    /// The query's fields.
    static let fields = ["person", "action", "record", "from", "through"]

    /// What the query asks for, and what in it could not be read, by field.
    struct Criteria {
        var filter = AuditFilter()
        var before: Int64?
        var typed: [String: String] = [:]
        var errors: [String: String] = [:]

        init(_ query: [String: String]) {
            for name in AuditPage.fields { typed[name] = query[name]?.trimmingCharacters(in: .whitespaces) ?? "" }
            func value(_ name: String) -> String? { typed[name].flatMap { $0.isEmpty ? nil : $0 } }
            if let text = value("person") {
                if let id = Int64(text) { filter.person = PersonID(id) } else { errors["person"] = "Choose a person from the list." }
            }
            if let text = value("action") {
                if let action = AuditAction(rawValue: text) { filter.action = action } else { errors["action"] = "Choose an action from the list." }
            }
            if let text = value("record") {
                if let id = Int64(text), id > 0 { filter.candidate = CandidateID(id) } else { errors["record"] = "Give the candidate's number." }
            }
            for name in ["from", "through"] {
                guard let text = value(name) else { continue }
                guard let day = CalendarDate(text) else {
                    errors[name] = "Give a date as YYYY-MM-DD."
                    continue
                }
                if name == "from" { filter.from = day } else { filter.through = day }
            }
            before = query["before"].flatMap { Int64($0) }
        }

        /// The query of the next page: the filters and the cursor.
        func query(before next: Int64) -> String {
            FormData.encode(AuditPage.fields.compactMap { name in typed[name].flatMap { $0.isEmpty ? nil : (name, $0) } } + [("before", String(next))])
        }
    }

    static func model(_ page: AuditEventPage?, criteria: Criteria, people: [Person], timeZone: TimeZone) -> [String: Any] {
        let names = Dictionary(people.compactMap { person in person.id.map { (Actor.person($0, accessRoles: []).recordedName, person.name) } }) { a, _ in a }
        let rows = (page?.events ?? []).map { event -> [String: Any] in
            [
                "at": TimeText.timestamp(event.at, timeZone: timeZone), "actor": names[event.actor].map { "\($0) (\(event.actor))" } ?? event.actor,
                "action": event.action, "record": event.candidateId.map { "candidate \($0)" } ?? "–", "subject": event.subject ?? "–",
                "detail": event.detail ?? "",
            ]
        }
        let selectedPerson = criteria.typed["person"] ?? ""
        let selectedAction = criteria.typed["action"] ?? ""
        var model: [String: Any] = [
            "events": rows, "none": rows.isEmpty, "wide": true,
            "people": people.compactMap { person in
                person.id.map { ["value": $0, "name": person.name, "selected": String($0) == selectedPerson] as [String: Any] }
            },
            "actions": AuditAction.allCases.map { ["value": $0.rawValue, "selected": $0.rawValue == selectedAction] },
            "record": criteria.typed["record"] ?? "", "from": criteria.typed["from"] ?? "", "through": criteria.typed["through"] ?? "",
        ]
        for name in fields { model[name + "Error"] = criteria.errors[name] ?? false }
        if let next = page?.next { model["next"] = "/audit?" + criteria.query(before: next) }
        return model
    }
}
