import HireKit

/// The text form of what the feeds said about a candidate, for `hire candidate show`.
enum ImportedProfileText {
    static func lines(_ profile: ImportedProfile, primaryEmail: String?, primaryPhone: String?) -> [String] {
        let format = FeedFormat(rawValue: profile.format)?.title ?? profile.format
        var lines = ["From the feed (\(format)):"]
        let otherContacts = profile.emails.filter { $0 != primaryEmail } + profile.phones.filter { $0 != primaryPhone }
        if !otherContacts.isEmpty { lines.append("  Also reachable: \(otherContacts.joined(separator: ", "))") }
        if !profile.appliedPositions.isEmpty {
            let positions = profile.appliedPositions.map { $0.positionId + ($0.matchedOpening ? "" : " (not an opening here)") }
            lines.append("  Applied for: \(positions.joined(separator: ", "))")
        }
        if let relationship = profile.supplierRelationship { lines.append("  Supplied as: \(relationship)") }
        if !profile.employment.isEmpty {
            lines.append("  Employment:")
            for job in profile.employment {
                let what = [job.title, job.employer].compactMap { $0 }.joined(separator: ", ")
                lines.append("    \(what.isEmpty ? "(no title or employer)" : what)\(period(job))")
            }
        }
        if !profile.education.isEmpty {
            lines.append("  Education:")
            for school in profile.education {
                let degree = [school.degree, school.major].compactMap { $0 }.joined(separator: ", ")
                let parts = [degree.isEmpty ? nil : degree, school.school].compactMap { $0 }
                lines.append("    \(parts.joined(separator: " - "))\(school.date.map { " (\($0))" } ?? "")")
            }
        }
        if !profile.competencies.isEmpty {
            lines.append("  Competencies:")
            for competency in profile.competencies {
                var line = "    \(competency.label)"
                if let weight = competency.weight { line += " [weight \(measure(weight))]" }
                // Resume parsers repeat the skill as the evidence's name and value: say it once.
                let evidence = competency.evidence.map { proof in
                    let value = proof.value.isEmpty ? nil : measure(proof.value)
                    let name = proof.name == competency.label ? nil : proof.name
                    return [name, value == competency.label || value == name ? nil : value, proof.lastUsed.map { "last used \($0)" }]
                        .compactMap { $0 }.joined(separator: " ")
                }.filter { !$0.isEmpty }
                if !evidence.isEmpty { line += ": " + evidence.joined(separator: "; ") }
                lines.append(line)
            }
        }
        return lines
    }

    /// ` (2022-03 - current)`, ` (2019 - 2021)`, or nothing without dates.
    private static func period(_ job: ApplicantRecord.Employment) -> String {
        let end = job.current ? "current" : job.end
        guard job.start != nil || end != nil else { return "" }
        return " (\(job.start ?? "?") - \(end ?? "?"))"
    }

    /// `4 (1-5)`, `40 (0-100)`, `strong`, `36 Total Months`.
    private static func measure(_ measure: ApplicantRecord.Measure) -> String {
        var text = measure.numeric.map(\.plainText) ?? measure.string ?? ""
        if let minValue = measure.minValue, let maxValue = measure.maxValue {
            text += " (\(minValue.plainText)-\(maxValue.plainText))"
        }
        if let description = measure.description { text += " \(description)" }
        return text
    }
}
