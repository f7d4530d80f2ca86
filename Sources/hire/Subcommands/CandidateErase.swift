import ArgumentParser
import HireKit

extension Hire.CandidateCommand {
    /// `hire candidate erase C --reason ...`
    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "erase",
            abstract: "Erase a candidate's personal data everywhere, keeping anonymous numbers for statistics.",
            discussion: """
                Removes names, contacts, external ids, stage-change reasons, scorecard notes and evidence, check-in and \
                milestone notes, imported feed details, rejected feed records naming the person and group data, in one \
                transaction; keeps ratings, stages and dates. The erasure is recorded in the audit log with the reason, which \
                must not name the person. The file is then vacuumed so no byte of the erased data remains on disk.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var output: FormatOptions

        @Argument(help: "Candidate id or email.") var candidate: String
        @Option(help: "Why (kept in the audit log; must not contain the person's name or email).") var reason: String

        func run() throws {
            let ws = try workspace.open()
            let report = try ws.candidates.erase(try ws.candidateID(candidate), reason: reason, actor: try actor.resolve(in: ws))
            if output.format == .json { return try Console.json(report) }
            Console.out("Erased candidate \(report.candidateIds[0]) (\(ErasureText.rows(report)))")
            ErasureText.warnIfNotCompacted(report)
        }
    }

    /// `hire candidate purge --rejected-before DATE --reason ... [--dry-run]`
    struct Purge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "purge",
            abstract: "Erase every candidate rejected before a date (a retention policy).",
            discussion: "Each candidate is erased as by `hire candidate erase`, all in one transaction. --dry-run lists who would be erased.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var output: FormatOptions

        @Option(help: ArgumentHelp("Erase candidates rejected before this day, YYYY-MM-DD.", valueName: "date"), transform: DateArgument.calendarDate) var rejectedBefore: CalendarDate
        @Option(help: "Why (kept in the audit log), e.g. the retention policy's name.") var reason: String
        @Flag(help: "List who would be erased and change nothing.") var dryRun = false

        func run() throws {
            let ws = try workspace.open()
            let report = try ws.candidates.purgeRejected(before: rejectedBefore, reason: reason, dryRun: dryRun, actor: try actor.resolve(in: ws))
            if output.format == .json { return try Console.json(report) }
            let ids = report.candidateIds.map(String.init).joined(separator: ", ")
            if dryRun {
                Console.out("Would erase \(Counted.text(report.candidateIds.count, "candidate")) rejected before \(rejectedBefore)\(ids.isEmpty ? "" : ": \(ids)")")
            } else {
                Console.out("Erased \(Counted.text(report.candidateIds.count, "candidate")) rejected before \(rejectedBefore)\(ids.isEmpty ? "" : ": \(ids)")")
                if !report.candidateIds.isEmpty { Console.out("  \(ErasureText.rows(report))") }
                ErasureText.warnIfNotCompacted(report)
            }
        }
    }
}

/// Renders erasure reports.
enum ErasureText {
    static func rows(_ report: ErasureReport) -> String {
        report.rows.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    static func warnIfNotCompacted(_ report: ErasureReport) {
        if !report.compacted {
            Console.error("warning: another process kept the workspace busy, so erased bytes may remain in its free space until the next erasure or `VACUUM`")
        }
    }
}
