import Foundation
import HireKit
import HireTestSupport
import Testing

@Suite("Import rejects, a page at a time, for those who may import")
struct ImportRejectPageTests {
    @Test("newest first, paged by id, with line and reason and without the record's content; refused to those who may not import")
    func pagedNewestFirst() throws {
        let workspace = try importWorkspace()
        try withTemporaryFolder { folder in
            let feed = SmallFeed.hrxml2([nil, ("Pat Example", "pat@example.org"), nil, nil])
            let path = try folder.write("feed.xml", feed)
            let summary = try workspace.imports.run([path], options: ImportOptions(actor: "test"))
            #expect(summary.rejected == 3 && summary.imported == 1)
        }
        let recruiter = Actor.person(9, accessRoles: [.recruiter])
        let first = try workspace.imports.rejects(limit: 2, as: recruiter)
        #expect(first.rejects.map(\.line) == [SmallFeed.firstRecordLine + 3, SmallFeed.firstRecordLine + 2])
        #expect(first.rejects.allSatisfy { $0.reason == "the record has no name and no email" && $0.file.hasSuffix("feed.xml") })
        let next = try #require(first.next)
        let second = try workspace.imports.rejects(before: next, limit: 2, as: recruiter)
        #expect(second.rejects.map(\.line) == [SmallFeed.firstRecordLine] && second.next == nil)
        for refused in [AccessRole.interviewer, .hiringManager, .mentor, .newHire] {
            #expect(throws: HireError.self) { try workspace.imports.rejects(limit: 10, as: .person(9, accessRoles: [refused])) }
        }
        #expect(try workspace.imports.rejects(limit: 10, as: .person(9, accessRoles: [.admin])).rejects.count == 3)
    }
}
