/// The rules a scorecard must pass before it is recorded. Every problem is reported, located
/// at the form's line and column when the scorecard came from a form.
///
/// - Ratings are whole levels of the role's scale, or `n/a`.
/// - Every focus competency of the round is rated, or `n/a` with a skip reason.
/// - Competencies outside the round's focus are refused unless extras are allowed.
/// - The recommendation is one of strong-no, no, yes, strong-yes.
/// - Evidence is required for the scale's lowest and highest levels.
/// - The interviewer must be scheduled for the round, unless unscheduled scorecards are allowed.
/// - One scorecard per interviewer, candidate and round: changes are amendments.
/// - The form must be for the candidate's role and role version.
public enum ScorecardValidator {
    /// Facts from the workspace the rules depend on.
    public struct Context: Sendable {
        /// The role and version the candidate is assessed against.
        public var roleId: String
        public var roleVersion: Int
        public var profile: RoleProfile
        /// Whether the interviewer is scheduled for the round with this candidate.
        public var isScheduled: Bool
        /// The id of the interviewer's existing scorecard for this candidate and round, if any.
        public var existingScorecard: Int64?
        /// The interviewer's id, for messages.
        public var interviewerId: Int64

        public init(roleId: String, roleVersion: Int, profile: RoleProfile, isScheduled: Bool, existingScorecard: Int64?, interviewerId: Int64) {
            self.roleId = roleId
            self.roleVersion = roleVersion
            self.profile = profile
            self.isScheduled = isScheduled
            self.existingScorecard = existingScorecard
            self.interviewerId = interviewerId
        }
    }

    /// How strict to be.
    public struct Options: Sendable, Hashable {
        /// Accept ratings of competencies outside the round's focus (`--allow-extra`).
        public var allowExtra: Bool
        /// Accept an interviewer who was not scheduled for the round (`--unscheduled`).
        public var unscheduled: Bool

        public init(allowExtra: Bool = false, unscheduled: Bool = false) {
            self.allowExtra = allowExtra
            self.unscheduled = unscheduled
        }
    }

    /// The checked ratings and recommendation of a valid draft.
    public struct Checked: Sendable, Hashable {
        public var ratings: [(competencyId: String, value: Double?, skipReason: String?, evidence: String?)] {
            entries.map { ($0.competencyId, $0.value, $0.skipReason, $0.evidence) }
        }
        var entries: [Entry]
        public var recommendation: Recommendation

        struct Entry: Sendable, Hashable {
            var competencyId: String
            var value: Double?
            var skipReason: String?
            var evidence: String?
        }
    }

