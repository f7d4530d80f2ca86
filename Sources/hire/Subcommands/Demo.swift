import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire demo`: the whole pipeline on a fresh workspace, step by step.
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: "Walk through Hire on a fresh workspace built from the shipped Scorecards/ and Imports/.",
            discussion: "Creates the workspace in a new temporary folder (or --workspace PATH, which must not exist) and prints its path to explore afterwards.")

        @Option(help: ArgumentHelp("Where to create the demo workspace (must not exist).", valueName: "path"))
        var workspace: String?

        @Option(help: ArgumentHelp("Folder of role profiles.", valueName: "dir"))
        var scorecards: String?

        @Option(help: ArgumentHelp("Folder of sample feeds.", valueName: "dir"))
        var imports: String?

        func run() throws {
            let path = try workspace ?? Self.temporaryWorkspacePath()
            let scorecardsDir = try scorecards ?? ShippedFolder.locate("Scorecards")
            let importsDir = try imports ?? ShippedFolder.locate("Imports")
            var script = DemoScript(path: path, scorecards: scorecardsDir, imports: importsDir)
            try script.run()
        }

        static func temporaryWorkspacePath() throws -> String {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hire-demo-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            return folder.appendingPathComponent("hire.sqlite").path
        }
    }
}

/// Finds the folders that ship with Hire: in the current directory, else beside the package sources.
enum ShippedFolder {
    static func locate(_ name: String) throws -> String {
        let fileManager = FileManager.default
        let here = (fileManager.currentDirectoryPath as NSString).appendingPathComponent(name)
        if fileManager.fileExists(atPath: here) { return here }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        let packaged = url.appendingPathComponent(name).path
        if fileManager.fileExists(atPath: packaged) { return packaged }
        throw HireError.io("cannot find the \(name)/ folder; run from the Hire package folder or pass --\(name.lowercased()) DIR")
    }
}
