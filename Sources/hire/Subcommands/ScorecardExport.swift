import ArgumentParser
import Foundation
import HireKit

extension Hire.ScorecardCommand {
    /// `hire scorecard export [--role R] [--opening O] --format csv|json`
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Every rating of the latest scorecards, one row each, across candidates: for spreadsheets.",
            discussion: """
                Columns: candidate, round, interviewer, competency, rating, evidence, recommendation, submitted at, version. \
                The blind rule holds: with --as PERSON, candidates whose ratings PERSON may not see yet are left out.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        @Option(help: "Only candidates for this role.") var role: String?
        @Option(help: "Only candidates for this opening.") var opening: String?
        @Option(name: .customLong("as"), help: ArgumentHelp("View as this person.", valueName: "person")) var viewer: String?

        func run() throws {
            let ws = try workspace.open()
            let rows = try ws.scorecards.export(role: role, opening: opening, as: try ActorResolver.viewer(viewer, in: ws))
            if output.format == .json { return try Console.json(rows) }
            output.emit(Self.table(rows))
        }

        /// The export's columns: a stable contract (append, never reorder).
        static func table(_ rows: [RatingExportRow]) -> Table {
            var table = Table(
                "CANDIDATE-ID", "CANDIDATE", "ROUND", "INTERVIEWER", "COMPETENCY", "RATING", "EVIDENCE", "RECOMMENDATION", "SUBMITTED-AT",
                "VERSION", "SCORECARD", "SKIP-REASON", "ROLE", "OPENING")
            let timestamp = ISO8601DateFormatter()
            for row in rows {
                table.add(
                    "\(row.candidateId)", row.candidateName, row.round, row.interviewer, row.competencyId, row.rating.map { $0.plainText } ?? "n/a",
                    row.evidence ?? "", row.recommendation.rawValue, timestamp.string(from: row.submittedAt), "\(row.version)",
                    "\(row.scorecardId)", row.skipReason ?? "", row.roleId, row.openingId ?? "")
            }
            return table
        }
    }
}
