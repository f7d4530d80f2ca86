import Foundation
import HireTestSupport

/// A small tmpfs mounted for one test: a disk that fills up, or a file system that turns
/// read-only. Needs root and mount(8); where that is impossible `with` skips its body, and the
/// test with it.
struct ScratchMount {
    let folder: TemporaryFolder
    var url: URL { folder.url }

    /// Runs `body` with a tmpfs of `kilobytes` mounted on a temporary folder, unmounted and
    /// removed afterwards; does not run `body` without root or mount(8).
    static func with(kilobytes: Int, _ body: (ScratchMount) throws -> Void) throws {
        guard getuid() == 0 else { return }
        try withTemporaryFolder { folder in
            guard Self.mount(["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", folder.path("")]) else { return }
            defer { Self.mount([folder.url.path], tool: "/bin/umount") }
            try body(ScratchMount(folder: folder))
        }
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Makes the file system read-only: even root cannot write to it.
    func makeReadOnly() -> Bool { Self.mount(["-o", "remount,ro", url.path]) }

    @discardableResult
    private static func mount(_ arguments: [String], tool: String = "/bin/mount") -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
