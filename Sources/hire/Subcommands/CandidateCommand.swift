import ArgumentParser
import HireKit

extension Hire {
    /// `hire candidate`: applicants and their pipeline stages.
    struct CandidateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "candidate",
            abstract: "Add, list, show and move candidates. Refer to a candidate by id or email.",
            subcommands: [Add.self, List.self, Show.self, Move.self, SetRole.self, SetOpening.self, Report.self, SetGroup.self, Erase.self, Purge.self])
    }
}

extension Stage: ExpressibleByArgument {}

extension Hire.CandidateCommand {
    /// `hire candidate add --name ... --email ... (--role R | --opening O)`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a candidate for a role or an opening.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Option(help: "Full name.") var name: String
        @Option(help: "Email address (identifies the person on later imports).") var email: String?
        @Option(help: "Phone number.") var phone: String?
        @Option(help: "The role applied for.") var role: String?
        @Option(help: "The opening applied for (implies its role).") var opening: String?
        @Option(help: "Where they came from: a job board, agency or referral.") var source: String?

        func validate() throws {
            if role == nil && opening == nil { throw ValidationError("Give --role or --opening.") }
        }

        func run() throws {
            let ws = try workspace.open()
            let candidate = try ws.candidates.add(
                NewCandidate(name: name, email: email, phone: phone, role: role, opening: opening, source: source), actor: try actor.resolve(in: ws))
            Console.out("Added candidate \(candidate.id!) for \(candidate.roleId ?? "-") (stage applied)")
        }
    }

    /// `hire candidate list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List candidates, optionally of one role or stage.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        @Option(help: "Only candidates for this role.") var role: String?
        @Option(help: "Only candidates at this stage (\(Stage.allCases.map(\.rawValue).joined(separator: ", "))).") var stage: Stage?
        @Option(help: "Only candidates for this opening.") var opening: String?

        func run() throws {
            let ws = try workspace.open()
            let candidates = try ws.candidates.list(role: role, stage: stage, opening: opening)
            if output.format == .json { return try Console.json(candidates) }
            let zone = try ws.settings.timeZone()
            // New columns go at the end: the CSV columns are a stable contract.
            var table = Table("ID", "NAME", "EMAIL", "ROLE", "OPENING", "STAGE", "SOURCE", "APPLIED", "LAST-CHANGED")
            for candidate in candidates {
                table.add(
                    "\(candidate.id!)", candidate.name, candidate.email ?? "", candidate.roleId ?? "", candidate.openingId ?? "",
                    candidate.stage.rawValue, candidate.source ?? "", "\(CalendarDate(of: candidate.createdAt, in: zone))",
                    "\(CalendarDate(of: candidate.updatedAt, in: zone))")
            }
            output.emit(table)
        }
    }

    /// `hire candidate show C`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a candidate's details and stage history.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        @Argument(help: "Candidate id or email.") var candidate: String

        func run() throws {
            let ws = try workspace.open()
            let detail = try ws.candidates.detail(try ws.candidateID(candidate))
            if output.format == .json { return try Console.json(detail) }
            let c = detail.candidate
            var lines = ["Candidate \(c.id!): \(c.name)"]
            if let email = c.email { lines.append("Email:    \(email)") }
            if let phone = c.phone { lines.append("Phone:    \(phone)") }
            if let location = c.location { lines.append("Location: \(location)") }
            lines.append("Role:     \(c.roleId.map { "\($0) (version \(c.roleVersion ?? 0))" } ?? "-")")
            if let opening = c.openingId { lines.append("Opening:  \(opening)") }
            if let source = c.source { lines.append("Source:   \(source)") }
            if let external = c.externalId { lines.append("External: \(c.externalSource ?? "?") \(external)") }
            lines.append("Stage:    \(c.stage.rawValue)")
            if let imported = detail.imported {
                lines.append("")
                lines += ImportedProfileText.lines(imported, primaryEmail: c.email, primaryPhone: c.phone, opening: c.openingId)
            }
            lines.append("")
            lines.append("History:")
            for change in detail.history {
                // A change of role or opening is a note whose stage stays the same.
                let stage = change.fromStage == change.toStage ? change.toStage.rawValue : (change.fromStage.map { "\($0.rawValue) -> " } ?? "") + change.toStage.rawValue
                lines.append("  \(DateText.timestamp(change.at))  \(stage)  by \(change.actor)\(change.reason.map { ": \($0)" } ?? "")")
            }
            Console.out(lines.joined(separator: "\n"))
        }
    }

    /// `hire candidate move C STAGE --reason ...`
    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move",
            abstract: "Move a candidate to another stage, with a reason.",
            discussion: "Stages: applied, screening, interviewing, offer, hired, rejected, withdrawn. Illegal moves (e.g. rejected -> offer) are refused; hires go through `hire decide`.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "Candidate id or email.") var candidate: String
        @Argument(help: "The new stage.") var stage: Stage
        @Option(help: "Why (kept in the history).") var reason: String

        func run() throws {
            let ws = try workspace.open()
            let moved = try ws.candidates.move(try ws.candidateID(candidate), to: stage, reason: reason, actor: try actor.resolve(in: ws))
            Console.out("Candidate \(moved.id!) is now \(moved.stage.rawValue)")
        }
    }
}
