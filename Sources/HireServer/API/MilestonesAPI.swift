import Foundation
import Hummingbird
import HireKit

/// `GET /api/v1/ramp/{id}` (a new hire's plan; each milestone with its `etag`) and
/// `POST /api/v1/ramp/{id}/milestones/{milestone}/complete|waive`, by the milestone's owner,
/// only with `If-Match` naming the milestone as read: a stale change is a 412.
struct MilestonesAPI {
    let services: HireServices

    struct MilestoneBody: Encodable {
        var id: String
        var title: String
        var owner: MilestoneOwner
        var ownerPersonId: Int64?
        var dueDate: CalendarDate
        var state: MilestoneState
        var completedOn: CalendarDate?
        var note: String?
        var reason: String?
        var after: [String]
        var etag: String

        init(_ milestone: RampMilestone) {
            (id, title, owner, ownerPersonId, dueDate) = (milestone.milestoneId, milestone.title, milestone.owner, milestone.ownerPersonId, milestone.dueDate)
            (state, completedOn, note, reason, after) = (milestone.state, milestone.completedOn, milestone.note, milestone.reason, milestone.after)
            etag = ETag.quoted(milestone.revision)
        }
    }

    struct PlanBody: Encodable {
        var candidateId: Int64
        var name: String
        var roleId: String
        var startDate: CalendarDate
        var manager: String
        var mentor: String?
        var focusAreas: [String]
        var rampedOn: CalendarDate?
        var milestones: [MilestoneBody]
    }

    struct Completion: Decodable {
        var on: String?
        var note: String?
        var forceReason: String?
        enum CodingKeys: String, CodingKey {
            case on, note
            case forceReason = "force_reason"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            on = try container.optional(String.self, .on)
            note = try container.optional(String.self, .note)
            forceReason = try container.optional(String.self, .forceReason)
        }
    }

    struct Waiver: Decodable {
        var reason: String
        var on: String?

        enum CodingKeys: String, CodingKey { case reason, on }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            reason = try container.decode(String.self, forKey: .reason)
            on = try container.optional(String.self, .on)
        }
    }

    func add(to group: RouterGroup<HireRequestContext>) {
        group.get("ramp/{id}", use: plan)
        group.post("ramp/{id}/milestones/{milestone}/complete", use: complete)
        group.post("ramp/{id}/milestones/{milestone}/waive", use: waive)
    }

    @Sendable func plan(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let id = try APIQuery.candidateID(context)
        let plan = try await services.run { try $0.onboarding.plan(id, as: actor) }
        return try APIJSON.response(
            PlanBody(
                candidateId: plan.newHire.candidateId, name: plan.name, roleId: plan.newHire.roleId, startDate: plan.newHire.startDate,
                manager: plan.manager, mentor: plan.mentor, focusAreas: plan.focusAreas, rampedOn: plan.newHire.rampedOn,
                milestones: plan.milestones.map(MilestoneBody.init)))
    }

    @Sendable func complete(request: Request, context: HireRequestContext) async throws -> Response {
        try await change(request, context) { workspace, actor, id, milestone, revision, body, today in
            let completion = try JSONDecoder().decode(Completion.self, from: body)
            let on = try Self.date(completion.on, "on") ?? today
            return try workspace.onboarding.complete(
                id, milestone: milestone, on: on, note: completion.note, forceReason: completion.forceReason, today: today,
                expecting: revision, actor: actor)
        } decode: { try await APIJSON.decode(Completion.self, from: &$0).1 }
    }

    @Sendable func waive(request: Request, context: HireRequestContext) async throws -> Response {
        try await change(request, context) { workspace, actor, id, milestone, revision, body, today in
            let waiver = try JSONDecoder().decode(Waiver.self, from: body)
            let on = try Self.date(waiver.on, "on") ?? today
            return try workspace.onboarding.waive(id, milestone: milestone, reason: waiver.reason, on: on, today: today, expecting: revision, actor: actor)
        } decode: { try await APIJSON.decode(Waiver.self, from: &$0).1 }
    }

    /// Reads the body (checked by `decode`), then makes the change as the token's person.
    private func change(
        _ request: Request, _ context: HireRequestContext,
        _ work: @escaping @Sendable (Workspace, Actor, CandidateID, String, String, Data, CalendarDate) throws -> RampMilestone,
        decode: (inout Request) async throws -> Data
    ) async throws -> Response {
        let actor = try context.signedIn
        let id = try APIQuery.candidateID(context)
        guard let milestone = context.parameters.get("milestone"), !milestone.isEmpty, milestone.utf8.count <= 200 else {
            throw HireError.notFound("no milestone")
        }
        let revision = try ETag.required(request)
        var request = request
        let body = try await decode(&request)
        let now = services.now
        return try await Idempotency(services: services, request: request, context: context, body: body, candidate: id.rawValue).respond {
            let changed = try await services.run { workspace in
                let today = CalendarDate.on(now, in: try workspace.settings.timeZone())
                return try work(workspace, actor, id, milestone, revision, body, today)
            }
            return try APIReply(MilestoneBody(changed), headers: [.eTag: ETag.quoted(changed.revision)])
        }
    }

    static func date(_ text: String?, _ field: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(given: text) else { throw Problem(.unprocessableContent, detail: "'\(field)' is \(CalendarDate.givenFormat)") }
        return date
    }
}
