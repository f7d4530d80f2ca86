import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire import`: applicant feeds in, with `hire import rejects` for what was set aside.
    struct ImportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import HR-XML / HR Open applicant feeds; list rejected records.",
            discussion: "`hire import FEED...` imports (the default subcommand `run`); `hire import rejects` lists the records set aside.",
            subcommands: [Run.self, Rejects.self],
            defaultSubcommand: Run.self)
    }
}

extension FeedFormat: ExpressibleByArgument {}

/// `--output` for the import summary (`--format` names the feed format).
enum SummaryOutput: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

extension Hire.ImportCommand {
    /// `hire import FEED... [--format F] [--role R | --opening O] [--source S] [--dry-run] [--output text|json]`
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Import applicant feeds (HR-XML 2.x, HR-XML 3.x, HR Open 4.x); `-` reads stdin, .gz is read directly.",
            discussion: """
                Exit status: 0 when every record was imported, 2 when some were rejected (see `hire import rejects`), \
                1 when a feed could not be read to its end (the complete records before the problem are kept).
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: ArgumentHelp("Feed files; - reads standard input.", valueName: "feed"))
        var feeds: [String]

        @Option(help: "Read the feeds as this format instead of detecting it: hrxml2, hrxml3 or hropen.")
        var format: FeedFormat?
        @Option(help: "The role every applicant in the feeds applies for.") var role: String?
        @Option(help: "The opening every applicant in the feeds applies for (implies its role).") var opening: String?
        @Option(help: "The system that issued the feed's ids (default: the id owner named in the feed).") var source: String?
        @Flag(help: "Report what would be added, updated, merged and rejected, and write nothing.") var dryRun = false
        @Option(help: "Summary format: text or json.") var output: SummaryOutput = .text
        @Option(help: "Records committed per transaction: a crash or kill loses at most this many records' work, which a re-run redoes.")
        var batchSize = 2000

        func validate() throws {
            if feeds.isEmpty { throw ValidationError("Give at least one feed file (or - for standard input).") }
            if feeds.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input (-) can be read only once.") }
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1.") }
        }

        func run() throws {
            for feed in feeds where feed != "-" && !FileManager.default.isReadableFile(atPath: feed) {
                throw HireError.io("cannot read \(feed): no such file or not readable")
            }
            let workspace = try workspace.open()
            var options = ImportOptions(actor: try actor.resolve(in: workspace), format: format, role: role, opening: opening, source: source, dryRun: dryRun)
            options.batchSize = batchSize
            let bar = Console.stderrIsTerminal ? ProgressBar() : nil
            let summary = try workspace.imports.run(feeds, options: options, progress: bar.map { bar in { bar.update(read: $0, total: $1, records: $2) } })
            bar?.clear()
            for file in summary.files {
                file.diagnostics.prefix(200).forEach { Console.diagnostic($0) }
                if file.diagnostics.count > 200 {
                    Console.error("\(file.file): note: \(file.diagnostics.count - 200) more problems; see `hire import rejects`")
                }
            }
            if output == .json {
                try Console.json(summary)
            } else {
                Console.out(ImportSummaryText.render(summary))
            }
            switch summary.outcome {
            case .success: break
            case .partial: throw ExitCode(ExitStatus.partial)
            case .failure: throw ExitCode(ExitStatus.failure)
            }
        }
    }

    /// `hire import rejects`
    struct Rejects: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rejects",
            abstract: "List the records imports set aside, with file, line and reason (JSON includes the record's XML).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let rejects = try workspace.open().imports.rejects()
            if output.format == .json { return try Console.json(rejects) }
            var table = Table("ID", "RUN", "FILE", "LINE", "REASON")
            for reject in rejects {
                table.add("\(reject.id)", "\(reject.importRunId)", reject.file, "\(reject.line)", reject.reason)
            }
            output.emit(table)
        }
    }
}
