import Foundation
import HireKit

/// What an interviewer typed in the scorecard form, kept as typed so a refused form comes back
/// filled in, and turned into the library's ``ScorecardDraft``.
///
/// Fields: `rating.ID` (a level or `n/a`), `evidence.ID`, `skip.ID` (why n/a) for each focus
/// competency, `recommendation`, `notes`.
struct ScorecardEntry {
    struct Rating {
        var competencyId: String
        var value: String
        var evidence: String
        var skipReason: String
    }

    var ratings: [Rating]
    var recommendation: String
    var notes: String

    /// An empty form for the sheet.
    init(sheet: ScorecardSheet) {
        ratings = sheet.competencies.map { Rating(competencyId: $0.id, value: "", evidence: "", skipReason: "") }
        recommendation = ""
        notes = ""
    }

    /// The form as posted.
    init(sheet: ScorecardSheet, form: FormData) {
        ratings = sheet.competencies.map {
            Rating(
                competencyId: $0.id, value: form["rating.\($0.id)"] ?? "", evidence: form["evidence.\($0.id)"] ?? "",
                skipReason: form["skip.\($0.id)"] ?? "")
        }
        recommendation = form["recommendation"] ?? ""
        notes = form["notes"] ?? ""
    }

    /// The form filled in with saved answers (a draft being resumed).
    init(sheet: ScorecardSheet, answers: ScorecardAnswers) {
        ratings = sheet.competencies.map {
            let saved = answers.ratings[$0.id] ?? ScorecardAnswers.Rating()
            return Rating(competencyId: $0.id, value: saved.value, evidence: saved.evidence, skipReason: saved.skipReason)
        }
        recommendation = answers.recommendation
        notes = answers.notes
    }

    /// The answers as typed, for saving a draft.
    var answers: ScorecardAnswers {
        ScorecardAnswers(
            ratings: Dictionary(
                ratings.map { ($0.competencyId, ScorecardAnswers.Rating(value: $0.value, evidence: $0.evidence, skipReason: $0.skipReason)) },
                uniquingKeysWith: { first, _ in first }),
            recommendation: recommendation, notes: notes)
    }

    /// The draft for ``Workspace/submitScorecard(_:readingDiagnostics:options:actor:at:)``.
    ///
    /// The library locates problems at a form's lines; here each field gets a line number of
    /// its own (``Line``), so every problem can be shown next to its field.
    func draft(for sheet: ScorecardSheet) -> ScorecardDraft {
        func clean(_ text: String) -> String? {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        let drafts = ratings.enumerated().map { index, rating in
            let value = RatingInput(text: rating.value)
            return RatingDraft(
                competencyId: rating.competencyId, value: value, evidence: clean(rating.evidence),
                skipReason: value == .notApplicable ? clean(rating.skipReason) : nil,
                location: SourceLocation(line: Line.firstRating + index, column: 1))
        }
        return ScorecardDraft(
            file: "scorecard form", candidate: "\(sheet.interview.candidateId)", roleId: nil, roleVersion: nil,
            round: sheet.interview.roundId, interviewer: "\(sheet.interview.interviewerId)", ratings: drafts,
            recommendation: clean(recommendation), notes: clean(notes),
            locations: ["recommendation": SourceLocation(line: Line.recommendation, column: 1)])
    }

    /// The line numbers standing for the form's fields in diagnostics.
    enum Line {
        static let recommendation = 2
        static let firstRating = 100
    }
}

/// Problems with a posted scorecard, sorted to the field each concerns.
struct ScorecardProblems {
    var byCompetency: [String: [String]] = [:]
    var recommendation: [String] = []
    /// Problems with the form as a whole (already submitted, not scheduled).
    var general: [String] = []

    init() {}

    init(_ diagnostics: [Diagnostic], entry: ScorecardEntry) {
        for diagnostic in diagnostics where diagnostic.isError {
            let message = diagnostic.message.replacingOccurrences(of: "a skip_reason", with: "a reason")
                .replacingOccurrences(of: "skip_reason", with: "the reason").capitalizedFirst
            switch diagnostic.line ?? 0 {
            case ScorecardEntry.Line.recommendation: recommendation.append(message)
            case let line where line >= ScorecardEntry.Line.firstRating && line - ScorecardEntry.Line.firstRating < entry.ratings.count:
                byCompetency[entry.ratings[line - ScorecardEntry.Line.firstRating].competencyId, default: []].append(message)
            default: general.append(message)
            }
        }
    }

    var isEmpty: Bool { byCompetency.isEmpty && recommendation.isEmpty && general.isEmpty }
}
