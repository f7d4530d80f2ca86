import Foundation
import Hummingbird
import HireKit

/// Refuses a query parameter that the OpenAPI document does not list for the operation, with a
/// 422 problem naming the ones it reads: a mistyped `?limt=5` would otherwise be ignored, and
/// the caller would take the whole list for the answer to what they asked.
///
/// The parameters are read from the committed document itself, so the API and its document
/// cannot disagree about them.
struct KnownQueryMiddleware: RouterMiddleware {
    typealias Context = HireRequestContext

    /// The query parameters of each operation, by `METHOD /path/{template}`.
    static let known: [String: Set<String>] = queryParameters(of: APIRoutes.document)

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let operation = "\(request.method.rawValue) \(context.endpointPath ?? "")"
        let known = Self.known[operation] ?? []
        for (name, _) in request.uri.queryParameters where !known.contains(String(name)) {
            // The name is echoed only when it looks like one: a stray value may be personal.
            let echoed = name.count <= 40 && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
            let unknown = echoed ? "'\(name)' is not a query parameter of this operation" : "a query parameter is not one of this operation's"
            let reads = known.isEmpty ? "it reads none" : "it reads " + known.sorted().joined(separator: ", ")
            throw Problem(.unprocessableContent, detail: "\(unknown); \(reads)")
        }
        return try await next(request, context)
    }

    /// `in: query` parameters per operation of an OpenAPI document, `$ref`s to
    /// `#/components/parameters/...` followed; path-level parameters apply to every method.
    static func queryParameters(of document: String) -> [String: Set<String>] {
        guard let root = try? JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any],
            let paths = root["paths"] as? [String: [String: Any]]
        else { return [:] }
        let shared = (root["components"] as? [String: Any])?["parameters"] as? [String: [String: Any]] ?? [:]
        func names(_ list: Any?) -> Set<String> {
            let parameters = (list as? [[String: Any]] ?? []).map { parameter -> [String: Any] in
                guard let reference = parameter["$ref"] as? String else { return parameter }
                return shared[String(reference.split(separator: "/").last ?? "")] ?? [:]
            }
            return Set(parameters.filter { $0["in"] as? String == "query" }.compactMap { $0["name"] as? String })
        }
        var known: [String: Set<String>] = [:]
        for (path, item) in paths {
            let common = names(item["parameters"])
            for (method, operation) in item where method != "parameters" {
                known["\(method.uppercased()) \(path)"] = common.union(names((operation as? [String: Any])?["parameters"]))
            }
        }
        return known
    }
}
