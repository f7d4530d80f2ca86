import HireKit

/// The text form of what the feeds said about a candidate, for `hire candidate show`.
enum ImportedProfileText {
    static func lines(_ profile: ImportedProfile, primaryEmail: String?, primaryPhone: String?, opening: String? = nil) -> [String] {
        let format = FeedFormat(rawValue: profile.format)?.title ?? profile.format
        var lines = ["From the feed (\(format)):"]
        let otherContacts = profile.emails.filter { $0 != primaryEmail } + profile.phones.filter { $0 != primaryPhone }
        if !otherContacts.isEmpty { lines.append("  Also reachable: \(otherContacts.joined(separator: ", "))") }
        if !profile.appliedPositions.isEmpty {
            let positions = profile.appliedPositions.map { position in
                position.positionId
                    + (position.positionId == opening ? " (their opening)" : position.matchedOpening ? "" : " (not an opening here)")
            }
            lines.append("  Applied for: \(positions.joined(separator: ", "))")
        }
        if let relationship = profile.supplierRelationship { lines.append("  Supplied as: \(relationship)") }
        if !profile.employment.isEmpty {
            lines.append("  Employment:")
            lines += profile.employment.map { "    \($0.titleAndEmployer)\($0.period.map { " (\($0))" } ?? "")" }
        }
        if !profile.education.isEmpty {
            lines.append("  Education:")
            lines += profile.education.map { "    \($0.summary)" }
        }
        if !profile.competencies.isEmpty {
            lines.append("  Competencies:")
            for competency in profile.competencies {
                var line = "    \(competency.label)"
                if let weight = competency.weightSummary { line += " [\(weight)]" }
                let evidence = competency.evidenceSummaries
                if !evidence.isEmpty { line += ": " + evidence.joined(separator: "; ") }
                lines.append(line)
            }
        }
        return lines
    }
}
