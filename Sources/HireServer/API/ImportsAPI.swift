import Crypto
import Foundation
import Hummingbird
import HireKit

/// `POST /api/v1/imports`: an applicant feed (HR-XML 2.x/3.x or HR Open, plain or gzip) as the
/// request body, streamed to a private temporary file and imported with the library's importer;
/// answers with the summary and each rejected record's line and reason (never its content).
/// `?role=`, `?opening=`, `?source=`, `?format=`, `?dry_run=true` as for `hire import`.
struct ImportsAPI {
    let services: HireServices

    struct SummaryBody: Encodable {
        struct Reject: Encodable {
            var line: Int?
            var column: Int?
            var message: String
        }

        var outcome: String
        var dryRun: Bool
        var format: FeedFormat?
        var bytes: Int64
        var records: Int
        var imported: Int
        var updated: Int
        var unchanged: Int
        var merged: Int
        var rejected: Int
        var seconds: Double
        var rejects: [Reject]
        /// Why the document could not be read to its end, if so (what came before was imported).
        var error: Reject?

        init(_ summary: ImportSummary) {
            let file = summary.files.first
            outcome = summary.outcome.rawValue
            dryRun = summary.dryRun
            format = file?.format
            (bytes, records) = (summary.bytes, file?.records ?? 0)
            (imported, updated, unchanged, merged, rejected) = (summary.imported, summary.updated, summary.unchanged, summary.merged, summary.rejected)
            seconds = (summary.seconds * 1000).rounded() / 1000
            let located = { (d: Diagnostic) in Reject(line: d.line, column: d.column, message: d.message) }
            rejects = (file?.diagnostics ?? []).filter { $0 != file?.error }.map(located)
            error = file?.error.map(located)
        }
    }

    func add(to group: RouterGroup<HireRequestContext>) {
        group.post("imports", use: upload)
    }

    @Sendable func upload(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let query = APIQuery(request.uri.queryParameters)
        let format = try query.choice("format", FeedFormat.self)
        let options = ImportOptions(
            actor: actor, format: format, role: try query.value("role"), opening: try query.value("opening"),
            source: try query.value("source"), dryRun: try query.boolean("dry_run") ?? false)
        // Refuse before reading a byte when the person may not import at all.
        try Policy.require(actor, .importFeeds)
        let upload = try UploadFolder()
        defer { upload.remove() }
        var digest = Idempotency.start(request)
        try await upload.write(request.body, limit: services.configuration.uploadLimit, digest: &digest)
        let path = upload.file.path
        return try await Idempotency(services: services, request: request, context: context, digest: digest).respond {
            let summary = try await services.run { try $0.imports.run([path], options: options) }
            if let error = summary.files.first?.error, summary.files.first?.records == 0 {
                // Nothing could be read: a problem, located in the body.
                var problem = Problem(.unprocessableContent, detail: "the feed could not be read: \(error.message)", code: "invalid")
                let place = [error.line.map { "line \($0)" }, error.column.map { "column \($0)" }].compactMap { $0 }.joined(separator: ", ")
                problem.errors = [Problem.Detail(field: "body", message: place.isEmpty ? error.message : "\(place): \(error.message)")]
                throw problem
            }
            return try APIReply(SummaryBody(summary))
        }
    }
}

/// A folder only the server's user may read, holding one uploaded file while it is imported.
struct UploadFolder {
    let folder: URL
    /// Named for the import's records (`importRun.file`): it says where the feed came from.
    var file: URL { folder.appending(path: "upload.xml") }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "hire-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    }

    /// Streams `body` to the file, hashing it; more than `limit` bytes is a 413 problem.
    func write(_ body: RequestBody, limit: Int, digest: inout SHA256) async throws {
        guard FileManager.default.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: file.path)
        else { throw HireError.io("cannot store the upload") }
        defer { try? handle.close() }
        var written = 0
        for try await buffer in body {
            written += buffer.readableBytes
            guard written <= limit else {
                throw Problem(.contentTooLarge, detail: "a feed may have at most \(limit / 1_000_000) MB; import larger ones with the command line")
            }
            buffer.withUnsafeReadableBytes { bytes in
                digest.update(bufferPointer: bytes)
                handle.write(Data(bytes))
            }
        }
        guard written > 0 else { throw Problem(.unprocessableContent, detail: "the request body is empty: send the feed as the body") }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
