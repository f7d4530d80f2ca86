import Foundation
import Hummingbird
import HireKit

/// `GET /api/v1/ramp/{id}/checkins` (a new hire's check-ins, oldest first) and
/// `POST /api/v1/ramp/{id}/checkins` (record one, as `hire checkin add` does: its manager, mentor
/// or an admin). The body's names are the command's: `on`, `notes`, `observe` (competency id to a
/// rating on the role's anchored scale), `answer` (check-in question id to text) and the monthly
/// review's `results`, `new_opportunities`, `progress`, `forecast`, `next_steps`.
struct CheckInsAPI {
    let services: HireServices

    struct CheckInBody: Encodable {
        var id: Int64
        var on: CalendarDate
        var notes: String?
        /// Competency id to rating.
        var observe: [String: Double]
        /// Question id to answer, the monthly review's included.
        var answer: [String: String]

        init(_ detail: CheckInDetail) {
            id = detail.checkIn.id!
            on = detail.checkIn.on
            notes = detail.checkIn.notes
            observe = Dictionary(detail.observations.map { ($0.competencyId, $0.rating) }, uniquingKeysWith: { _, last in last })
            answer = Dictionary(detail.checkIn.review.map { ($0.id, $0.answer) }, uniquingKeysWith: { _, last in last })
        }
    }

    struct NewBody: Decodable {
        var on: String
        var notes: String?
        var observe: [String: Double]?
        var answer: [String: String]?
        var results, newOpportunities, progress, forecast, nextSteps: String?

        enum CodingKeys: String, CodingKey {
            case on, notes, observe, answer, results, progress, forecast
            case newOpportunities = "new_opportunities"
            case nextSteps = "next_steps"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            on = try container.decode(String.self, forKey: .on)
            notes = try container.optional(String.self, .notes)
            observe = try container.optional([String: Double].self, .observe)
            answer = try container.optional([String: String].self, .answer)
            results = try container.optional(String.self, .results)
            newOpportunities = try container.optional(String.self, .newOpportunities)
            progress = try container.optional(String.self, .progress)
            forecast = try container.optional(String.self, .forecast)
            nextSteps = try container.optional(String.self, .nextSteps)
        }
    }

    func add(to group: RouterGroup<HireRequestContext>) {
        group.get("ramp/{id}/checkins", use: list)
        group.post("ramp/{id}/checkins", use: add)
    }

    @Sendable func list(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try APIQuery.candidateID(context)
        let now = services.now
        let view = try await services.run { workspace in
            try workspace.onboarding.ramp(id, today: CalendarDate.on(now, in: try workspace.settings.timeZone()), as: actor)
        }
        return try APIJSON.response(["checkins": view.timeline.checkIns.map(CheckInBody.init)])
    }

    @Sendable func add(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try APIQuery.candidateID(context)
        var request = request
        let (new, body) = try await APIJSON.decode(NewBody.self, from: &request)
        guard let on = try MilestonesAPI.date(new.on, "on") else { throw Problem(.unprocessableContent, detail: "'on' is \(CalendarDate.givenFormat)") }
        let checkIn = NewCheckIn(
            on: on, notes: new.notes, observations: new.observe ?? [:], results: new.results, newOpportunities: new.newOpportunities,
            progress: new.progress, forecast: new.forecast, nextSteps: new.nextSteps, answers: new.answer ?? [:])
        let now = services.now
        return try await Idempotency(services: services, request: request, context: context, body: body, candidate: id.rawValue).respond {
            let detail = try await services.run { workspace in
                try workspace.onboarding.checkIn(id, checkIn, today: CalendarDate.on(now, in: try workspace.settings.timeZone()), actor: actor)
            }
            return try APIReply(CheckInBody(detail), status: .created)
        }
    }
}
