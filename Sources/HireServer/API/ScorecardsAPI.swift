import Foundation
import Hummingbird
import HireKit

/// `GET /api/v1/candidates/{id}/scorecards` (the panel's latest cards under the blind rule) and
/// `POST` to the same path (submit as the token's person, with the YAML form's field names).
struct ScorecardsAPI {
    let services: HireServices

    /// A submission: the YAML scorecard form's fields, with `ratings` mapping each competency
    /// id to a level or `"n/a"`.
    struct Submission: Decodable {
        var round: String
        var ratings: [String: RatingValue]
        var evidence: [String: String]?
        var skipReasons: [String: String]?
        var recommendation: String?
        var notes: String?

        enum CodingKeys: String, CodingKey {
            case round, ratings, evidence, recommendation, notes
            case skipReasons = "skip_reasons"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            round = try container.decode(String.self, forKey: .round)
            ratings = try container.decode([String: RatingValue].self, forKey: .ratings)
            evidence = try container.optional([String: String].self, .evidence)
            skipReasons = try container.optional([String: String].self, .skipReasons)
            recommendation = try container.optional(String.self, .recommendation)
            notes = try container.optional(String.self, .notes)
        }
    }

    /// A level (a number) or `"n/a"`, as typed.
    struct RatingValue: Decodable {
        var text: String

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                text = number == number.rounded() && abs(number) < 1e9 ? String(Int(number)) : String(number)
            } else {
                text = try container.decode(String.self)
            }
        }
    }

    struct CreatedBody: Encodable {
        var id: Int64
        var candidateId: Int64
        var round: String
        var version: Int
        var recommendation: Recommendation
        var submittedAt: Date
    }

    /// One version of a scorecard.
    struct CardBody: Encodable {
        struct RatingBody: Encodable {
            var competency: String
            /// The level, absent when not applicable.
            var level: Double?
            var skipReason: String?
            var evidence: String?
        }

        var id: Int64
        var candidateId: Int64
        var round: String
        var interviewerId: Int64
        var interviewer: String
        var version: Int
        var recommendation: Recommendation
        var notes: String?
        var submittedAt: Date
        var amendReason: String?
        var ratings: [RatingBody]

        init(_ card: SubmittedScorecard) {
            (id, candidateId, round) = (card.scorecard.id!, card.scorecard.candidateId, card.scorecard.roundId)
            (interviewerId, interviewer, version) = (card.scorecard.interviewerId, card.interviewer, card.scorecard.version)
            (recommendation, notes, submittedAt, amendReason) = (card.scorecard.recommendation, card.scorecard.notes, card.scorecard.submittedAt, card.scorecard.amendReason)
            ratings = card.ratings.map { RatingBody(competency: $0.competencyId, level: $0.value, skipReason: $0.skipReason, evidence: $0.evidence) }
        }
    }

    /// A candidate's cards as the viewer may see them.
    struct ListingBody: Encodable {
        struct Count: Encodable {
            var round: String
            var count: Int
        }

        var candidateId: Int64
        /// Whether the blind rule withholds the panel's cards from the viewer (until they submit theirs).
        var hidden: Bool
        var hiddenCount: Int
        var hiddenByRound: [Count]
        var scorecards: [CardBody]

        init(_ listing: ScorecardListing) {
            candidateId = listing.candidateId
            hidden = listing.hidden
            hiddenCount = listing.hiddenCount
            hiddenByRound = listing.hiddenByRound.sorted { $0.key < $1.key }.map { Count(round: $0.key, count: $0.value) }
            scorecards = listing.scorecards.map(CardBody.init)
        }
    }

    func add(to group: RouterGroup<HireRequestContext>) {
        group.get("candidates/{id}/scorecards", use: list)
        group.post("candidates/{id}/scorecards", use: submit)
    }

    @Sendable func list(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try APIQuery.candidateID(context)
        let listing = try await services.run { try $0.scorecards.list(candidate: id, as: actor) }
        return try APIJSON.response(ListingBody(listing))
    }

    @Sendable func submit(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try APIQuery.candidateID(context)
        var request = request
        let (submission, body) = try await APIJSON.decode(Submission.self, from: &request)
        return try await Idempotency(services: services, request: request, context: context, body: body, candidate: id.rawValue).respond {
            guard let person = actor.personId else { throw Problem(.forbidden, detail: "only a person submits a scorecard", code: "forbidden") }
            let (draft, fields) = Self.draft(submission, candidate: id, interviewer: person)
            let now = services.now
            do {
                let scorecard = try await services.run { try $0.scorecards.submit(draft, actor: actor, at: now) }
                return try APIReply(
                    CreatedBody(
                        id: scorecard.id!, candidateId: scorecard.candidateId, round: scorecard.roundId, version: scorecard.version,
                        recommendation: scorecard.recommendation, submittedAt: scorecard.submittedAt),
                    status: .created, headers: [.location: "/api/v1/scorecards/\(scorecard.id!)"])
            } catch let error as DiagnosticsError {
                // Already submitted: a conflict (amend instead), whatever else the body gets wrong.
                if let submitted = error.diagnostics.first(where: { $0.isError && Self.asksToAmend($0.remedy) }) {
                    var problem = Problem(.conflict, detail: submitted.message, code: "conflict")
                    problem.remedy = submitted.remedy.map(Problem.remedyCode)
                    throw problem
                }
                // The library words fields as the YAML form names them; the body's map is `skip_reasons`.
                var worded = error.diagnostics
                for index in worded.indices {
                    worded[index].message.replace(/skip_reason(?!s)/, with: "skip_reasons")
                }
                throw Problem(DiagnosticsError(worded)) { $0.line.flatMap { fields[$0] } ?? Self.missingCompetency($0.message) }
            }
        }
    }

    static func asksToAmend(_ remedy: Remedy?) -> Bool {
        if case .amendScorecard? = remedy { return true }
        return false
    }

    /// The field of a focus competency left out of `ratings`, which the library reports
    /// without a place (there is no line for what is missing).
    static func missingCompetency(_ message: String) -> String? {
        guard message.hasPrefix("focus competency '"), let end = message.dropFirst(18).firstIndex(of: "'") else { return nil }
        return "ratings.\(message.dropFirst(18)[..<end])"
    }

    /// The library's draft of a submission, and the body field each diagnostic line stands for.
    static func draft(_ submission: Submission, candidate: CandidateID, interviewer: Int64) -> (ScorecardDraft, [Int: String]) {
        func clean(_ text: String?) -> String? {
            let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return trimmed.isEmpty ? nil : trimmed
        }
        var fields = [1: "round", 2: "recommendation", 3: "notes"]
        let ids = submission.ratings.keys.sorted()
        let ratings = ids.enumerated().map { index, competency in
            fields[100 + index] = "ratings.\(competency)"
            let value = RatingInput(text: submission.ratings[competency]!.text)
            return RatingDraft(
                competencyId: competency, value: value, evidence: clean(submission.evidence?[competency]),
                skipReason: clean(submission.skipReasons?[competency]), location: SourceLocation(line: 100 + index, column: 1))
        }
        let draft = ScorecardDraft(
            file: "request body", candidate: "\(candidate)", round: submission.round, interviewer: "\(interviewer)", ratings: ratings,
            recommendation: clean(submission.recommendation), notes: clean(submission.notes),
            locations: [
                "round": SourceLocation(line: 1, column: 1), "recommendation": SourceLocation(line: 2, column: 1),
                "notes": SourceLocation(line: 3, column: 1),
            ])
        return (draft, fields)
    }
}
