import HireKit

/// The text rendering of a role profile for `hire roles show`.
enum RoleProfileText {
    static func render(_ profile: RoleProfile, version: Int) -> String {
        var lines = ["\(profile.title) (\(profile.id), version \(version))"]
        if let department = profile.department { lines.append("Department: \(department)") }
        lines.append("Scale: \(profile.scale.min)..\(profile.scale.max)")
        lines.append("")
        lines.append("Competencies:")
        for competency in profile.competencies {
            var line = "  \(competency.id) [\(competency.kind.rawValue), weight \(format(competency.weight))"
            if let mustHave = competency.mustHave { line += ", must have \(format(mustHave))" }
            lines.append(line + "] \(competency.name)")
            for level in profile.scale.levels {
                if let anchor = competency.anchors[level] { lines.append("      \(level): \(anchor)") }
            }
        }
        lines.append("")
        lines.append("Interview plan:")
        for round in profile.interviewPlan {
            lines.append("  \(round.id): \(round.name) -> \(round.focus.joined(separator: ", "))")
        }
        lines.append("")
        lines.append("Onboarding\(profile.onboarding.businessDays ? " (business days)" : ""):")
        for milestone in profile.onboarding.milestones {
            var line = "  day \(milestone.dueDay): \(milestone.id) [\(milestone.owner.rawValue)] \(milestone.title)"
            if !milestone.after.isEmpty { line += " (after \(milestone.after.joined(separator: ", ")))" }
            lines.append(line)
        }
        lines.append("")
        lines.append("Check-in questions\(profile.checkIn == nil ? " (the default monthly review)" : ""):")
        for question in profile.checkInQuestions { lines.append("  \(question.id): \(question.question)") }
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}

import Foundation
