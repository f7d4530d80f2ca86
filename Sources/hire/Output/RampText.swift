import Foundation
import HireKit

/// Text renderings of ramp plans and timelines.
enum RampText {
    static func plan(_ plan: RampPlan) -> String {
        var lines = [
            "Ramp plan for \(plan.name) (\(plan.newHire.roleId), version \(plan.newHire.roleVersion))",
            "Start:          \(plan.newHire.startDate)\(plan.newHire.businessDays ? " (due dates in business days)" : "")",
            "Manager:        \(plan.manager)",
            "Mentor:         \(plan.mentor ?? "not assigned (see `hire mentor suggest \(plan.newHire.candidateId)`)")",
            "Focus areas:    \(plan.focusAreas.isEmpty ? "none (no interview score below the midpoint or near a must-have)" : plan.focusAreas.joined(separator: ", "))",
        ]
        if let style = plan.coachingStyle {
            lines.append("Coaching style: \(style)\(plan.quadrant.map { " (\($0))" } ?? "")")
        }
        lines.append("")
        lines.append("Milestones (* = priority: develops a focus area):")
        for milestone in plan.milestones {
            lines.append("  \(milestone.priority ? "*" : " ") \(milestone.dueDate)  \(milestone.milestoneId)  [\(milestone.owner.rawValue)]  \(milestone.title)")
        }
        return lines.joined(separator: "\n")
    }

    static func timeline(_ timeline: RampTimeline, today: CalendarDate) -> String {
        let summary = timeline.summary
        var lines = [
            "\(summary.name) (\(summary.roleId)): started \(summary.startDate), manager \(summary.manager), mentor \(summary.mentor ?? "none")",
            "Progress on \(today): \(percent(summary.percentDone)) done, \(percent(summary.percentElapsed)) of the plan's time elapsed; "
                + "\(summary.overdue) overdue, \(summary.atRisk) at risk" + (summary.rampedOn.map { "; ramped on \($0)" } ?? "")
                + (summary.leftOn.map { "; left on \($0), the ramp ended there" } ?? ""),
            "",
        ]
        var table = Table("DUE", "STATUS", "MILESTONE", "OWNER", "TITLE")
        for entry in timeline.entries {
            let m = entry.milestone
            var status = entry.status.rawValue.uppercased()
            if let done = m.completedOn, m.state.isFinished { status += " \(done)" }
            table.add("\(m.dueDate)", status, (m.priority ? "*" : "") + m.milestoneId, "\(m.owner.rawValue)\(entry.ownerName.map { ": \($0)" } ?? "")", m.title)
        }
        lines.append(table.text)
        if !timeline.checkIns.isEmpty {
            lines.append("")
            lines.append("Check-ins:")
            for detail in timeline.checkIns {
                let observed = detail.observations.map { "\($0.competencyId)=\(format($0.rating))" }.joined(separator: ", ")
                lines.append("  \(detail.checkIn.on)  \(detail.checkIn.notes ?? "")\(observed.isEmpty ? "" : "  [\(observed)]")")
                for answer in detail.checkIn.review { lines.append("      \(answer.question): \(answer.answer)") }
            }
        }
        if !timeline.trajectories.isEmpty {
            lines.append("")
            lines.append("Competency trajectories (interview -> day 30 -> day 60 -> day 90):")
            for trajectory in timeline.trajectories {
                let points = [trajectory.baseline, trajectory.day30, trajectory.day60, trajectory.day90].map { $0.map(format) ?? "-" }
                let focus = timeline.focusAreas.contains(trajectory.competency) ? " (focus)" : ""
                lines.append("  \(trajectory.competency)\(focus): \(points.joined(separator: " -> "))")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
