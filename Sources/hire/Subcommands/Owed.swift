import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire owed [--person P] [--today D]`: everything someone owes, most overdue first.
    struct Owed: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "owed",
            abstract: "What each person owes: scorecards for interviews held, overdue or at-risk milestones, 1:1 check-ins.",
            discussion: """
                Scorecards are due scorecard_due_hours (default 24, see `hire settings`) after the interview; milestones \
                are listed when overdue or at risk, under their owner (an HR milestone naming no one goes to the hr_contact \
                setting's person); a new hire's manager owes a 1:1 check-in every 30 days from the start until ramped. \
                Per person, most overdue first. With --as PERSON, someone who is not an admin, recruiter or hiring \
                manager sees only their own.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions
        @OptionGroup var today: TodayOptions

        @Option(help: ArgumentHelp("Only what this person owes (id, email or name).", valueName: "person")) var person: String?
        @Option(name: .customLong("as"), help: ArgumentHelp("View as this person.", valueName: "person")) var viewer: String?

        func run() throws {
            let ws = try workspace.open()
            let items = try ws.owed.list(today: today.today, person: try person.map(ws.personID), as: try ActorResolver.viewer(viewer, in: ws))
            switch output.format {
            case .json: try Console.json(items)
            case .csv: output.emitCSV(Self.csv(items))
            case .text: Console.out(Self.text(items))
            }
        }

        static func text(_ items: [OwedItem]) -> String {
            guard !items.isEmpty else { return "Nothing is owed." }
            var table = Table("WHO", "STATUS", "LATE", "KIND", "CANDIDATE", "WHAT", "DUE")
            for item in items {
                var what = item.kind == .milestone ? "\(item.subject): \(item.title)" : item.title
                if let hours = item.hoursSinceInterview { what += ", interview \(OwedText.hours(hours)) ago" }
                table.add(
                    item.personName ?? "(nobody yet: \(item.milestoneOwner.map(OwedText.owner) ?? "unassigned"))", item.status.rawValue,
                    OwedText.late(item.hoursOverdue), item.kind.rawValue, "\(item.candidateName) (\(item.candidateId))", what,
                    item.kind == .scorecard ? DateText.timestamp(item.dueAt) : "\(item.dueDate)")
            }
            return table.text
        }

        /// The CSV export; the columns are a stable contract (append, never reorder).
        static func csv(_ items: [OwedItem]) -> Table {
            var table = Table(
                "PERSON-ID", "PERSON", "KIND", "STATUS", "CANDIDATE-ID", "CANDIDATE", "SUBJECT", "TITLE", "DUE-DATE", "DUE-AT", "HOURS-OVERDUE",
                "HOURS-SINCE-INTERVIEW")
            let timestamp = ISO8601DateFormatter()
            for item in items {
                table.add(
                    item.personId.map { "\($0)" } ?? "", item.personName ?? "", item.kind.rawValue, item.status.rawValue, "\(item.candidateId)",
                    item.candidateName, item.subject, item.title, "\(item.dueDate)", timestamp.string(from: item.dueAt),
                    "\(item.hoursOverdue)", item.hoursSinceInterview.map { "\($0)" } ?? "")
            }
            return table
        }
    }
}

/// How `hire owed` words lateness.
enum OwedText {
    static func hours(_ hours: Int) -> String { OwedItem.hoursText(hours) }

    static func late(_ hoursOverdue: Int) -> String {
        if hoursOverdue >= 0 { return hoursOverdue == 0 ? "now" : hours(hoursOverdue) }
        return "in " + hours(-hoursOverdue)
    }

    static func owner(_ owner: MilestoneOwner) -> String {
        switch owner {
        case .newHire: "new hire"
        case .mentor: "no mentor"
        case .hr: "no HR contact"
        case .manager: "manager"
        }
    }
}
