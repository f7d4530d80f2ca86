import Hummingbird
import HireKit
import Logging

/// Answers every error with a page (for the JSON API, a ``Problem``): the library's ``HireError`` by kind (not found or hidden
/// 404, forbidden 403, invalid 422, conflict 409), HTTP errors with their status, anything else
/// 500 without details (they could hold personal data).
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = HireRequestContext
    let pages: Pages
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch where request.isAPI {
            if let error = error as? HTTPError, error.status == .notFound, let problem = APIMethods.notAllowed(request) { return problem.response }
            let problem = Problem.from(error)
            if problem.status == 500 { logger.error("request failed", metadata: ["error_type": "\(String(reflecting: type(of: error)))"]) }
            return problem.response
        } catch let error as HireError {
            let status = Self.status(of: error)
            return page(status, message: error.kind == .forbidden ? "You may not do this." : error.message, context: context)
        } catch let error as any HTTPResponseError {
            return page(error.status, message: nil, context: context)
        } catch {
            logger.error("request failed", metadata: ["error_type": "\(String(reflecting: type(of: error)))"])
            return page(.internalServerError, message: nil, context: context)
        }
    }

    /// The HTTP status for a library error.
    static func status(of error: HireError) -> HTTPResponse.Status {
        switch error.kind {
        case .notFound: .notFound
        case .forbidden: .forbidden
        case .invalid: .unprocessableContent
        case .conflict: .conflict
        case .workspace, .io: .serviceUnavailable
        }
    }

    private func page(_ status: HTTPResponse.Status, message: String?, context: Context) -> Response {
        let text: String =
            switch status {
            case .notFound: "There is nothing here, or it is not yours to see."
            case .forbidden: message ?? "You may not do this. If you were filling in a form, reload the page and try again."
            default: message ?? status.reasonPhrase
            }
        return pages.render("error", title: "\(status.code) \(status.reasonPhrase)", ["message": text], context: context, status: status)
    }
}
