import Foundation
import HireKit

/// The models of the recruiters' candidate list and of a candidate's record.
enum CandidateListPage {
    /// The filters a list takes in its query (never a personal detail).
    static let filterFields = ["role", "opening", "stage", "source", "after"]

    /// What a list asks for: filters, a search (posted forms only), where the page begins.
    struct Criteria {
        var filter = CandidateFilter()
        var after: CandidateID?
        var search: String?
        var fields: [String: String] = [:]

        init(_ form: FormData, searchAllowed: Bool) {
            for name in CandidateListPage.filterFields { fields[name] = form.text(name) ?? "" }
            filter = CandidateFilter(
                role: form.text("role"), stage: form.text("stage").flatMap(Stage.init(rawValue:)), opening: form.text("opening"),
                source: form.text("source"))
            after = form.text("after").flatMap { CandidateID($0) }
            if searchAllowed, let text = form.text("search") {
                search = text
                filter.search = text
            }
        }

        /// The query of the next page's link: the filters without the search.
        func query(after next: CandidateID) -> String {
            var pairs = CandidateListPage.filterFields.filter { $0 != "after" }.compactMap { name in
                fields[name].flatMap { $0.isEmpty ? nil : (name, $0) }
            }
            pairs.append(("after", String(next.rawValue)))
            return FormData.encode(pairs)
        }
    }

    static func model(
        _ candidates: [Candidate], next: CandidateID?, records: Bool, criteria: Criteria, roles: [String], openings: [String], problem: String?
    ) -> [String: Any] {
        let rows = candidates.map { candidate -> [String: Any] in
            [
                "id": candidate.id!, "name": candidate.name, "link": records ? "/candidates/\(candidate.id!)/record" : "/candidates/\(candidate.id!)", "role": candidate.roleId ?? "–", "opening": candidate.openingId ?? "–",
                "stage": candidate.stage.rawValue, "source": candidate.source ?? "–",
            ]
        }
        func options(_ values: [String], selected: String?) -> [[String: Any]] {
            values.map { ["value": $0, "selected": $0 == selected] }
        }
        var model: [String: Any] = [
            "candidates": rows, "none": rows.isEmpty, "search": criteria.search ?? "", "source": criteria.fields["source"] ?? "",
            "roles": options(roles, selected: criteria.filter.role), "openings": options(openings, selected: criteria.filter.opening),
            "stages": options(Stage.allCases.map(\.rawValue), selected: criteria.filter.stage?.rawValue),
            "problem": problem ?? false, "wide": true,
        ]
        if let next {
            // A search's next page is posted like the search; a filtered list's is a link.
            if let search = criteria.search {
                model["nextForm"] = [
                    "search": search, "after": next.rawValue,
                    "hidden": filterFields.filter { $0 != "after" }.map { ["name": $0, "value": criteria.fields[$0] ?? ""] },
                ]
            } else {
                model["nextLink"] = "/candidates?" + criteria.query(after: next)
            }
        }
        return model
    }

    static func record(
        _ candidate: Candidate, report: CandidateReport, reasonError: String?, typed: FormData?, timeZone: TimeZone
    ) -> [String: Any] {
        var model: [String: Any] = [
            "id": candidate.id!, "name": candidate.name, "email": candidate.email ?? "–", "phone": candidate.phone ?? "–",
            "location": candidate.location ?? "–", "role": candidate.roleId ?? "–", "opening": candidate.openingId ?? "–",
            "stage": candidate.stage.rawValue, "source": candidate.source ?? "–",
            "history": report.history.map { change -> [String: Any] in
                [
                    "at": TimeText.timestamp(change.at, timeZone: timeZone), "from": change.fromStage?.rawValue ?? "new", "to": change.toStage.rawValue,
                    "reason": CandidatePage.section(change.reason), "actor": change.actor,
                ]
            },
        ]
        let next = candidate.stage.allowedNext.filter { $0 != .hired }
        if !next.isEmpty {
            let chosen = typed?["stage"]
            model["move"] = [
                "stages": next.map { ["value": $0.rawValue, "selected": $0.rawValue == chosen] }, "reason": typed?["reason"] ?? "",
                "reasonError": reasonError ?? false,
            ]
        }
        return model
    }
}
