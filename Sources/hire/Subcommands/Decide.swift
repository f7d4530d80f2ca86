import ArgumentParser
import Foundation
import HireKit

extension DecisionKind: ExpressibleByArgument {}

extension Hire {
    /// `hire decide C hire --start DATE --manager P` / `hire decide C reject --reason ...`
    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "decide",
            abstract: "Record a hire or reject decision; the candidate's stage moves.",
            discussion: """
                hire: needs --start YYYY-MM-DD and --manager; a candidate who fails a must-have or whose scorecards \
                are incomplete needs --override REASON, which is kept. reject: needs --reason.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "Candidate id or email.") var candidate: String
        @Argument(help: "hire or reject.") var kind: DecisionKind
        @Option(help: ArgumentHelp("First working day, YYYY-MM-DD (hire).", valueName: "date")) var start: String?
        @Option(help: "The hiring manager: person id, email or name (hire).") var manager: String?
        @Option(help: "Why (required for reject).") var reason: String?
        @Option(help: ArgumentHelp("Hire despite failed must-haves or incomplete scorecards, and why.", valueName: "reason")) var override: String?
        @Option(help: ArgumentHelp("Hire with a start more than 2 years after the decision's day, and why (kept with the decision).", valueName: "reason"))
        var allowLateStart: String?
        @OptionGroup var today: TodayOptions
        @Flag(help: "Count the ramp plan's due days as business days (weekends skipped), whatever the role profile says.")
        var businessDays = false

        func validate() throws {
            switch kind {
            case .hire:
                guard let start else { throw ValidationError("A hire needs --start YYYY-MM-DD.") }
                guard Workspace.isCalendarDay(start) else { throw ValidationError("--start must be \(CalendarDate.givenFormat), not '\(start)'") }
                if manager == nil { throw ValidationError("A hire needs --manager PERSON.") }
            case .reject:
                if reason == nil { throw ValidationError("A reject needs --reason.") }
                if start != nil || manager != nil || override != nil || businessDays || allowLateStart != nil {
                    throw ValidationError("--start, --manager, --override, --allow-late-start and --business-days are for hires.")
                }
            }
        }

        func run() throws {
            let at = try today.today.map { try DateArgument.day($0.description, flag: "--today") }
            let startDate = try start.map { text in
                guard let date = CalendarDate(given: text) else { throw ValidationError("--start must be \(CalendarDate.givenFormat), not '\(text)'") }
                return date
            }
            let ws = try workspace.open()
            var request = DecisionRequest(
                candidate: try ws.candidateID(candidate), kind: kind, reason: reason, override: override, startDate: startDate,
                manager: try manager.map(ws.personID), at: at, businessDays: businessDays ? true : nil)
            request.lateStartReason = allowLateStart
            let decision: Decision
            do {
                decision = try ws.decisions.decide(request, actor: try actor.resolve(in: ws))
            } catch let refusal as LateStartRefusal {
                throw HireError.invalid("\(refusal); if it is right, give --allow-late-start REASON")
            }
            switch decision.kind {
            case .hire:
                let manager = decision.managerId.map { RecordNames.person($0, in: ws) } ?? "-"
                Console.out(
                    "Hired \(RecordNames.candidate(decision.candidateId, in: ws)): starts \(decision.startDate.map(String.init(describing:)) ?? "-"), "
                        + "manager \(manager)\(decision.override == nil ? "" : " (override recorded)")")
                try openingLine(ws, candidate: decision.candidateId).map(Console.out)
            case .reject:
                Console.out("Rejected \(RecordNames.candidate(decision.candidateId, in: ws))")
            }
        }

        /// How far the hire's opening is filled; the hire that fills its last place says how to close it.
        private func openingLine(_ ws: Workspace, candidate: Int64) throws -> String? {
            guard let id = try ws.candidates.get(CandidateID(candidate)).openingId else { return nil }
            let progress = try ws.openings.progress(id)
            let count = "\(progress.hired) of \(progress.opening.headcount) hired"
            if progress.opening.isClosed || progress.hired < progress.opening.headcount { return "Opening \(id): \(count)" }
            if progress.hired == progress.opening.headcount {
                return "This fills opening \(id) (\(count)); close it with `hire opening close \(id) --reason ...`"
            }
            return "Opening \(id) is over its headcount (\(count)); close it with `hire opening close \(id)` or raise it with `hire opening edit \(id) --headcount N`"
        }
    }
}
