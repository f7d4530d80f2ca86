import ArgumentParser
import HireKit

extension Hire {
    /// `hire mentor`: peer mentors for new hires.
    struct MentorCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mentor",
            abstract: "Peer mentors: their strengths and capacity, suggestions for a new hire, assignments.",
            subcommands: [Add.self, List.self, Suggest.self, Assign.self, History.self, Effect.self])
    }
}

extension Hire.MentorCommand {
    /// `hire mentor add PERSON --strengths a,b=4 [--capacity 2]`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Make a person a mentor, with the competencies they are strong in.",
            discussion: "Strengths are competency ids, optionally rated on the role scale: --strengths discovery=4,negotiation. Running it again replaces the strengths and capacity.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The person (id, email or name).") var person: String
        @Option(help: "Comma-separated competency ids, each optionally =RATING.") var strengths: String
        @Option(help: "How many new hires they can mentor at once.") var capacity = 2

        func run() throws {
            let list = strengths.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let ws = try workspace.open()
            let mentor = try ws.mentors.add(try ws.personID(person), strengths: list, capacity: capacity, actor: try actor.resolve(in: ws))
            Console.out("\(mentor.name) mentors up to \(mentor.capacity): \(mentor.strengths.map(\.competencyId).joined(separator: ", "))")
        }
    }

    /// `hire mentor list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List mentors with their strengths and load.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let mentors = try workspace.open().mentors.list()
            if output.format == .json { return try Console.json(mentors) }
            var table = Table("ID", "NAME", "LOAD", "STRENGTHS")
            for mentor in mentors {
                let strengths = mentor.strengths.map { s in s.rating.map { "\(s.competencyId)=\(RampText.format($0))" } ?? s.competencyId }
                table.add("\(mentor.personId)", mentor.name, "\(mentor.activeMentees)/\(mentor.capacity)", strengths.joined(separator: ", "))
            }
            output.emit(table)
        }
    }

    /// `hire mentor suggest NEWHIRE`
    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "suggest",
            abstract: "Rank mentors with free capacity by how well their strengths cover the new hire's focus areas.",
            discussion: "Never suggests the new hire, their manager or their current mentor.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        @Argument(help: "The new hire (candidate id or email).") var newHire: String

        func run() throws {
            let ws = try workspace.open()
            let suggestions = try ws.mentors.suggest(try ws.candidateID(newHire))
            if output.format == .json { return try Console.json(suggestions) }
            if suggestions.isEmpty { return Console.out("No mentor has free capacity; add one with `hire mentor add`.") }
            var table = Table("RANK", "ID", "MENTOR", "SCORE", "WHY")
            for (index, suggestion) in suggestions.enumerated() {
                table.add("\(index + 1)", "\(suggestion.personId)", suggestion.name, RampText.format(suggestion.score), suggestion.explanation)
            }
            output.emit(table)
        }
    }

    /// `hire mentor assign NEWHIRE PERSON`
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assign",
            abstract: "Assign or reassign a new hire's mentor; their open mentor milestones move with them.",
            discussion: "A mentor at capacity is refused unless --force with --reason. Past assignments are kept (`hire mentor history`).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var today: TodayOptions

        @Argument(help: "The new hire (candidate id or email).") var newHire: String
        @Argument(help: "The mentor (person id, email or name).") var mentor: String
        @Option(help: "Why this mentor (and why over capacity, with --force).") var reason: String?
        @Flag(help: "Assign even though the mentor is at capacity (needs --reason).") var force = false

        func validate() throws {
            if force && (reason ?? "").isEmpty { throw ValidationError("--force needs --reason.") }
        }

        func run() throws {
            let workspace = try workspace.open()
            let hire = try workspace.candidateID(newHire)
            let assignment = try workspace.mentors.assign(
                hire, mentor: try workspace.personID(mentor), reason: reason, forceReason: force ? reason : nil, today: try today.date(in: workspace), actor: try actor.resolve(in: workspace))
            Console.out(
                "Assigned mentor \(RecordNames.person(assignment.mentorId, in: workspace)) to \(RecordNames.candidate(hire.rawValue, in: workspace))"
                    + " from \(assignment.assignedOn)\(assignment.forced ? " (over capacity)" : "")")
        }
    }

    /// `hire mentor history NEWHIRE`
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "history", abstract: "A new hire's mentor assignments, oldest first.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        @Argument(help: "The new hire (candidate id or email).") var newHire: String

        func run() throws {
            let workspace = try workspace.open()
            let history = try workspace.mentors.history(try workspace.candidateID(newHire))
            if output.format == .json { return try Console.json(history) }
            let names = Dictionary(uniqueKeysWithValues: try workspace.people.list().map { ($0.id!, $0.name) })
            var table = Table("FROM", "TO", "MENTOR", "BY", "REASON")
            for a in history {
                table.add("\(a.assignedOn)", a.endedOn.map(String.init(describing:)) ?? "now", names[a.mentorId] ?? "\(a.mentorId)", a.actor, a.reason ?? "")
            }
            output.emit(table)
        }
    }
}