    /// Checks a draft; `checked` is `nil` when any error was found.
    public static func validate(_ draft: ScorecardDraft, context: Context, options: Options = Options()) -> (checked: Checked?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let profile = context.profile
        if let roleId = draft.roleId, roleId != context.roleId || (draft.roleVersion.map { $0 != context.roleVersion } ?? false) {
            let written = "\(roleId)\(draft.roleVersion.map { " version \($0)" } ?? "")"
            diagnostics.append(draft.diagnostic(
                "this form is for \(written), but the candidate is assessed against \(context.roleId) version \(context.roleVersion)",
                atField: "role", remedy: .newScorecardForm))
            return (nil, diagnostics)
        }
        guard let round = profile.round(draft.round) else {
            let ids = profile.interviewPlan.map(\.id)
            var message = "unknown round '\(draft.round)' for role \(profile.id)"
            message += Suggestion.didYouMean(draft.round, in: ids)
            message += " (rounds: \(ids.joined(separator: ", ")))"
            diagnostics.append(draft.diagnostic(message, atField: "round"))
            return (nil, diagnostics)
        }
        if let existing = context.existingScorecard {
            diagnostics.append(draft.diagnostic(
                "interviewer \(context.interviewerId) already submitted scorecard \(existing) for this candidate in round '\(round.id)'",
                atField: "round", remedy: .amendScorecard(existing)))
        }
        if !context.isScheduled && !options.unscheduled {
            diagnostics.append(draft.diagnostic(
                "interviewer \(context.interviewerId) is not scheduled for round '\(round.id)' with this candidate",
                atField: "interviewer", remedy: .scheduleOrAllowUnscheduled))
        }
        let scale = profile.scale
        let scaleText = "\(scale.min) to \(scale.max)"
        var entries: [Checked.Entry] = []
        var seen: Set<String> = []
        for rating in draft.ratings {
            let id = rating.competencyId
            let at = rating.location ?? draft.locations["ratings"]
            guard let competency = profile.competency(id) else {
                var message = "unknown competency '\(id)' for role \(profile.id)"
                message += Suggestion.didYouMean(id, in: round.focus + profile.competencies.map(\.id))
                diagnostics.append(draft.diagnostic(.error, message, at: at))
                continue
            }
            guard seen.insert(id).inserted else {
                diagnostics.append(draft.diagnostic(.error, "competency '\(id)' is rated more than once", at: at))
                continue
            }
            if !round.focus.contains(id) && !options.allowExtra {
                diagnostics.append(draft.diagnostic(
                    .error,
                    "competency '\(id)' is not in the focus of round '\(round.id)' (\(round.focus.joined(separator: ", ")))",
                    at: at, remedy: .removeOrAllowExtra))
                continue
            }
            switch rating.value {
            case .invalid(let text):
                diagnostics.append(draft.diagnostic(.error, "rating '\(text)' for '\(id)' must be a whole number from \(scaleText), or n/a", at: at))
            case .level(let value):
                if value != value.rounded() || !scale.contains(value) {
                    diagnostics.append(draft.diagnostic(
                        .error, "rating \(value.plainText) for '\(id)' is outside the scale: use a whole number from \(scaleText), or n/a", at: at))
                } else if rating.skipReason != nil {
                    diagnostics.append(draft.diagnostic(.error, "'\(id)' has both a rating and a skip_reason; keep one", at: at))
                } else if (value == Double(scale.min) || value == Double(scale.max)) && rating.evidence == nil {
                    diagnostics.append(draft.diagnostic(
                        .error, "rating \(value.plainText) for '\(id)' is at the end of the scale: give the evidence (what the candidate said or did)", at: at))
                } else {
                    entries.append(.init(competencyId: competency.id, value: value, skipReason: nil, evidence: rating.evidence))
                }
            case .notApplicable, .blank:
                if let reason = rating.skipReason {
                    entries.append(.init(competencyId: competency.id, value: nil, skipReason: reason, evidence: rating.evidence))
                } else if rating.value == .blank {
                    diagnostics.append(draft.diagnostic(
                        .error, "'\(id)' is not rated: give a rating from \(scaleText), or n/a with a skip_reason", at: at))
                } else {
                    diagnostics.append(draft.diagnostic(.error, "'\(id)' is n/a: say why in skip_reason", at: at))
                }
            }
        }
        for id in round.focus where !draft.ratings.contains(where: { $0.competencyId == id }) {
            diagnostics.append(draft.diagnostic(
                "focus competency '\(id)' of round '\(round.id)' is missing: rate it, or n/a with a skip reason", atField: "ratings"))
        }
        var recommendation: Recommendation?
        if let text = draft.recommendation {
            recommendation = Recommendation(rawValue: text.lowercased())
            if recommendation == nil {
                diagnostics.append(draft.diagnostic("recommendation '\(text)' must be one of \(Recommendation.choices)", atField: "recommendation"))
            }
        } else {
            diagnostics.append(draft.diagnostic("missing recommendation: one of \(Recommendation.choices)", atField: "recommendation"))
        }
        guard let recommendation, !diagnostics.containsErrors else { return (nil, diagnostics) }
        return (Checked(entries: entries, recommendation: recommendation), diagnostics)
    }

}
