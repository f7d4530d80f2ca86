import Foundation
import Hummingbird
import HireKit
import Mustache

/// The server's HTML pages: the Mustache templates of `Templates/`, embedded in the binary at
/// build time by the EmbedTemplates plugin, rendered into responses.
struct Pages: Sendable {
    private let library: MustacheLibrary

    /// Compiles every embedded template. They ship with the binary, so a parse error is a bug
    /// (the tests render every page).
    init() {
        var library = MustacheLibrary()
        for (file, text) in EmbeddedTemplates.files where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            do { try library.register(text, named: name) } catch { fatalError("template \(file) does not parse: \(error)") }
        }
        self.library = library
    }

    /// The stylesheet every page links to.
    static let stylesheet = EmbeddedTemplates.files["style.css"] ?? ""

    /// Renders `template` inside the layout; the layout reads `title`, the signed-in person and
    /// the session's CSRF token (for the sign-out form) from `context`.
    func render(
        _ template: String, title: String, _ model: [String: Any] = [:], context: HireRequestContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        .page(html(template, title: title, model, context: context), status: status)
    }

    /// The content type of every page.
    static let contentType = "text/html; charset=utf-8"

    /// The page ``render(_:title:_:context:status:)`` answers with, as bytes.
    func html(_ template: String, title: String, _ model: [String: Any] = [:], context: HireRequestContext) -> ByteBuffer {
        var model = model
        model["title"] = title
        if model["csrfToken"] == nil, let token = context.session?.csrfToken { model["csrfToken"] = token }
        if let name = context.personName {
            // The openings link for those the policy lets read slates.
            model["signedIn"] = [
                "name": name, "navOpenings": context.actor.map { Policy.allows($0, .viewSlate) } ?? false,
                "navAdmin": context.actor.map { Policy.allows($0, .grantAccess) } ?? false,
                "navImports": context.actor.map { Policy.allows($0, .importFeeds) } ?? false,
                "navAudit": context.actor.map { Policy.allows($0, .viewAudit) } ?? false,
            ]
        }
        guard let html = library.render(model, withTemplate: template) else { fatalError("no page template '\(template)'") }
        return ByteBuffer(string: html)
    }
}

extension Response {
    /// A page rendered by ``Pages/html(_:title:_:context:)``, as HTML with `status`.
    static func page(_ body: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: Pages.contentType], body: .init(byteBuffer: body))
    }

    /// A `303 See Other` to `location`: where a form post or a page without a session goes next.
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
