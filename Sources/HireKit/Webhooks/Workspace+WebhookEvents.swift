import Foundation
import GRDB

extension Workspace {
    /// `scorecard.submitted`: ids, the round and the candidate's name; never ratings.
    static func announceScorecard(_ db: Database, _ scorecard: Scorecard) throws {
        let candidate = try webhookCandidate(db, scorecard.candidateId)
        var data = candidate.data
        data["scorecardId"] = .number(scorecard.id!)
        data["roundId"] = .text(scorecard.roundId)
        data["interviewerId"] = .number(scorecard.interviewerId)
        try enqueueWebhookEvent(
            db, .scorecardSubmitted, candidate: scorecard.candidateId, data: data, personal: candidate.personal,
            path: "/candidates/\(scorecard.candidateId)/scorecards")
    }

    /// `decision.made`: hire or reject, with ids; the reason only as personal data.
    static func announceDecision(_ db: Database, _ decision: Decision) throws {
        let candidate = try webhookCandidate(db, decision.candidateId)
        var data = candidate.data
        data["decisionId"] = .number(decision.id!)
        data["kind"] = .text(decision.kind.rawValue)
        if let start = decision.startDate { data["startDate"] = .text("\(start)") }
        var personal = candidate.personal
        if let reason = decision.reason { personal["reason"] = .text(reason) }
        try enqueueWebhookEvent(
            db, .decisionMade, candidate: decision.candidateId, data: data, personal: personal, path: "/candidates/\(decision.candidateId)")
    }

    /// `import.finished`: the run's id and counts (no file name: it may name a person).
    static func announceImport(_ db: Database, run: Int64, _ summary: FeedImportSummary) throws {
        try enqueueWebhookEvent(
            db, .importFinished,
            data: [
                "importRunId": .number(run), "imported": .number(Int64(summary.imported)), "updated": .number(Int64(summary.updated)),
                "unchanged": .number(Int64(summary.unchanged)), "merged": .number(Int64(summary.merged)),
                "rejected": .number(Int64(summary.rejected)),
            ])
    }
}
