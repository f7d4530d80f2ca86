import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire interview`: who interviews a candidate in which round.
    struct InterviewCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "interview",
            abstract: "Schedule interviewers for the rounds of a candidate's interview plan.",
            subcommands: [Schedule.self, List.self, Move.self, Cancel.self])
    }
}

extension Hire.InterviewCommand {
    /// `hire interview schedule C --round R --interviewer P [--at DATETIME]`
    struct Schedule: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schedule",
            abstract: "Book an interviewer for a round; only the rounds of the candidate's role profile are accepted.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "Candidate id or email.") var candidate: String
        @Option(help: "The round id from the role's interview plan.") var round: String
        @Option(help: "The interviewer: person id, email or name.") var interviewer: String
        @Option(help: ArgumentHelp("When: YYYY-MM-DD or YYYY-MM-DDTHH:MM (local time).", valueName: "datetime")) var at: String?
        @Option(help: ArgumentHelp("How long it lasts.", valueName: "minutes")) var duration = Interview.defaultDuration
        @Option(help: ArgumentHelp("Where: a room, an address or a video link (shown in calendars).", valueName: "place")) var location: String?
        @Flag(help: "Book it even if it overlaps another interview of the interviewer or the candidate.") var allowOverlap = false

        func validate() throws {
            if !(1...24 * 60).contains(duration) { throw ValidationError("--duration is in minutes, from 1 to 1440.") }
        }

        func run() throws {
            let date = try at.map { try DateArgument.parse($0, flag: "--at") }
            let ws = try workspace.open()
            let interview = try ws.interviews.schedule(
                candidate: try ws.candidateID(candidate), round: round, interviewer: try ws.personID(interviewer), at: date, duration: duration, location: location,
                allowOverlap: allowOverlap,
                actor: try actor.resolve(in: ws))
            Console.out(
                "Scheduled interview \(interview.id!): \(RecordNames.candidate(interview.candidateId, in: ws)), round \(interview.roundId), "
                    + "interviewer \(RecordNames.person(interview.interviewerId, in: ws))")
        }
    }

    /// `hire interview list C`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List a candidate's scheduled interviews.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        @Argument(help: "Candidate id or email.") var candidate: String

        func run() throws {
            let ws = try workspace.open()
            let interviews = try ws.interviews.list(candidate: try ws.candidateID(candidate))
            if output.format == .json { return try Console.json(interviews) }
            let names = try ws.people.names(ids: Set(interviews.map(\.interviewerId)))
            if output.format == .csv {
                // CSV columns are a stable contract: the interviewer's id stays, the name is appended.
                var table = Table("ID", "ROUND", "INTERVIEWER", "AT", "MINUTES", "INTERVIEWER-NAME")
                for interview in interviews {
                    table.add(
                        "\(interview.id!)", interview.roundId, "\(interview.interviewerId)", interview.at.map(DateText.timestamp) ?? "",
                        "\(interview.durationMinutes)", names[interview.interviewerId] ?? "")
                }
                return output.emitCSV(table)
            }
            var table = Table("ID", "ROUND", "INTERVIEWER", "AT", "MINUTES")
            for interview in interviews {
                table.add(
                    "\(interview.id!)", interview.roundId, names[interview.interviewerId] ?? "person \(interview.interviewerId)",
                    interview.at.map(DateText.timestamp) ?? "", "\(interview.durationMinutes)")
            }
            Console.out(table.text)
        }
    }
}
