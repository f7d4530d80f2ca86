import Foundation
import HireKit
import HireServer
import HireTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: the recruiters' feed upload, rejects list and erasure")
struct RecruiterPagesRouteTests {
    /// Each page's status per person: `ok` 200, `refused` 403, anyone else 404.
    static let matrix: RouteMatrix = [
        ("/imports", ["rae", "ada"], ["ida", "jo", "kim", "max", "nia", "ola"]),
        ("/imports/rejects", ["rae", "ada"], ["ida", "jo", "kim", "max", "nia", "ola"]),
        ("/imports/rejects?before=5", ["rae", "ada"], ["ida", "jo", "kim", "max", "nia", "ola"]),
        // Erasing: those who may know the candidate but not erase are refused.
        ("/candidates/1/erase", ["rae", "ada"], ["ida", "jo", "max"]),
        ("/candidates/2/erase", ["rae", "ada"], ["kim", "max"]),
        ("/candidates/99/erase", [], []),
    ]

    /// A feed of three records, the second without name or email (line 6).
    static let feed = SmallFeed.hrxml2([("Pat Upload", "pat@example.org"), nil, ("Sam Upload", "sam@example.org")])

    @Test("every page for every access role; uploads and erasures refused with nothing written; not signed in goes to /login")
    func routeMatrix() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                try await expectRouteMatrix(Self.matrix, client: client) { browser, short in
                    let header = try await browser.get("/interviews")
                    #expect(header.body.contains(#"<a href="/imports">Import</a>"#) == ["rae", "ada"].contains(short), "\(short)")
                    if !["rae", "ada"].contains(short) {
                        let uploaded = try await browser.upload("/imports", [.file("feed", filename: "feed.xml", content: Self.feed)])
                        #expect(uploaded.status == .forbidden, "\(short)")
                        let erased = try await browser.post("/candidates/1/erase", [("confirm", "Ann Example"), ("reason", "asked")])
                        #expect([.forbidden, .notFound].contains(erased.status), "\(short)")
                    }
                }
            }
            #expect(try fixture.count("importRun") == 0)
            #expect(try fixture.workspace.candidates.get(1).erased == false)
        }
    }

    @Test("a recruiter uploads a feed: the summary and this feed's reject with its line; the rejects list, newest first, never the record's content")
    func uploadAndRejects() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var rae = Browser(client)
                try await rae.signIn("rae@example.com")
                let form = try await rae.get("/imports")
                #expect(form.body.contains(#"enctype="multipart/form-data""#) && form.body.contains(#"<input type="file" id="feed" name="feed""#))
                let csrfFirst = try #require(form.body.range(of: #"name="csrf_token""#, range: form.body.range(of: "action=\"/imports\"")!.upperBound..<form.body.endIndex))
                #expect(csrfFirst.lowerBound < form.body.range(of: #"type="file""#)!.lowerBound)
                let page = try await rae.upload(
                    "/imports", [.field("role", "test-role"), .field("source", "upload test"), .file("feed", filename: "feed.xml", content: Self.feed)])
                #expect(page.status == .ok)
                #expect(page.body.contains("<dt>Imported</dt><dd>2</dd>") && page.body.contains("<dt>Rejected</dt><dd>1</dd>"))
                #expect(page.body.contains("<td>line \(SmallFeed.firstRecordLine + 1)</td>") && page.body.contains("the record has no name and no email"))
                #expect(!page.body.contains("5550"))
                let rejects = try await rae.get("/imports/rejects")
                #expect(rejects.status == .ok && rejects.body.contains("<td>line \(SmallFeed.firstRecordLine + 1)</td>"))
                #expect(rejects.body.contains("<td>upload.xml</td>") && !rejects.body.contains("5550") && !rejects.body.contains("hire-upload-"))
                // Pages of 50, newest first.
                let many = SmallFeed.hrxml2(Array(repeating: nil, count: 55))
                _ = try await rae.get("/imports")
                let second = try await rae.upload("/imports", [.file("feed", filename: "many.xml", content: many)])
                #expect(second.body.contains("<dt>Rejected</dt><dd>55</dd>"))
                let newest = try await rae.get("/imports/rejects")
                #expect(newest.body.contains("<td>line \(SmallFeed.firstRecordLine + 54)</td>") && !newest.body.contains("<td>line \(SmallFeed.firstRecordLine + 1)</td>"))
                let next = try #require(newest.body.range(of: #"<a href="/imports/rejects?before="#))
                let cursor = String(newest.body[next.upperBound...].prefix { $0.isNumber })
                let older = try await rae.get("/imports/rejects?before=\(cursor)")
                #expect(older.body.contains("<td>line \(SmallFeed.firstRecordLine + 1)</td>") && !older.body.contains("rel=\"next\""))
            }
            #expect(try fixture.workspace.candidates.list().map(\.name).contains("Pat Upload"))
            let log = fixture.log.lines.joined(separator: "\n")
            #expect(!log.contains("Pat") && !log.contains("pat@") && !log.contains("5550"))
        }
    }

    @Test("an upload whose CSRF token is wrong, missing or after the file is refused 403 with nothing written")
    func csrfRefused() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var rae = Browser(client)
                try await rae.signIn("rae@example.com")
                _ = try await rae.get("/imports")
                let token = try #require(rae.csrfToken)
                let file = Browser.Part.file("feed", filename: "feed.xml", content: Self.feed)
                #expect(try await rae.upload("/imports", [file], csrf: "forged").status == .forbidden)
                #expect(try await rae.upload("/imports", [file], csrf: "").status == .forbidden)
                #expect(try await rae.upload("/imports", [file, .field("csrf_token", token)], csrf: "").status == .forbidden)
                // Another site's form has no session's token at all.
                var stranger = Browser(client)
                stranger.cookies = rae.cookies.filter { !$0.key.lowercased().contains("csrf") }
                #expect(try await stranger.upload("/imports", [file], csrf: "").status == .forbidden)
                // Uploads go only where a route reads them.
                let elsewhere = try await rae.upload("/candidates", [.field("search", "ann")])
                #expect(elsewhere.status == .unsupportedMediaType)
            }
            #expect(try fixture.count("importRun") == 0)
            #expect(try fixture.workspace.candidates.list().count == 2)
        }
    }

    @Test("an upload over the limit, cut short or malformed is refused by the file field, nothing imported")
    func limitsAndHostileBodies() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test(uploadLimit: 1500) { client in
                var rae = Browser(client)
                try await rae.signIn("rae@example.com")
                _ = try await rae.get("/imports")
                let big = SmallFeed.hrxml2((0..<20).map { ("Person \($0)", "p\($0)@example.org") })
                #expect(big.utf8.count > 1500)
                let over = try await rae.upload("/imports", [.file("feed", filename: "big.xml", content: big)])
                #expect(over.status == .contentTooLarge)
                #expect(over.body.contains(#"id="feed-error" class="error""#) && over.body.contains("larger than 1 KB") && over.body.contains("nothing was imported"))
                let small = SmallFeed.hrxml2([("Pat Upload", "pat@example.org")])
                _ = try await rae.get("/imports")
                let cut = try await rae.upload("/imports", [.file("feed", filename: "feed.xml", content: small)], closed: false)
                #expect(cut.status == .badRequest && cut.body.contains(#"id="feed-error""#))
                _ = try await rae.get("/imports")
                let token = try #require(rae.csrfToken)
                let twoFiles = try await rae.upload(
                    "/imports", [.file("feed", filename: "a.xml", content: small), .file("feed", filename: "b.xml", content: small)])
                #expect(twoFiles.status == .badRequest)
                let nameless = Browser.multipart([.field("csrf_token", token)]).replacingOccurrences(of: "name=\"csrf_token\"", with: "x=1")
                let refused = try await rae.send("/imports", method: .post, body: nameless, contentType: "multipart/form-data; boundary=\(Browser.boundary)")
                #expect(refused.status == .forbidden || refused.status == .badRequest)
                let headerFlood = "--\(Browser.boundary)\r\nX-Flood: \(String(repeating: "a", count: 40_000))\r\n"
                let flooded = try await rae.send("/imports", method: .post, body: headerFlood, contentType: "multipart/form-data; boundary=\(Browser.boundary)")
                #expect(flooded.status == .badRequest)
                let noFile = try await rae.upload("/imports", [.field("source", "x")])
                #expect(noFile.status == .unprocessableContent && noFile.body.contains("Choose a feed file"))
            }
            #expect(try fixture.count("importRun") == 0)
            #expect(try fixture.workspace.candidates.list().count == 2)
        }
    }

    @Test("erasing asks for the candidate's name typed out: a wrong one is shown by its field and erases nothing; the right one erases and says so")
    func typedConfirmation() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var rae = Browser(client)
                try await rae.signIn("rae@example.com")
                let record = try await rae.get("/candidates/2/record")
                #expect(record.body.contains(#"<a href="/candidates/2/erase">Erase</a>"#))
                let page = try await rae.get("/candidates/2/erase")
                #expect(page.body.contains(#"<label for="confirm">"#) && page.body.contains("Ben Example"))
                let wrong = try await rae.post("/candidates/2/erase", [("confirm", "Ann Example"), ("reason", "asked to be forgotten")])
                #expect(wrong.status == .unprocessableContent && wrong.body.contains(#"id="confirm-error" class="error""#))
                #expect(wrong.body.contains(#"aria-describedby="confirm-error""#))
                #expect(try fixture.workspace.candidates.get(2).erased == false)
                let naming = try await rae.post("/candidates/2/erase", [("confirm", "ben example"), ("reason", "Ben asked")])
                #expect(naming.status == .unprocessableContent && naming.body.contains(#"id="reason-error""#))
                #expect(try fixture.workspace.candidates.get(2).erased == false)
                let done = try await rae.post("/candidates/2/erase", [("confirm", "  ben   EXAMPLE "), ("reason", "asked to be forgotten")])
                #expect(done.status == .seeOther && done.location == "/candidates?erased=2")
                let list = try await rae.get("/candidates?erased=2")
                #expect(list.body.contains("Candidate 2&#39;s personal data has been erased.") || list.body.contains("Candidate 2's personal data has been erased."))
                #expect(!list.body.contains("Ben Example"))
                #expect(try await rae.get("/candidates/2/erase").status == .conflict)
            }
            #expect(try fixture.workspace.candidates.get(2).erased)
            let log = fixture.log.lines.joined(separator: "\n")
            #expect(!log.contains("Ben") && !log.contains("ben"))
        }
    }
}
