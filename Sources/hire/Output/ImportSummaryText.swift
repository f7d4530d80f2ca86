import Foundation
import HireKit

/// The text form of an import summary: per feed, totals, skipped elements, speed.
enum ImportSummaryText {
    static func render(_ summary: ImportSummary) -> String {
        var lines: [String] = []
        if summary.dryRun { lines.append("Dry run: nothing was written. This is what the import would do.") }
        for file in summary.files {
            lines.append(
                "\(file.file): \(file.format.map { "\($0.title), \(file.records) \(file.records == 1 ? "record" : "records")" } ?? "no records"): "
                    + counts(file.imported, file.updated, file.unchanged, file.merged, file.rejected)
                    + (file.error != nil ? " (stopped early)" : ""))
        }
        if summary.files.count > 1 {
            lines.append("Total: \(counts(summary.imported, summary.updated, summary.unchanged, summary.merged, summary.rejected))")
        }
        let skipped = summary.skipped.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        if !skipped.isEmpty {
            let shown = skipped.prefix(12).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            lines.append("Skipped elements (not modelled): \(shown)\(skipped.count > 12 ? ", and \(skipped.count - 12) more (see --output json)" : "")")
        }
        let missing = summary.missingOpenings.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        if !missing.isEmpty {
            let shown = missing.map { "\($0.key) (\($0.value) \($0.value == 1 ? "candidate" : "candidates"))" }.joined(separator: ", ")
            lines.append("Openings cited that this workspace lacks: \(shown).")
            lines.append(
                "  Their candidates have no opening (nor a role, unless --role was given): `hire opening add \(missing[0].key) --role ROLE` attaches them; "
                    + "or use `hire candidate set-opening C OPENING --reason ...`, or re-import with --opening or --role.")
        }
        lines.append(String(format: "%.2f s, %.1f MB, %.1f MB/s", summary.seconds, Double(summary.bytes) / 1_000_000, summary.seconds > 0 ? Double(summary.bytes) / 1_000_000 / summary.seconds : 0))
        if summary.rejected > 0 { lines.append("Rejected records are kept with the reason: hire import rejects") }
        return lines.joined(separator: "\n")
    }

    private static func counts(_ imported: Int, _ updated: Int, _ unchanged: Int, _ merged: Int, _ rejected: Int) -> String {
        "\(imported) imported, \(updated) updated, \(unchanged) unchanged, \(merged) merged, \(rejected) rejected"
    }
}

/// A one-line progress bar on stderr (only used when stderr is a terminal).
final class ProgressBar {
    private var last = Date.distantPast
    private let started = Date()

    func update(read: Int64, total: Int64?, records: Int) {
        let now = Date()
        guard now.timeIntervalSince(last) > 0.1 else { return }
        last = now
        let rate = Double(read) / 1_000_000 / max(now.timeIntervalSince(started), 0.001)
        var line = ""
        if let total, total > 0 {
            let fraction = min(1, Double(read) / Double(total))
            let filled = Int(fraction * 30)
            line = "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled) + "] "
            line += String(format: "%3.0f%% %.1f/%.1f MB", fraction * 100, Double(read) / 1_000_000, Double(total) / 1_000_000)
        } else {
            line = String(format: "%.1f MB", Double(read) / 1_000_000)
        }
        line += String(format: ", %d records, %.1f MB/s", records, rate)
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
