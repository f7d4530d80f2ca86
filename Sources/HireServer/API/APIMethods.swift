import Foundation
import Hummingbird

/// The methods each API path takes, read from the OpenAPI document, so a request with another
/// method gets 405 and an `Allow` header rather than 404 (the router itself only knows routes).
enum APIMethods {
    /// Path templates (`/api/v1/candidates/{id}`) split into segments, with their methods.
    static let table: [(segments: [Substring], methods: [String])] = {
        guard let data = APIRoutes.document.data(using: .utf8),
            let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let paths = document["paths"] as? [String: [String: Any]]
        else { return [] }
        return paths.map { path, operations in
            (path.split(separator: "/"), operations.keys.map { $0.uppercased() }.sorted())
        }
    }()

    /// The methods `path` takes, empty when no API path matches it.
    static func allowed(for path: String) -> [String] {
        let segments = path.split(separator: "/")
        for entry in table where entry.segments.count == segments.count {
            let matches = zip(entry.segments, segments).allSatisfy { template, segment in
                template.hasPrefix("{") || template == segment
            }
            if matches { return entry.methods }
        }
        return []
    }

    /// The 405 problem for a path that exists with other methods, or `nil`.
    static func notAllowed(_ request: Request) -> Problem? {
        let methods = allowed(for: request.uri.path)
        guard !methods.isEmpty, !methods.contains(request.method.rawValue) else { return nil }
        var problem = Problem(.methodNotAllowed, detail: "this path takes \(methods.joined(separator: ", "))")
        problem.headers[.allow] = methods.joined(separator: ", ")
        return problem
    }
}
