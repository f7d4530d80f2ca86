import ArgumentParser
import Foundation
import HireKit

extension Hire.MentorCommand {
    /// `hire mentor effect [--role R] [--format text|json]`
    struct Effect: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "effect", abstract: "Which mentors' mentees ramp fastest, and whether their focus areas closed by day 90.",
            discussion: """
                Per mentor: mentees, how many ramped and their mean days to ramp (fastest first), and the mean change \
                from the interview's rating to the day-90 check-in observation of each mentee's focus areas, with its \
                95% interval. Mentees are few: an interval that spans zero means no clear change.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var viewer: ViewerOptions
        @Option(help: "Only new hires of this role.") var role: String?
        @Option(help: "Output format: text or json.") var format: Hire.Fairness.Format = .text

        func run() throws {
            let ws = try workspace.open()
            let effects = try ws.analytics.mentorEffects(role: role, as: try viewer.resolve(in: ws))
            if format == .json { return try Console.json(effects) }
            guard !effects.isEmpty else { return Console.out("No new hire has a mentor yet.") }
            var table = Table("MENTOR", "MENTEES", "RAMPED", "AVG DAYS", "N", "FOCUS CHANGE BY DAY 90", "95% CI")
            func f(_ value: Double?) -> String { value.map { String(format: "%+.2f", $0) } ?? "-" }
            for effect in effects {
                table.add(
                    effect.name, "\(effect.mentees)", "\(effect.ramped)", effect.meanDaysToRamp.map { String(format: "%.1f", $0) } ?? "-", "\(effect.n)",
                    f(effect.meanChange), effect.low.flatMap { low in effect.high.map { "\(f(low)) to \(f($0))" } } ?? "-")
            }
            Console.out(table.text)
        }
    }
}
