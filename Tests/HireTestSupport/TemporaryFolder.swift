import Foundation

/// A temporary folder for a test's files. Only `withTemporaryFolder` makes one, and removes it
/// when its body returns or throws, so no folder outlives the test that made it.
public struct TemporaryFolder: Sendable {
    public let url: URL

    fileprivate static func make() throws -> TemporaryFolder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hire-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return TemporaryFolder(url: url)
    }

    fileprivate func remove() { try? FileManager.default.removeItem(at: url) }

    /// The path of a file in the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes UTF-8 text to a file in the folder and returns its path.
    public func write(_ name: String, _ text: String) throws -> String {
        let path = path(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Writes bytes to a file in the folder and returns its path.
    public func write(_ name: String, data: Data) throws -> String {
        let path = path(name)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// Runs `body` with a fresh temporary folder and removes the folder afterwards, whether `body`
/// returns or throws.
@discardableResult
public func withTemporaryFolder<T>(_ body: (TemporaryFolder) throws -> T) throws -> T {
    let folder = try TemporaryFolder.make()
    defer { folder.remove() }
    return try body(folder)
}

/// Runs async `body` with a fresh temporary folder and removes the folder afterwards, whether
/// `body` returns or throws.
@discardableResult
public func withTemporaryFolder<T>(
    isolation: isolated (any Actor)? = #isolation, _ body: (TemporaryFolder) async throws -> T
) async throws -> T {
    let folder = try TemporaryFolder.make()
    defer { folder.remove() }
    return try await body(folder)
}

/// A test fixture built in a temporary folder: `with` builds one, runs a body with it and removes
/// the folder afterwards.
public protocol FolderFixture {
    /// Builds the fixture's files in `folder`. Called by `with`, which owns the folder.
    init(in folder: TemporaryFolder) throws
}

extension FolderFixture {
    /// Runs `body` with a new fixture in a temporary folder, removed afterwards.
    @discardableResult
    public static func with<T>(_ body: (Self) throws -> T) throws -> T {
        try withTemporaryFolder { folder in try body(Self(in: folder)) }
    }

    /// Runs async `body` with a new fixture in a temporary folder, removed afterwards.
    @discardableResult
    public static func with<T>(isolation: isolated (any Actor)? = #isolation, _ body: (Self) async throws -> T) async throws -> T {
        try await withTemporaryFolder { folder in try await body(Self(in: folder)) }
    }
}
