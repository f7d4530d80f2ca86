import ArgumentParser
import Foundation
import HireKit

extension Hire.InterviewCommand {
    /// `hire interview move ID --at TIME [--duration M] [--location L]`
    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move",
            abstract: "Move an interview to another time; it stays the same interview (calendars update its event).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The interview id (see `hire interview list`).") var id: Int64
        @Option(help: ArgumentHelp("The new time: YYYY-MM-DDTHH:MM (local time).", valueName: "datetime")) var at: String
        @Option(help: ArgumentHelp("A new length.", valueName: "minutes")) var duration: Int?
        @Option(help: ArgumentHelp("A new place: a room, an address or a video link.", valueName: "place")) var location: String?
        @Flag(help: "Move it even if it overlaps another interview of the interviewer or the candidate.") var allowOverlap = false

        func validate() throws {
            if let duration, !(1...24 * 60).contains(duration) { throw ValidationError("--duration is in minutes, from 1 to 1440.") }
        }

        func run() throws {
            let date = try DateArgument.parse(at, flag: "--at")
            let ws = try workspace.open()
            let interview = try ws.interviews.move(
                InterviewID(id), to: date, duration: duration, location: location, allowOverlap: allowOverlap, actor: try actor.resolve(in: ws))
            Console.out("Moved interview \(interview.id!) to \(DateText.timestamp(date)) (change \(interview.sequence)).")
        }
    }

    /// `hire interview cancel ID --reason TEXT`
    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel",
            abstract: "Cancel an interview: its interviewer can be booked for the round again; calendars mark it cancelled.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The interview id (see `hire interview list`).") var id: Int64
        @Option(help: "Why (kept with the cancellation, erased with the candidate).") var reason: String

        func run() throws {
            let ws = try workspace.open()
            let cancelled = try ws.interviews.cancel(InterviewID(id), reason: reason, actor: try actor.resolve(in: ws))
            Console.out(
                "Cancelled interview \(cancelled.id): \(RecordNames.candidate(cancelled.candidateId, in: ws)), round \(cancelled.roundId), "
                    + "interviewer \(RecordNames.person(cancelled.interviewerId, in: ws))")
        }
    }
}
