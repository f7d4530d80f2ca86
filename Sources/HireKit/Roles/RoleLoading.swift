import Foundation

/// Finds role profile files in the paths a user names and parses them all.
public enum RoleLoading {
    /// The outcome of reading a set of profile files.
    public struct Result: Sendable {
        /// Profiles that parsed without errors, with the file each came from.
        public var profiles: [(profile: RoleProfile, path: String)]
        /// Every error and warning, in file order.
        public var diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.containsErrors }
    }

    /// The `.yaml`/`.yml` files named, or found directly inside named folders, sorted by path.
    public static func files(in paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.error, "no such file or folder", file: path))
                continue
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let found = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                if found.isEmpty { diagnostics.append(Diagnostic(.error, "no role profiles (*.yaml) in this folder", file: path)) }
                files += found.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return (files, diagnostics)
    }

    /// Parses every profile in `paths`, reporting duplicate role ids across files.
    public static func load(_ paths: [String]) -> Result {
        let (files, fileDiagnostics) = files(in: paths)
        var result = Result(profiles: [], diagnostics: fileDiagnostics)
        var seen: [String: String] = [:]
        for file in files {
            let (profile, diagnostics) = RoleProfileParser.load(path: file)
            result.diagnostics += diagnostics
            guard let profile else { continue }
            if let other = seen[profile.id] {
                result.diagnostics.append(Diagnostic(.error, "role id '\(profile.id)' is also defined in \(other)", file: file, line: 1, column: 1))
                continue
            }
            seen[profile.id] = file
            result.profiles.append((profile, file))
        }
        return result
    }
}
