import ArgumentParser
import Foundation
import HireKit
import HireServer

extension Hire {
    /// `hire demo`: the whole pipeline on a fresh workspace, step by step.
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: "Walk through Hire on a fresh workspace built from the shipped Scorecards/ and Imports/.",
            discussion: """
                Creates the workspace in a new temporary folder (or --workspace PATH, which must not exist) and prints its path to explore afterwards. \
                With --serve, it then gives the interview panel logins with random passwords, prints them once, and runs the team server \
                on the demo workspace (as `hire serve` does) until Ctrl-C.
                """)

        @Option(help: ArgumentHelp("Where to create the demo workspace (must not exist).", valueName: "path"))
        var workspace: String?

        @Option(help: ArgumentHelp("Folder of role profiles.", valueName: "dir"))
        var scorecards: String?

        @Option(help: ArgumentHelp("Folder of sample feeds.", valueName: "dir"))
        var imports: String?

        @Flag(help: "Then create demo logins, print their passwords and run the team server on the demo workspace.")
        var serve = false

        @Option(help: "With --serve: the address to listen on (default: 127.0.0.1).")
        var host: String?

        @Option(help: "With --serve: the port to listen on (default: 8080; 0: any free port, named in the start line of the log).")
        var port: Int?

        func validate() throws {
            if !serve, host != nil || port != nil { throw ValidationError("--host and --port go with --serve.") }
            if let port, !(0...65535).contains(port) { throw ValidationError("--port must be from 0 (any free port) to 65535.") }
        }

        func run() throws {
            let path = try workspace ?? Self.temporaryWorkspacePath()
            let scorecardsDir = try scorecards ?? ShippedFolder.locate("Scorecards")
            let importsDir = try imports ?? ShippedFolder.locate("Imports")
            var script = DemoScript(path: path, scorecards: scorecardsDir, imports: importsDir)
            try script.run()
            guard serve else { return script.explore() }
            let ws = try Workspace.open(at: path)
            _ = try script.serveSteps(ws)
            let configuration = ServerConfiguration(host: host ?? "127.0.0.1", port: port ?? 8080)
            Console.out("")
            if configuration.port == 0 {
                Console.out("Sign in at the address of the \"team server started\" line below (…/login); Ctrl-C stops the server.")
            } else {
                Console.out("Sign in at http://\(configuration.host):\(configuration.port)/login; Ctrl-C stops the server.")
            }
            fflush(nil)  // the printed logins reach a pipe or file before the server runs
            try Hire.Serve.serve(ws, path: path, configuration: configuration)
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
