import Foundation
import HireServer
import Hummingbird
import HummingbirdTesting

/// A browser without JavaScript over a test client: keeps cookies, posts forms with the
/// CSRF token of the last page it read.
struct Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    /// The `csrf_token` of the last page read.
    var csrfToken: String?
    /// Headers sent with every request (an `X-Forwarded-For`, say).
    var headers: HTTPFields = [:]

    init(_ client: any TestClientProtocol) { self.client = client }

    /// A response and its body as text.
    struct Page {
        var response: TestResponse
        var body: String
        var status: HTTPResponse.Status { response.status }
        var location: String? { response.headers[.location] }
        var setCookies: [String] { response.headers[values: .setCookie] }
    }

    mutating func get(_ uri: String) async throws -> Page {
        try await send(uri, method: .get, body: nil)
    }

    /// Posts a form; the page's CSRF token is added unless `csrf` overrides it (`nil` field when `""`).
    mutating func post(_ uri: String, _ fields: [(String, String)] = [], csrf: String? = nil) async throws -> Page {
        var fields = fields
        let token = csrf ?? csrfToken ?? ""
        if !token.isEmpty { fields.append(("csrf_token", token)) }
        return try await send(uri, method: .post, body: FormData.encode(fields))
    }

    /// Signs in through the form; returns the answer to the post.
    @discardableResult
    mutating func signIn(_ email: String, password: String = ServerFixture.password) async throws -> Page {
        _ = try await get("/login")
        return try await post("/login", [("email", email), ("password", password)])
    }

    mutating func send(
        _ uri: String, method: HTTPRequest.Method, body: String?, contentType: String = "application/x-www-form-urlencoded"
    ) async throws -> Page {
        var headers = self.headers
        if !cookies.isEmpty { headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if body != nil { headers[.contentType] = contentType }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        let page = Page(response: response, body: String(buffer: response.body))
        for header in page.setCookies {
            let pair = header.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let (name, value) = (String(pair[0]), pair.count > 1 ? String(pair[1]) : "")
            if value.isEmpty || header.lowercased().contains("max-age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        if let range = page.body.range(of: #"name="csrf_token" value=""#) {
            csrfToken = String(page.body[range.upperBound...].prefix { $0 != "\"" })
        }
        return page
    }
}
