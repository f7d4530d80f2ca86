import Foundation
import HummingbirdTesting

extension Browser {
    /// A part of a `multipart/form-data` body, in the order a browser sends them.
    enum Part {
        case field(String, String)
        case file(String, filename: String, content: String)
    }

    static let boundary = "----hireTestBoundary7MA4YWxkTrZu0gW"

    /// The body a browser sends for `parts`; `closed: false` cuts it before its closing boundary.
    static func multipart(_ parts: [Part], closed: Bool = true) -> String {
        var body = ""
        for part in parts {
            body += "--\(boundary)\r\n"
            switch part {
            case .field(let name, let value):
                body += "Content-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
            case .file(let name, let filename, let content):
                body += "Content-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\nContent-Type: text/xml\r\n\r\n\(content)\r\n"
            }
        }
        return closed ? body + "--\(boundary)--\r\n" : body
    }

    /// Posts `parts` as a file upload form; the page's CSRF token goes first unless `csrf` says
    /// otherwise (`""`: none).
    mutating func upload(_ uri: String, _ parts: [Part], csrf: String? = nil, closed: Bool = true) async throws -> Page {
        let token = csrf ?? csrfToken ?? ""
        let all = (token.isEmpty ? [] : [Part.field("csrf_token", token)]) + parts
        return try await send(uri, method: .post, body: Self.multipart(all, closed: closed), contentType: "multipart/form-data; boundary=\(Self.boundary)")
    }
}
