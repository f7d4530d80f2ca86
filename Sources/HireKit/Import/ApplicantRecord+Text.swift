/// Plain-text phrases for what a feed said about an applicant, shared by `hire candidate show`
/// and the candidate report.
extension ApplicantRecord.Employment {
    /// `Account Executive, Ferrovia Logistics`.
    public var titleAndEmployer: String {
        let text = [title, employer].compactMap { $0 }.joined(separator: ", ")
        return text.isEmpty ? "(no title or employer)" : text
    }

    /// `2022-03 - current`, `2019 - 2021`, or `nil` without dates.
    public var period: String? {
        let finish = current ? "current" : end
        guard start != nil || finish != nil else { return nil }
        return "\(start ?? "?") - \(finish ?? "?")"
    }
}

extension ApplicantRecord.Education {
    /// `BBA, Marketing - Universitat de València (2014)`.
    public var summary: String {
        let degree = [self.degree, major].compactMap { $0 }.joined(separator: ", ")
        let parts = [degree.isEmpty ? nil : degree, school].compactMap { $0 }
        return parts.joined(separator: " - ") + (date.map { " (\($0))" } ?? "")
    }
}

extension ApplicantRecord.Measure {
    /// `4 (1-5)`, `40 (0-100)`, `strong`, `36 Total Months`.
    public var summary: String {
        var text = numeric.map(\.plainText) ?? string ?? ""
        if let minValue, let maxValue { text += " (\(minValue.plainText)-\(maxValue.plainText))" }
        if let description { text += " \(description)" }
        return text
    }
}

extension ApplicantRecord.Competency {
    /// `weight 40 (0-100)`, or `nil` without a weight.
    public var weightSummary: String? { weight.map { "weight \($0.summary)" } }

    /// Each piece of evidence in a phrase: `Agency interview 4 (1-5) last used 2026-01-15`.
    /// Resume parsers repeat the skill as the evidence's name and value: it is said once.
    public var evidenceSummaries: [String] {
        evidence.map { proof in
            let value = proof.value.isEmpty ? nil : proof.value.summary
            let name = proof.name == label ? nil : proof.name
            return [name, value == label || value == name ? nil : value, proof.lastUsed.map { "last used \($0)" }]
                .compactMap { $0 }.joined(separator: " ")
        }.filter { !$0.isEmpty }
    }
}
