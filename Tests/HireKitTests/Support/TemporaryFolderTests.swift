import Foundation
import HireTestSupport
import Testing

@Suite("withTemporaryFolder: a test's folder lives only as long as its body")
struct TemporaryFolderTests {
    struct Failure: Error {}

    static func exists(_ url: URL?) -> Bool { url.map { FileManager.default.fileExists(atPath: $0.path) } ?? false }

    @Test("the folder is there in the body and gone after it returns or throws")
    func removedAfterBody() throws {
        let returned = try withTemporaryFolder { folder in
            let file = try folder.write("a.txt", "a")
            #expect(FileManager.default.fileExists(atPath: file))
            return folder.url
        }
        #expect(!Self.exists(returned))
        var thrown: URL?
        #expect(throws: Failure.self) {
            try withTemporaryFolder { folder in
                thrown = folder.url
                throw Failure()
            }
        }
        #expect(thrown != nil && !Self.exists(thrown))
    }

    @Test("the async form removes the folder after the body returns or throws too")
    func removedAfterAsyncBody() async throws {
        let returned = try await withTemporaryFolder { folder in
            try await Task.sleep(for: .milliseconds(1))
            #expect(Self.exists(folder.url))
            return folder.url
        }
        #expect(!Self.exists(returned))
        var thrown: URL?
        await #expect(throws: Failure.self) {
            try await withTemporaryFolder { folder in
                thrown = folder.url
                throw Failure()
            }
        }
        #expect(thrown != nil && !Self.exists(thrown))
    }
}
