import Foundation
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: admins' sessions and backup pages")
struct AdminToolRouteTests {
    static let others: Set<String> = ["ida", "jo", "kim", "rae", "max", "nia", "ola"]
    static let matrix: RouteMatrix = [("/admin/sessions", ["ada"], others), ("/admin/backup", ["ada"], others)]

    @Test("admins only: others are refused with 403 and change nothing; not signed in goes to /login")
    func routeMatrix() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var anonymous = Browser(client)
                try await anonymous.expectSignInRequired(Self.matrix.map(\.uri))
                try await Browser.eachPerson(client, checking: Self.matrix) { short, browser in
                    guard short != "ada" else { return }
                    #expect(try await browser.post("/admin/sessions/1/end").status == .forbidden, "\(short)")
                    let backup = try await browser.post("/admin/backup")
                    #expect(backup.status == .forbidden && !backup.body.hasPrefix("SQLite"), "\(short)")
                }
            }
            let actions = try fixture.workspace.audit.events(as: "owner").map(\.action)
            #expect(!actions.contains(AuditAction.sessionsEnd.rawValue) && !actions.contains(AuditAction.workspaceBackup.rawValue))
        }
    }

    @Test("live sessions per person without ids; ending a person's sessions signs them out, audited as the admin")
    func sessions() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var ida = Browser(client)
                try await ida.signIn("ida@example.com")
                var idaElsewhere = Browser(client)
                try await idaElsewhere.signIn("ida@example.com")
                var ada = Browser(client)
                try await ada.signIn("ada@example.com")
                #expect(try await ada.get("/admin/users").body.contains(#"href="/admin/sessions""#))
                let page = try await ada.get("/admin/sessions")
                #expect(page.status == .ok && page.body.contains("<th scope=\"row\">Ida One</th><td>2</td>") && page.body.contains("Ada Six"))
                for secret in Array(ida.cookies.values) + Array(idaElsewhere.cookies.values) + Array(ada.cookies.values) { #expect(!page.body.contains(secret)) }
                let ended = try await ada.post("/admin/sessions/1/end")
                #expect(ended.status == .seeOther && ended.location == "/admin/sessions?ended=2")
                #expect(try await ada.get("/admin/sessions?ended=2").body.contains("Ended 2 sessions."))
                let out = try await ida.get("/interviews")
                #expect(out.status == .seeOther && out.location == "/login")
                #expect(try await ada.get("/interviews").status == .ok)
            }
            let audit = try fixture.workspace.audit.events(as: "owner").last { $0.action == AuditAction.sessionsEnd.rawValue }
            #expect(audit?.actor == "person 6" && audit?.subject == "person 1")
        }
    }

    @Test("the backup downloads as an attachment: a consistent workspace copy, audited, no temporary copy left behind")
    func backup() async throws {
        try await ServerFixture.with { fixture in
            let temporary = FileManager.default.temporaryDirectory.path
            func leftovers() throws -> Set<String> {
                Set(try FileManager.default.contentsOfDirectory(atPath: temporary).filter { $0.hasPrefix("hire-backup-") })
            }
            let before = try leftovers()
            try await fixture.test { client in
                var ada = Browser(client)
                try await ada.signIn("ada@example.com")
                let page = try await ada.get("/admin/backup")
                #expect(page.status == .ok && page.body.contains(#"action="/admin/backup""#))
                let download = try await ada.post("/admin/backup")
                #expect(download.status == .ok && download.response.headers[.contentType] == "application/vnd.sqlite3")
                #expect(download.response.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"hire-backup-") == true)
                let bytes = Data(download.response.body.readableBytesView)
                #expect(bytes.starts(with: Array("SQLite format 3".utf8)))
                let copy = fixture.folder.path("copy.sqlite")
                try bytes.write(to: URL(fileURLWithPath: copy))
                let restored = try Workspace.open(at: copy, readOnly: true)
                #expect(try restored.candidates.list().count == 2)
            }
            #expect(try leftovers().subtracting(before).isEmpty)
            let audit = try fixture.workspace.audit.events(as: "owner").last { $0.action == AuditAction.workspaceBackup.rawValue }
            #expect(audit?.actor == "person 6")
        }
    }
}
