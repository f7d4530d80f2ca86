import Foundation
import HireKit

/// Writes a report file readable by its owner only (mode 0600: reports hold personal data).
enum ReportFile {
    /// Writes `html` to `path` through a temporary file beside it, so a failure leaves any old report intact.
    static func write(_ html: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw HireError.io("cannot write \(path): the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(html.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw HireError.io("cannot write \(path)")
        }
        do {
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary.path)
            if rename(temporary.path, url.path) != 0 { throw HireError.io("cannot write \(path): \(String(cString: strerror(errno)))") }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}

