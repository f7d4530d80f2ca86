import Foundation
import Hummingbird
import HireKit

/// `GET /api/v1/scorecards/{id}` (the latest version of the card, with its `ETag`) and
/// `POST /api/v1/scorecards/{id}/amendments` (a new version, by the card's own interviewer,
/// only with `If-Match` naming the latest version: a stale amendment is a 412).
struct ScorecardAmendmentsAPI {
    let services: HireServices

    /// An amendment: the changed fields only, and why.
    struct Amendment: Decodable {
        var reason: String
        var ratings: [String: ScorecardsAPI.RatingValue]?
        var evidence: [String: String]?
        var skipReasons: [String: String]?
        var recommendation: String?
        var notes: String?
        var keepEvidence: Bool?

        enum CodingKeys: String, CodingKey {
            case reason, ratings, evidence, recommendation, notes
            case skipReasons = "skip_reasons"
            case keepEvidence = "keep_evidence"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            reason = try container.decode(String.self, forKey: .reason)
            ratings = try container.optional([String: ScorecardsAPI.RatingValue].self, .ratings)
            evidence = try container.optional([String: String].self, .evidence)
            skipReasons = try container.optional([String: String].self, .skipReasons)
            recommendation = try container.optional(String.self, .recommendation)
            notes = try container.optional(String.self, .notes)
            keepEvidence = try container.optional(Bool.self, .keepEvidence)
        }
    }

    func add(to group: RouterGroup<HireRequestContext>) {
        group.get("scorecards/{id}", use: get)
        group.post("scorecards/{id}/amendments", use: amend)
    }

    @Sendable func get(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try Self.scorecardID(context)
        let versions = try await services.run { try $0.scorecards.history(id, as: actor) }
        guard let latest = versions.last else { throw HireError.notFound("no scorecard") }
        return try APIJSON.response(ScorecardsAPI.CardBody(latest), headers: [.eTag: ETag.quoted("\(latest.scorecard.id!)")])
    }

    @Sendable func amend(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try Self.scorecardID(context)
        let expected = try ETag.required(request)
        var request = request
        let (amendment, body) = try await APIJSON.decode(Amendment.self, from: &request)
        return try await Idempotency(services: services, request: request, context: context, body: body).respond {
            guard let version = Int64(expected), version > 0 else {
                throw Problem(.preconditionFailed, detail: "If-Match does not name a version of this scorecard", code: "stale")
            }
            let changes = Set((amendment.ratings ?? [:]).keys).union((amendment.evidence ?? [:]).keys).union((amendment.skipReasons ?? [:]).keys)
                .sorted().map { competency in
                    RatingChange(
                        competencyId: competency, value: amendment.ratings?[competency].map { RatingInput(text: $0.text) },
                        evidence: amendment.evidence?[competency], skipReason: amendment.skipReasons?[competency])
                }
            let change = ScorecardAmendment(
                changes: changes, recommendation: amendment.recommendation, notes: amendment.notes, reason: amendment.reason,
                keepEvidence: amendment.keepEvidence ?? false)
            let now = services.now
            let amended = try await services.run { workspace -> SubmittedScorecard in
                // The version named by If-Match must be the latest of the card in the URL.
                let versions = try workspace.scorecards.history(id, as: actor)
                guard versions.contains(where: { $0.scorecard.id == version }) else {
                    throw Problem(.preconditionFailed, detail: "If-Match does not name a version of this scorecard", code: "stale")
                }
                guard versions.last?.scorecard.id == version else {
                    throw Problem(.preconditionFailed, detail: "the scorecard was amended since that version; read it again", code: "stale")
                }
                let scorecard: Scorecard
                do {
                    scorecard = try workspace.scorecards.amend(ScorecardID(version), change, actor: actor, at: now)
                } catch let error as HireError where error.kind == .conflict {
                    // Amended by someone else between the check and the write.
                    throw Problem(.preconditionFailed, detail: error.message, code: "stale")
                }
                return try workspace.scorecards.history(ScorecardID(scorecard.id!), as: actor).last!
            }
            return try APIReply(ScorecardsAPI.CardBody(amended), status: .created, headers: [.eTag: ETag.quoted("\(amended.scorecard.id!)")])
        }
    }

    static func scorecardID(_ context: HireRequestContext) throws -> ScorecardID {
        guard let text = context.parameters.get("id"), text.allSatisfy(\.isASCII), let id = Int64(text), id > 0 else {
            throw HireError.notFound("no scorecard")
        }
        return ScorecardID(id)
    }
}
