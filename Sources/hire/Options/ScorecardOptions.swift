import ArgumentParser
import Foundation
import HireKit

/// `--rate`, `--evidence`, `--skip`, `--recommend`, `--notes`: a scorecard's contents as flags.
struct RatingOptions: ParsableArguments {
    @Option(name: .customLong("rate"), help: ArgumentHelp("A rating, COMPETENCY=LEVEL or COMPETENCY=n/a (repeatable).", valueName: "competency=level"))
    var rate: [String] = []

    @Option(help: ArgumentHelp("What the candidate said or did, COMPETENCY=TEXT (repeatable).", valueName: "competency=text"))
    var evidence: [String] = []

    @Option(help: ArgumentHelp("Not assessed, COMPETENCY=REASON (repeatable); the rating is n/a.", valueName: "competency=reason"))
    var skip: [String] = []

    @Option(help: "Overall recommendation: strong-no, no, yes or strong-yes.")
    var recommend: String?

    @Option(help: "Free-text notes.")
    var notes: String?

    var isEmpty: Bool { rate.isEmpty && evidence.isEmpty && skip.isEmpty && recommend == nil && notes == nil }

    static func pairs(_ values: [String], _ flag: String) throws -> [(String, String)] {
        try values.map { value in
            guard let equals = value.firstIndex(of: "="), equals != value.startIndex else {
                throw ValidationError("--\(flag) takes COMPETENCY=VALUE, not '\(value)'")
            }
            return (value[..<equals].trimmingCharacters(in: .whitespaces), String(value[value.index(after: equals)...]))
        }
    }

    /// Per-competency changes in the order first named.
    func changes() throws -> [RatingChange] {
        var order: [String] = []
        var changes: [String: RatingChange] = [:]
        func change(_ id: String, _ update: (inout RatingChange) -> Void) {
            if changes[id] == nil { order.append(id) }
            var value = changes[id] ?? RatingChange(competencyId: id)
            update(&value)
            changes[id] = value
        }
        for (id, text) in try Self.pairs(rate, "rate") {
            if changes[id]?.value != nil { throw ValidationError("--rate \(id) is given twice") }
            change(id) { $0.value = RatingInput(text: text) }
        }
        for (id, text) in try Self.pairs(evidence, "evidence") { change(id) { $0.evidence = text.isEmpty ? nil : text } }
        for (id, text) in try Self.pairs(skip, "skip") { change(id) { $0.skipReason = text.isEmpty ? nil : text } }
        return order.map { changes[$0]! }
    }

    /// Ratings for a new scorecard: a competency only skipped is n/a; one with only evidence is unrated.
    func drafts() throws -> [RatingDraft] {
        try changes().map { change in
            RatingDraft(competencyId: change.competencyId, value: change.value ?? .blank, evidence: change.evidence, skipReason: change.skipReason)
        }
    }
}

/// Dates and times on the command line.
enum DateArgument {
    /// `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD HH:MM`, in local time.
    static func parse(_ text: String, flag: String) throws -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for pattern in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"] {
            if let date = DateFormatting.date(trimmed, pattern: pattern, in: .current), CalendarDate(given: String(trimmed.prefix(10))) != nil {
                return date
            }
        }
        let day = String(trimmed.prefix(10))
        let impossible = day.range(of: #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, options: .regularExpression) != nil && CalendarDate(day) == nil
        throw ValidationError(
            (impossible ? "\(flag): no such day on the calendar (\(day)); give " : "\(flag) must be ")
                + "\(CalendarDate.givenFormat), or a time YYYY-MM-DDTHH:MM, not '\(text)'")
    }

    /// A calendar day `YYYY-MM-DD`, the parser of every `CalendarDate` option
    /// (`@Option(..., transform: DateArgument.calendarDate)`): only dates in
    /// ``CalendarDate/plausibleYears``, with an error that says the form and the range.
    @Sendable static func calendarDate(_ text: String) throws -> CalendarDate {
        if let date = CalendarDate(given: text) { return date }
        if let date = CalendarDate(text) { throw ValidationError("\(date) is outside the dates Hire accepts: give \(CalendarDate.givenFormat)") }
        let shaped = text.trimmingCharacters(in: .whitespaces).range(of: #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, options: .regularExpression) != nil
        throw ValidationError((shaped ? "no such day on the calendar: " : "") + "give \(CalendarDate.givenFormat)")
    }

    /// A calendar day `YYYY-MM-DD`.
    static func day(_ text: String, flag: String) throws -> Date {
        guard Workspace.isCalendarDay(text) else { throw ValidationError("\(flag) must be \(CalendarDate.givenFormat), not '\(text)'") }
        return try parse(text, flag: flag)
    }
}
