import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire scorecard`: structured interview scorecards.
    struct ScorecardCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scorecard",
            abstract: "Write, submit, list and amend interview scorecards.",
            discussion: """
                Each interviewer scores alone: until they submit their own scorecard, `--as PERSON` shows them only \
                counts of others'. A submitted scorecard is never edited; `amend` records a new version.
                """,
            subcommands: [New.self, Submit.self, List.self, Amend.self, History.self, Export.self])
    }
}

extension Hire.ScorecardCommand {
    /// `hire scorecard new C --round R --interviewer P [-o FILE]`
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Write the YAML form for an interviewer to fill in: focus competencies, anchors, questions, blanks.")

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(help: "Candidate id or email.") var candidate: String
        @Option(help: "The round id.") var round: String
        @Option(help: "The interviewer: person id, email or name.") var interviewer: String
        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the form to this file (default: stdout).", valueName: "file"))
        var output: String?

        func run() throws {
            let ws = try workspace.open()
            let form = try ws.scorecards.form(
                candidate: try ws.candidateID(candidate), round: round, interviewer: try ws.personID(interviewer), nextStep: "hire scorecard submit FILE")
            guard let output else { return Console.out(String(form.dropLast())) }
            if FileManager.default.fileExists(atPath: output) {
                throw HireError.conflict("\(output) already exists; it is left untouched")
            }
            do {
                try form.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw HireError.io("cannot write \(output): \(error.localizedDescription)")
            }
            Console.out("Wrote \(output); fill it in, then: hire scorecard submit \(output)")
        }
    }

    /// `hire scorecard submit FILE` or `hire scorecard submit --candidate C --round R --interviewer P --rate ...`
    struct Submit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "submit",
            abstract: "Validate and record a scorecard, from a filled-in form or from flags.",
            discussion: "Every problem is reported (as file:line:column for forms) and nothing is recorded unless all is well.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var ratings: RatingOptions

        @Argument(help: "A form written by `hire scorecard new` and filled in.") var file: String?
        @Option(help: "Candidate id or email (without a form).") var candidate: String?
        @Option(help: "The round id (without a form).") var round: String?
        @Option(help: "The interviewer (without a form).") var interviewer: String?
        @Flag(help: "Accept ratings of competencies outside the round's focus.") var allowExtra = false
        @Flag(help: "Accept an interviewer who was not scheduled for the round.") var unscheduled = false

        func validate() throws {
            if file != nil {
                if candidate != nil || round != nil || interviewer != nil || !ratings.isEmpty {
                    throw ValidationError("Give either a form FILE or --candidate/--round/--interviewer with --rate flags, not both.")
                }
            } else if candidate == nil || round == nil || interviewer == nil {
                throw ValidationError("Give a form FILE, or --candidate, --round and --interviewer with --rate flags.")
            }
        }

        func run() throws {
            let options = ScorecardValidator.Options(allowExtra: allowExtra, unscheduled: unscheduled)
            let draft: ScorecardDraft
            var reading: [Diagnostic] = []
            if let file {
                let (parsed, diagnostics) = ScorecardForm.load(path: file)
                guard let parsed else { throw DiagnosticsError(diagnostics) }
                draft = parsed
                reading = diagnostics
            } else {
                draft = ScorecardDraft(
                    candidate: candidate!, round: round!, interviewer: interviewer!, ratings: try ratings.drafts(),
                    recommendation: ratings.recommend, notes: ratings.notes)
            }
            let ws = try workspace.open()
            let acting = try actor.resolve(in: ws, writing: { try? ws.person(draft.interviewer).id })
            let scorecard = try ws.scorecards.submit(draft, readingDiagnostics: reading, options: options, actor: acting)
            let interviewer = (try? ws.people.get(PersonID(scorecard.interviewerId)).name).map { "\($0) (\(scorecard.interviewerId))" } ?? "\(scorecard.interviewerId)"
            Console.out("Recorded scorecard \(scorecard.id!): candidate \(scorecard.candidateId), round \(scorecard.roundId), interviewer \(interviewer), \(scorecard.recommendation.rawValue)")
        }
    }

    /// `hire scorecard list C [--as PERSON]`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a candidate's scorecards (latest versions).",
            discussion: "With --as PERSON, others' ratings and recommendations stay hidden until PERSON has submitted their own scorecard.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        @Argument(help: "Candidate id or email.") var candidate: String
        @Option(name: .customLong("as"), help: ArgumentHelp("View as this interviewer.", valueName: "person")) var viewer: String?

        func run() throws {
            let ws = try workspace.open()
            let listing = try ws.scorecards.list(candidate: try ws.candidateID(candidate), as: try ActorResolver.viewer(viewer, in: ws))
            if output.format == .json { return try Console.json(listing) }
            if listing.hidden {
                return Console.out(ScorecardText.hiddenNotice(count: listing.hiddenCount, byRound: listing.hiddenByRound))
            }
            var table = Table("ID", "VERSION", "ROUND", "INTERVIEWER", "RECOMMENDATION", "RATINGS")
            for item in listing.scorecards {
                table.add(
                    "\(item.scorecard.id!)", "\(item.scorecard.version)", item.scorecard.roundId, item.interviewer,
                    item.scorecard.recommendation.rawValue, ScorecardText.ratingsSummary(item.ratings))
            }
            output.emit(table)
        }
    }

    /// `hire scorecard amend ID --rate ... --reason ...`
    struct Amend: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "amend",
            abstract: "Record a new version of a scorecard; the old version is kept and shown in history.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var ratings: RatingOptions

        @Argument(help: "The scorecard id (its latest version).") var id: Int64
        @Option(help: "Why it is amended (kept).") var reason: String
        @Flag(help: "Accept ratings of competencies outside the round's focus.") var allowExtra = false
        @Flag(help: "Keep the evidence of a rating whose level changes (otherwise give new --evidence).") var keepEvidence = false

        func run() throws {
            let amendment = ScorecardAmendment(
                changes: try ratings.changes(), recommendation: ratings.recommend, notes: ratings.notes, reason: reason, keepEvidence: keepEvidence)
            let ws = try workspace.open()
            let acting = try actor.resolve(in: ws, writing: { try? ws.scorecards.history(ScorecardID(id), as: .localOwner).first?.scorecard.interviewerId })
            let scorecard = try ws.scorecards.amend(ScorecardID(id), amendment, options: .init(allowExtra: allowExtra), actor: acting)
            Console.out("Recorded scorecard \(scorecard.id!): version \(scorecard.version), amends scorecard \(id)")
        }
    }

    /// `hire scorecard history ID`
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "history", abstract: "Show every version of a scorecard, oldest first.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        @Argument(help: "Any version's scorecard id.") var id: Int64

        func run() throws {
            let versions = try workspace.open().scorecards.history(ScorecardID(id), as: .localOwner)
            if output.format == .json { return try Console.json(versions) }
            Console.out(versions.map(ScorecardText.version).joined(separator: "\n\n"))
        }
    }
}
