import Foundation
import Hummingbird
import HireKit

/// `GET /api/v1/interviews` (the token's person's interviews, owed scorecards first) and
/// `POST /api/v1/interviews` (schedule one: recruiters, hiring managers, admins).
struct InterviewsAPI {
    let services: HireServices

    struct InterviewBody: Encodable {
        var id: Int64
        var candidateId: Int64
        /// The candidate's name and the round's, in lists.
        var candidate: String?
        var round: String
        var roundName: String?
        var interviewerId: Int64
        var at: Date?
        var durationMinutes: Int
        /// The scorecard submitted for it, if any.
        var scorecardId: Int64?
    }

    struct Scheduling: Decodable {
        var candidate: Int64
        var round: String
        var interviewer: Int64
        var at: Date?
        var durationMinutes: Int?
        var allowOverlap: Bool?

        enum CodingKeys: String, CodingKey {
            case candidate, round, interviewer, at
            case durationMinutes = "duration_minutes"
            case allowOverlap = "allow_overlap"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            candidate = try container.decode(Int64.self, forKey: .candidate)
            round = try container.decode(String.self, forKey: .round)
            interviewer = try container.decode(Int64.self, forKey: .interviewer)
            if let text = try container.optional(String.self, .at) {
                guard let date = try? Date(text, strategy: .iso8601) else {
                    throw DecodingError.dataCorruptedError(forKey: .at, in: container, debugDescription: "give an ISO 8601 time with its offset, such as 2026-12-07T09:00:00Z or 2026-12-07T09:00:00+01:00")
                }
                at = date
            }
            durationMinutes = try container.optional(Int.self, .durationMinutes)
            allowOverlap = try container.optional(Bool.self, .allowOverlap)
        }
    }

    func add(to group: RouterGroup<HireRequestContext>) {
        group.get("interviews", use: mine)
        group.post("interviews", use: schedule)
    }

    @Sendable func mine(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let now = services.now
        let interviews = try await services.run { try $0.interviews.mine(as: actor, now: now) }
        return try APIJSON.response(["interviews": interviews.map(Self.body)])
    }

    @Sendable func schedule(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        var request = request
        let (scheduling, body) = try await APIJSON.decode(Scheduling.self, from: &request)
        return try await Idempotency(services: services, request: request, context: context, body: body, candidate: scheduling.candidate).respond {
            let interview = try await services.run { workspace in
                try workspace.interviews.schedule(
                    candidate: CandidateID(scheduling.candidate), round: scheduling.round, interviewer: PersonID(scheduling.interviewer),
                    at: scheduling.at, duration: scheduling.durationMinutes ?? Interview.defaultDuration,
                    allowOverlap: scheduling.allowOverlap ?? false, actor: actor)
            }
            return try APIReply(
                InterviewBody(
                    id: interview.id!, candidateId: interview.candidateId, candidate: nil, round: interview.roundId, roundName: nil,
                    interviewerId: interview.interviewerId, at: interview.at, durationMinutes: interview.durationMinutes, scorecardId: nil),
                status: .created)
        }
    }

    static func body(_ assignment: InterviewAssignment) -> InterviewBody {
        let interview = assignment.interview
        return InterviewBody(
            id: interview.id!, candidateId: interview.candidateId, candidate: assignment.candidateName, round: interview.roundId,
            roundName: assignment.roundName, interviewerId: interview.interviewerId, at: interview.at, durationMinutes: interview.durationMinutes,
            scorecardId: assignment.scorecardId)
    }
}
