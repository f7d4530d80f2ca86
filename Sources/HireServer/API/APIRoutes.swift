import Hummingbird
import HireKit

/// The JSON API: `/api/v1/...` behind bearer tokens, answering errors as problem details, and
/// its OpenAPI document at `/api/openapi.json` (the committed `API/openapi.json`, embedded).
struct APIRoutes {
    let services: HireServices

    /// The OpenAPI 3.1 document, as committed in the repository.
    static let document = EmbeddedTemplates.files["openapi.json"] ?? "{}"

    func add(to router: Router<HireRequestContext>) {
        router.get("api/openapi.json") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: Self.document)))
        }
        let group = router.group("api/v1").add(middleware: BearerTokenMiddleware(services: services)).add(middleware: KnownQueryMiddleware())
        CandidatesAPI(services: services).add(to: group)
        ScorecardsAPI(services: services).add(to: group)
        SlateAPI(services: services).add(to: group)
        ImportsAPI(services: services).add(to: group)
        RampAPI(services: services).add(to: group)
        ScorecardAmendmentsAPI(services: services).add(to: group)
        MilestonesAPI(services: services).add(to: group)
        CheckInsAPI(services: services).add(to: group)
        DirectoryAPI(services: services).add(to: group)
        InterviewsAPI(services: services).add(to: group)
        DecisionsAPI(services: services).add(to: group)
        AnalysisAPI(services: services).add(to: group)
    }
}
