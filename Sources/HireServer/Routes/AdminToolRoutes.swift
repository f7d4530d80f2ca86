import Foundation
import Hummingbird
import HireKit

/// Admins' tools: `GET /admin/sessions` (live sessions per person: how many, since when, last
/// seen; no ids or addresses), `POST /admin/sessions/{person}/end` (ends them), `GET /admin/backup`
/// and `POST /admin/backup` (a consistent online backup of the workspace as a download). The
/// library's session service and backup decide (admins only) and audit.
struct AdminToolRoutes {
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("admin/sessions", use: sessions)
        routes.post("admin/sessions/{person}/end", use: endSessions)
        routes.get("admin/backup", use: backupPage)
        routes.post("admin/backup", use: backup)
        return routes
    }

    @Sendable func sessions(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        let (now, limits) = (services.now, services.configuration.sessions)
        let (live, zone) = try await services.run { workspace in
            (try workspace.sessions.live(as: actor, limits: limits, now: now), try workspace.settings.timeZone())
        }
        let ended = request.uri.queryParameters.get("ended", as: Int.self)
        let model: [String: Any] = [
            "people": live.map { person -> [String: Any] in
                [
                    "personId": person.personId, "name": person.name, "count": person.count, "isSelf": person.personId == actor.personId,
                    "since": TimeText.timestamp(person.since, timeZone: zone), "lastSeen": TimeText.timestamp(person.lastSeen, timeZone: zone),
                ]
            },
            "none": live.isEmpty, "ended": ended.map { "Ended \(Counted.text($0, "session"))." } ?? false,
        ]
        return services.pages.render("sessions", title: "Sessions", model, context: context)
    }

    @Sendable func endSessions(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        guard let person = context.parameters.get("person", as: Int64.self).map({ PersonID(rawValue: $0) }) else {
            throw HireError.notFound("no person")
        }
        let ended = try await services.run { try $0.sessions.end(person: person, actor: actor) }
        // Ending one's own sessions signs out: the next page asks to sign in.
        return .seeOther(person.rawValue == actor.personId ? "/login" : "/admin/sessions?ended=\(ended)")
    }

    @Sendable func backupPage(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        try Policy.require(actor, .backup)
        return services.pages.render("backup", title: "Backup", [:], context: context)
    }

    /// Writes the library's online backup to a private temporary folder, opens it, deletes it
    /// (the open file stays readable until closed, and nothing is left behind if the download
    /// stops) and streams it as an attachment.
    @Sendable func backup(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        try Policy.require(actor, .backup)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hire-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("workspace.sqlite").path
        try await services.run { try $0.backup(to: path, actor: actor) }
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        let name = "hire-backup-" + DateFormatting.string(services.now, .minute, in: TimeZone(identifier: "UTC")!)
            .replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: ":", with: "") + ".sqlite"
        let body = ResponseBody(contentLength: size) { writer in
            defer { try? handle.close() }
            while true {
                let chunk = try await blocking { try handle.read(upToCount: 256 * 1024) ?? Data() }
                if chunk.isEmpty { break }
                try await writer.write(ByteBuffer(bytes: chunk))
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/vnd.sqlite3", .contentDisposition: "attachment; filename=\"\(name)\"", .cacheControl: "no-store",
            ], body: body)
    }
}
