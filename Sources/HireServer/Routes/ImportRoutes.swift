import Foundation
import Hummingbird
import HireKit

/// Recruiters' feed upload and rejects: `GET /imports` (the upload form), `POST /imports` (a
/// `multipart/form-data` form whose file is streamed to a private temporary file within the
/// configured limit, then imported with the library's importer; the page shows the summary and
/// each set-aside record's line and reason, never its content) and `GET /imports/rejects`
/// (every set-aside record, newest first, by `before` cursor). The library decides who may.
struct ImportRoutes {
    let services: HireServices
    /// Rejects per page.
    static let pageSize = 50

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("imports", use: form)
        routes.post("imports", use: upload)
        routes.get("imports/rejects", use: rejects)
        return routes
    }

    @Sendable func form(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        try Policy.require(actor, .importFeeds)
        return try await formPage(context: context)
    }

    @Sendable func upload(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        // Refuse before reading a byte when the person may not import at all.
        try Policy.require(actor, .importFeeds)
        guard let boundary = MultipartUpload.boundary(contentType: request.headers[.contentType]) else {
            throw HTTPError(.unsupportedMediaType)
        }
        let limit = services.configuration.uploadLimit
        let form: MultipartUpload
        do {
            form = try await MultipartUpload.read(
                request.body, boundary: boundary, fileField: ImportPage.fileField, csrfToken: context.session?.csrfToken,
                limits: .init(fileBytes: limit))
        } catch MultipartUpload.Failure.tooLarge {
            return try await formPage(
                fileError: "The file is larger than \(ImportPage.size(limit)), the most this server accepts: nothing was imported. Import larger feeds with the command line.",
                status: .contentTooLarge, context: context)
        } catch MultipartUpload.Failure.malformed {
            return try await formPage(
                fileError: "The upload could not be read: nothing was imported. Choose the file and send the form again.", status: .badRequest,
                context: context)
        }
        defer { form.upload?.remove() }
        guard let upload = form.upload else {
            return try await formPage(typed: form.fields, fileError: "Choose a feed file to upload.", status: .unprocessableContent, context: context)
        }
        let options = ImportOptions(
            actor: actor, role: form.fields.text("role"), opening: form.fields.text("opening"), source: form.fields.text("source"))
        let path = upload.file.path
        let summary: ImportSummary
        do {
            summary = try await services.run { try $0.imports.run([path], options: options) }
        } catch let error as HireError where error.kind == .invalid || error.kind == .notFound {
            return try await formPage(
                typed: form.fields, problem: error.message.capitalizedFirst + ". Nothing was imported.", status: .unprocessableContent,
                context: context)
        }
        return services.pages.render("import-summary", title: "Feed imported", ImportPage.summary(summary), context: context)
    }

    @Sendable func rejects(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let before = request.uri.queryParameters["before"].flatMap { Int64($0) }
        let (page, timeZone) = try await services.run { workspace in
            (try workspace.imports.rejects(before: before, limit: Self.pageSize, as: actor), try workspace.settings.timeZone())
        }
        return services.pages.render("import-rejects", title: "Rejected records", ImportPage.rejects(page, timeZone: timeZone), context: context)
    }

    private func formPage(
        typed: FormData = FormData(), fileError: String? = nil, problem: String? = nil, status: HTTPResponse.Status = .ok,
        context: HireRequestContext
    ) async throws -> Response {
        let choices = try await services.run { workspace in
            (roles: try workspace.roles.ids(), openings: try workspace.openings.list().map(\.id))
        }
        let model = ImportPage.form(roles: choices.roles, openings: choices.openings, typed: typed, fileError: fileError, problem: problem)
        let title = (fileError ?? problem) == nil ? "Upload an applicant feed" : "Fix the problem: upload an applicant feed"
        return services.pages.render("imports", title: title, model, context: context, status: status)
    }
}
