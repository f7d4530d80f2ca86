import Foundation
import Hummingbird
import HireKit

/// `GET /api/v1/candidates/{id}/decisions` and `POST` to the same path: hire (start date,
/// manager; an override reason when a must-have fails or scorecards are incomplete) or reject
/// (a reason), by the opening's hiring manager or an admin. A hire starts the ramp plan.
struct DecisionsAPI {
    let services: HireServices

    struct DecisionBody: Encodable {
        var id: Int64
        var candidateId: Int64
        var kind: DecisionKind
        var reason: String?
        var override: String?
        var startDate: CalendarDate?
        var managerId: Int64?
        var lateStartReason: String?
        var at: Date

        init(_ decision: Decision) {
            (id, candidateId, kind, reason, override) = (decision.id!, decision.candidateId, decision.kind, decision.reason, decision.override)
            (startDate, managerId, lateStartReason, at) = (decision.startDate, decision.managerId, decision.lateStartReason, decision.at)
        }
    }

    struct DecisionInput: Decodable {
        var kind: DecisionKind
        var reason: String?
        var override: String?
        var startDate: CalendarDate?
        var manager: Int64?
        var businessDays: Bool?
        var lateStartReason: String?

        enum CodingKeys: String, CodingKey {
            case kind, reason, override, manager
            case startDate = "start_date"
            case businessDays = "business_days"
            case lateStartReason = "late_start_reason"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            kind = try container.decode(DecisionKind.self, forKey: .kind)
            reason = try container.optional(String.self, .reason)
            override = try container.optional(String.self, .override)
            startDate = try container.optional(CalendarDate.self, .startDate)
            manager = try container.optional(Int64.self, .manager)
            businessDays = try container.optional(Bool.self, .businessDays)
            lateStartReason = try container.optional(String.self, .lateStartReason)
        }
    }

    func add(to group: RouterGroup<HireRequestContext>) {
        group.get("candidates/{id}/decisions", use: list)
        group.post("candidates/{id}/decisions", use: decide)
    }

    @Sendable func list(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try APIQuery.candidateID(context)
        let decisions = try await services.run { workspace in
            _ = try workspace.candidates.get(id, as: actor)
            return try workspace.decisions.list(candidate: id)
        }
        return try APIJSON.response(["decisions": decisions.map(DecisionBody.init)])
    }

    @Sendable func decide(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try APIQuery.candidateID(context)
        var request = request
        let (input, body) = try await APIJSON.decode(DecisionInput.self, from: &request)
        let now = services.now
        return try await Idempotency(services: services, request: request, context: context, body: body, candidate: id.rawValue).respond {
            var decision = DecisionRequest(
                candidate: id, kind: input.kind, reason: input.reason, override: input.override, startDate: input.startDate,
                manager: input.manager.map { PersonID($0) }, at: now, businessDays: input.businessDays)
            decision.lateStartReason = input.lateStartReason
            let request = decision
            let made = try await services.run { try $0.decisions.decide(request, actor: actor) }
            return try APIReply(DecisionBody(made), status: .created)
        }
    }
}
