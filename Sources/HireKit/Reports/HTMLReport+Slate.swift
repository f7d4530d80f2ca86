extension HTMLReport {
    /// A role's slate: candidates ranked with score bars, confidence and flags; those who fail a
    /// must-have set apart in their own section.
    public static func slate(_ slate: Slate, roleTitle: String? = nil, context: Context) -> String {
        render(SlateModel(slate, roleTitle: roleTitle, context: context), template: "slate")
    }

    struct SlateModel {
        struct Row {
            var rank: Int
            var name: String
            var stage: String
            var score: String
            var normalized: String
            var mustHave: Badge
            var failures: [String]
            var confidence: String
            var style: String
            var flags: [String]
            var incomplete: String?
        }

        var kind = "Slate"
        var title: String
        var subtitle: String?
        var generated: String
        var css = ReportStyle.css
        var defs = SVG.definitions
        var empty: Bool
        var scoreChart: String
        var passing: [Row]
        var failing: [Row]
        var hasPassing: Bool
        var hasFailing: Bool

        init(_ slate: Slate, roleTitle: String?, context: Context) {
            title = roleTitle.map { "\($0) (\(slate.roleId))" } ?? slate.roleId
            let failed = slate.entries.filter { $0.mustHaves == .failed }.count
            subtitle = (slate.openingId.map { "Opening \($0) · " } ?? "")
                + "\(slate.entries.count) candidates, \(failed) failing a must-have"
            generated = context.generated
            empty = slate.entries.isEmpty
            scoreChart = ScoreBarsChart(slate: slate).chart().markup
            let rows = slate.entries.map { entry in
                Row(
                    rank: entry.rank, name: entry.name, stage: entry.stage.rawValue, score: entry.overall.map(SVG.number) ?? "–",
                    normalized: entry.normalized.map(SVG.number) ?? "–", mustHave: Badge.mustHaves(entry.mustHaves), failures: entry.mustHaveFailures,
                    confidence: "\(entry.confidence)", style: entry.coachingStyle?.rawValue ?? "–", flags: entry.flags,
                    incomplete: entry.incomplete.isEmpty ? nil : entry.confidence == 0 ? "not interviewed yet" : "unrated: " + entry.incomplete.joined(separator: ", "))
            }
            passing = rows.filter { $0.mustHave.cls != "bad" }
            failing = rows.filter { $0.mustHave.cls == "bad" }
            hasPassing = !passing.isEmpty
            hasFailing = !failing.isEmpty
        }
    }
}
