import Foundation
import HireKit

// MARK: - Analytics (issue 20): the funnel and validity on a generated, fictional history.

extension DemoScript {
    /// The second workspace, beside the demo's and named after it: `history-hire.sqlite`.
    static func historyPath(besides path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return (folder as NSString).appendingPathComponent("history-" + (path as NSString).lastPathComponent)
    }

    /// Builds a second workspace beside the demo's with a generated, fictional two-year history of
    /// the account-executive role, and prints its funnel and validity table.
    mutating func analyticsSteps(profiles: [(RoleProfile, String)]) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let historyPath = Self.historyPath(besides: path)
        heading(
            "A generated, FICTIONAL history to show analytics on", command: "(not a hire command: 200 past candidates and 40 hires made up by a seeded generator)")
        let history = try Workspace.create(at: historyPath)
        try history.roles.store(profiles, actor: actor)
        let today = CalendarDate(DemoData.today)!
        let made = try history.analytics.generateFictionalHistory(role: "account-executive", today: today, actor: actor)
        Console.out("   \(historyPath): \(made.candidates) fictional candidates, \(made.interviewed) interviewed, \(made.hires) hired (\(made.left) left since)")
        Console.out("   every name, score and outcome in it is GENERATED; nothing here describes real people")

        heading("The hiring funnel (fictional history)", command: "hire funnel --role account-executive --workspace \(historyPath)")
        let funnel = try history.analytics.funnel(FunnelReport.Filter(role: "account-executive"), as: actor)
        FunnelText.render(funnel).split(separator: "\n", omittingEmptySubsequences: false).forEach { Console.out($0.isEmpty ? "" : "   \($0)") }

        heading(
            "Do the interviews pick people who ramp? (fictional history)",
            command: "hire validity --role account-executive --outcome time-to-ramp --today \(DemoData.today) --workspace \(historyPath)")
        let validity = try history.analytics.validity(role: "account-executive", outcome: BuiltInOutcome.timeToRamp.rawValue, today: today, as: actor)
        ValidityText.render(validity).split(separator: "\n", omittingEmptySubsequences: false).forEach { Console.out($0.isEmpty ? "" : "   \($0)") }
        var context = HTMLReport.Context.now()
        context.note = "A generated, fictional history made by the demo: nobody in it is real."
        for (name, html) in [("funnel.html", HTMLReport.funnel(funnel, context: context)), ("validity.html", HTMLReport.validity(validity, context: context))] {
            let file = (folder as NSString).appendingPathComponent(name)
            try ReportFile.write(html, to: file)
            Console.out("   wrote \(file)")
        }
    }
}
