import Foundation
import HireTestSupport

/// A small tmpfs mounted for one test: a disk that fills up, or a file system that turns
/// read-only. Needs root and mount(8); `nil` where that is impossible, and the test skips.
final class ScratchMount: @unchecked Sendable {
    let folder: TemporaryFolder
    var url: URL { folder.url }

    init?(kilobytes: Int) {
        guard getuid() == 0, let folder = try? TemporaryFolder() else { return nil }
        self.folder = folder
        guard Self.mount(["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", folder.path("")]) else { return nil }
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

    deinit { Self.mount([url.path], tool: "/bin/umount") }
}
