import Foundation
import HireKit

// MARK: - Onboarding (issue 5): the hire gets a plan and a mentor, completes milestones, one is overdue.

extension DemoData {
    /// Mentors of the demo: name, strengths (competency=rating on the 1..4 scale), capacity.
    static let mentors: [(name: String, strengths: [String], capacity: Int)] = [
        ("Tom Becker", ["discovery=4", "objection-handling=4", "demo-presentation=3"], 2),
        ("Aisha Khan", ["coachability=4", "discovery=3", "market-knowledge=3"], 1),
    ]

    /// Milestones the new hire has finished by the demo's today, with the day each was done.
    static let finishedMilestones: [(id: String, on: String)] = [
        ("hr-paperwork", "2026-03-02"), ("expectations-30-60-90", "2026-03-03"), ("hr-policies", "2026-03-04"),
        ("training-plan", "2026-03-05"), ("company-onboarding", "2026-03-06"),
    ]
}

extension DemoScript {
    mutating func onboardingSteps(_ workspace: Workspace) throws {
        guard let hire = try workspace.candidates.list(stage: .hired).first, let id = hire.id else { return }
        let today = CalendarDate(DemoData.today)!
        heading("The hire's ramp plan", command: "hire ramp plan \(id)")
        RampText.plan(try workspace.onboarding.plan(CandidateID(id))).split(separator: "\n").prefix(6).forEach { Console.out("   \($0)") }

        heading("Match a mentor on the interview gaps", command: "hire mentor add \"Tom Becker\" --strengths discovery=4,objection-handling=4; hire mentor suggest \(id)")
        for mentor in DemoData.mentors {
            try workspace.mentors.add(try workspace.personID(mentor.name), strengths: mentor.strengths, capacity: mentor.capacity, actor: actor)
        }
        let suggestions = try workspace.mentors.suggest(CandidateID(id))
        for (rank, suggestion) in suggestions.enumerated() {
            Console.out("   \(rank + 1). \(suggestion.name)  score \(RampText.format(suggestion.score)): \(suggestion.explanation)")
        }
        if let best = suggestions.first {
            try workspace.mentors.assign(CandidateID(id), mentor: try workspace.personID(best.name), reason: "best cover of the focus areas", forceReason: nil, today: CalendarDate(DemoData.hireStart)!, actor: actor)
            Console.out("   $ hire mentor assign \(id) \"\(best.name)\"")
        }

        heading("Work through the first milestones", command: "hire ramp complete \(id) hr-paperwork --on 2026-03-02")
        for milestone in DemoData.finishedMilestones {
            try workspace.onboarding.complete(CandidateID(id), milestone: milestone.id, on: CalendarDate(milestone.on)!, note: nil, forceReason: nil, actor: actor)
        }
        Console.out("   done: \(DemoData.finishedMilestones.map(\.id).joined(separator: ", "))")
        try workspace.onboarding.checkIn(
            CandidateID(id),
            NewCheckIn(
                on: CalendarDate("2026-03-13")!, notes: "first weekly 1:1", observations: ["discovery": 3, "coachability": 4],
                nextSteps: "shadow three discovery calls with the mentor next week"), actor: actor)
        Console.out("   $ hire checkin add \(id) --on 2026-03-13 --notes \"first weekly 1:1\" --observe discovery=3 --observe coachability=4")

        heading("Who is behind?", command: "hire ramp status --today \(DemoData.today)")
        let status = try workspace.onboarding.status(today: today)
        var table = Table("HIRE", "NAME", "MENTOR", "DONE%", "ELAPSED%", "OVERDUE", "AT-RISK", "NEXT DUE")
        for row in status {
            table.add(
                "\(row.candidateId)", row.name, row.mentor ?? "-", percent(row.percentDone), percent(row.percentElapsed), "\(row.overdue)",
                "\(row.atRisk)", row.nextDue.map { "\($0.dueDate) \($0.milestone)" } ?? "-")
        }
        table.text.split(separator: "\n").forEach { Console.out("   \($0)") }
        let timeline = try workspace.onboarding.timeline(CandidateID(id), today: today)
        for entry in timeline.entries where entry.status == .overdue || entry.status == .atRisk {
            Console.out("   \(entry.status.rawValue.uppercased()): \(entry.milestone.milestoneId) due \(entry.milestone.dueDate) (\(entry.milestone.owner.rawValue)\(entry.ownerName.map { ": \($0)" } ?? ""))")
        }
    }
}
