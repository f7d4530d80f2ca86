import Foundation
import Hummingbird
import HireKit

/// `GET|POST /interviews/{id}/scorecard/amend`: the interviewer amends their own submitted
/// scorecard with a reason, on the scorecard form filled in with the current version. The
/// library's amend decides (only the interviewer themself; evidence for a changed level).
extension InterviewRoutes {
    @Sendable func amendForm(request: Request, context: HireRequestContext) async throws -> Response {
        let (sheet, timeZone, current) = try await submitted(context)
        return page(
            sheet, entry: ScorecardEntry(sheet: sheet, current: current), problems: ScorecardProblems(), timeZone: timeZone,
            context: context, amend: AmendFields())
    }

    @Sendable func amend(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let (sheet, timeZone, current) = try await submitted(context)
        let entry = ScorecardEntry(sheet: sheet, form: context.form)
        var fields = AmendFields(reason: context.form["reason"] ?? "", keepEvidence: context.form["keep_evidence"] == "yes")
        let amendment = entry.amendment(from: ScorecardEntry(sheet: sheet, current: current), reason: fields.reason, keepEvidence: fields.keepEvidence)
        let (id, now) = (current.scorecard.id!, services.now)
        var problems = ScorecardProblems()
        do {
            _ = try await services.run { try $0.scorecards.amend(ScorecardID(id), amendment, actor: actor, at: now) }
            return .seeOther("/candidates/\(sheet.interview.candidateId)/scorecards?done=amended")
        } catch let error as DiagnosticsError {
            problems = ScorecardProblems(error.diagnostics, entry: entry)
        } catch let error as HireError where error.kind == .invalid || error.kind == .conflict {
            let message = error.message.capitalizedFirst + "."
            if error.remedy == .supply(.reason) { fields.reasonErrors.append(message) } else { problems.general.append(message) }
        }
        return page(sheet, entry: entry, problems: problems, timeZone: timeZone, context: context, status: .unprocessableContent, amend: fields)
    }

    /// The interview's sheet and its latest submitted version; not found when there is none.
    private func submitted(_ context: HireRequestContext) async throws -> (ScorecardSheet, TimeZone, SubmittedScorecard) {
        let actor = try context.signedIn
        let (sheet, timeZone) = try await sheet(context)
        guard let id = sheet.submittedScorecardId else { throw HireError.notFound("no scorecard submitted for interview \(sheet.interview.id!)") }
        let history = try await services.run { try $0.scorecards.history(ScorecardID(id), as: actor) }
        guard let current = history.last(where: { !$0.isSuperseded }) ?? history.last else { throw HireError.notFound("no scorecard \(id)") }
        return (sheet, timeZone, current)
    }
}
