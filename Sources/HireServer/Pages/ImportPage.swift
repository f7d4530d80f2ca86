import Foundation
import HireKit

/// The models of the feed upload page (its form, then the import's summary) and of the rejects list.
enum ImportPage {
    /// The form's file field.
    static let fileField = "feed"
    /// The form's option fields, as for `hire import`.
    static let optionFields = ["role", "opening", "source"]

    /// The upload form, with what was chosen, a problem by the file field or one for the whole form.
    static func form(
        roles: [String], openings: [String], typed: FormData = FormData(), fileError: String? = nil, problem: String? = nil
    ) -> [String: Any] {
        func options(_ values: [String], selected: String?) -> [[String: Any]] {
            values.map { ["value": $0, "selected": $0 == selected] }
        }
        return [
            "roles": options(roles, selected: typed.text("role")), "openings": options(openings, selected: typed.text("opening")),
            "source": typed.text("source") ?? "", "fileError": fileError ?? false, "problem": problem ?? false,
        ]
    }

    /// The summary of one uploaded feed: counts, then each set-aside record and problem with its place.
    static func summary(_ summary: ImportSummary) -> [String: Any] {
        let file = summary.files.first
        let place = { (d: Diagnostic) -> String in
            [d.line.map { "line \($0)" }, d.column.map { "column \($0)" }].compactMap { $0 }.joined(separator: ", ")
        }
        let notes = (file?.diagnostics ?? []).filter { $0 != file?.error }.map { diagnostic -> [String: Any] in
            ["place": place(diagnostic).isEmpty ? "–" : place(diagnostic), "severity": diagnostic.severity.rawValue, "message": diagnostic.message]
        }
        return [
            "outcome": summary.outcome.rawValue, "format": file?.format?.rawValue ?? "–", "records": file?.records ?? 0,
            "imported": summary.imported, "updated": summary.updated, "unchanged": summary.unchanged, "merged": summary.merged,
            "rejected": summary.rejected, "notes": notes, "hasNotes": !notes.isEmpty,
            "error": file?.error.map { ["place": place($0).isEmpty ? "–" : place($0), "message": $0.message] } ?? false,
        ]
    }

    /// A page of the rejects list, newest first.
    static func rejects(_ page: ImportRejectPage, timeZone: TimeZone) -> [String: Any] {
        let rows = page.rejects.map { reject -> [String: Any] in
            [
                "id": reject.id, "at": TimeText.timestamp(reject.at, timeZone: timeZone), "run": reject.importRunId,
                "file": URL(fileURLWithPath: reject.file).lastPathComponent, "line": reject.line, "reason": reject.reason,
            ]
        }
        return ["rejects": rows, "none": rows.isEmpty, "next": page.next.map { "/imports/rejects?before=\($0)" } ?? false, "wide": true]
    }

    /// A size for people: MB from a megabyte on, else KB.
    static func size(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? "\(bytes / 1_000_000) MB" : "\(max(1, bytes / 1000)) KB"
    }
}
