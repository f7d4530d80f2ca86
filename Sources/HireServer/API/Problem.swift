import Foundation
import Hummingbird
import HireKit

/// An RFC 9457 problem details body (`application/problem+json`): what went wrong, in words
/// and as the library's structured error (its kind, the permission refused, the remedy, and
/// each problem of a refused scorecard with its field).
struct Problem: Error, Encodable, Sendable {
    /// One located problem of a refused request body.
    struct Detail: Encodable, Sendable {
        var field: String?
        var message: String
    }

    var type = "about:blank"
    var title: String
    var status: Int
    var detail: String?
    /// What kind of problem, always given: the library's error kind (`not_found`, `forbidden`,
    /// `invalid`, `conflict`, `workspace`), `stale` for a 412, else named after the status.
    var code: String?
    var permission: String?
    var remedy: String?
    var errors: [Detail]?
    /// Extra headers (`WWW-Authenticate` on a 401).
    var headers: HTTPFields = [:]

    enum CodingKeys: String, CodingKey { case type, title, status, detail, code, permission, remedy, errors }

    static let contentType = "application/problem+json"

    init(_ status: HTTPResponse.Status, detail: String? = nil, code: String? = nil) {
        self.title = status.reasonPhrase
        self.status = status.code
        self.detail = detail
        self.code = code ?? Self.code(status)
    }

    /// The code of a problem the library did not raise, from its status.
    static func code(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: "bad_request"
        case 401: "unauthorized"
        case 403: "forbidden"
        case 404: "not_found"
        case 405: "method_not_allowed"
        case 409: "conflict"
        case 412: "stale"
        case 413: "too_large"
        case 415: "unsupported_media_type"
        case 422: "invalid"
        case 428: "precondition_required"
        case 500..<600: "server_error"
        default: "error"
        }
    }

    /// The problem for a library error. A hidden record reads as not found; a refusal names
    /// the permission, never the record's contents.
    init(_ error: HireError) {
        // A write refused because the record changed since it was read: the precondition failed.
        let status = error.remedy == .reload ? .preconditionFailed : ErrorPageMiddleware.status(of: error)
        self.init(status, detail: error.message, code: error.remedy == .reload ? "stale" : Self.code(error.kind))
        permission = error.permission?.rawValue
        remedy = error.remedy.map(Self.remedyCode)
    }

    /// A remedy as a stable code for scripts: the library's case in snake case, with the field
    /// to supply (`add_opening`, `supply_reason`), never the values it carries (an id, a name).
    static func remedyCode(_ remedy: Remedy) -> String {
        let text = String(describing: remedy)
        var name = String(text.prefix { $0 != "(" })
        let payload = text.dropFirst(name.count).trimmingCharacters(in: CharacterSet(charactersIn: "()"))
        let last = payload.split(separator: ".").last.map(String.init) ?? ""
        if !last.isEmpty, last.allSatisfy(\.isLetter) { name += "_" + last }
        return name.reduce(into: "") { code, character in
            if character.isUppercase { code += "_" + character.lowercased() } else { code.append(character) }
        }
    }

    /// The problem for a refused scorecard or other body: every error with the field it concerns.
    init(_ error: DiagnosticsError, field: (Diagnostic) -> String?) {
        let problems = error.diagnostics.filter(\.isError)
        self.init(.unprocessableContent, detail: problems.first?.message ?? "the request was refused", code: "invalid")
        errors = problems.map { Detail(field: field($0), message: $0.message) }
    }

    static func code(_ kind: HireError.Kind) -> String {
        switch kind {
        case .notFound: "not_found"
        case .forbidden: "forbidden"
        case .invalid: "invalid"
        case .conflict: "conflict"
        case .workspace, .io: "workspace"
        }
    }

    var response: Response {
        var headers = headers
        headers[.contentType] = Self.contentType
        let body = (try? APIJSON.encoder().encode(self)) ?? Data()
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(data: body)))
    }

    /// Any error as a problem: library errors by kind, HTTP errors by status, anything else a
    /// 500 without details (they could hold personal data).
    static func from(_ error: any Error) -> Problem {
        switch error {
        case let problem as Problem: problem
        case let error as HireError: Problem(error)
        case let error as DiagnosticsError: Problem(error, field: { _ in nil })
        case let error as LateStartRefusal: Problem(.unprocessableContent, detail: error.description, code: "invalid")
        case let error as any HTTPResponseError: Problem(error.status)
        default: Problem(.internalServerError)
        }
    }
}

extension Request {
    /// Whether the request is for the JSON API (bearer tokens, problem details, no cookies).
    var isAPI: Bool { uri.path.hasPrefix("/api/") }
}
