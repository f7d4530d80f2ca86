import ArgumentParser
import Foundation
import HireKit
import HireServer
import Hummingbird
import Logging

extension Hire {
    /// `hire serve`: the team server over the workspace file.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Run the team server: interviewers sign in to see their interviews and submit scorecards.",
            discussion: """
                Serves the same workspace file the CLI uses; commands keep working while it runs. \
                Binds 127.0.0.1 unless --host says otherwise. Stops gracefully on SIGTERM or SIGINT. \
                Give people a login with `hire user add` or `hire user invite`.
                """)

        @OptionGroup var workspace: WorkspaceOptions

        @Option(help: "The address to listen on.")
        var host = "127.0.0.1"

        @Option(help: "The port to listen on.")
        var port = 8080

        @Option(name: .customLong("tls-cert"), help: ArgumentHelp("A PEM certificate chain, to serve HTTPS.", valueName: "file"))
        var tlsCert: String?

        @Option(name: .customLong("tls-key"), help: ArgumentHelp("The PEM private key of --tls-cert.", valueName: "file"))
        var tlsKey: String?

        @Option(name: .customLong("base-url"), help: ArgumentHelp("The address people reach the server at (behind a reverse proxy), e.g. https://hire.example.com.", valueName: "url"))
        var baseURL: String?

        func validate() throws {
            if (tlsCert == nil) != (tlsKey == nil) { throw ValidationError("--tls-cert and --tls-key go together.") }
            if !(1...65535).contains(port) { throw ValidationError("--port must be from 1 to 65535.") }
            if let baseURL, URL(string: baseURL)?.scheme.map({ ["http", "https"].contains($0.lowercased()) }) != true {
                throw ValidationError("--base-url must be an http:// or https:// address.")
            }
        }

        func run() throws {
            let ws = try workspace.open()
            let configuration = ServerConfiguration(
                host: host, port: port, tlsCertificate: tlsCert, tlsKey: tlsKey, baseURL: baseURL.flatMap(URL.init(string:)))
            var logger = Logger(label: "hire.server")
            logger.logLevel = .info
            let app = try TeamServer.application(workspace: ws, configuration: configuration, logger: logger)
            let scheme = tlsCert == nil ? "http" : "https"
            Console.error("Serving \(workspace.path) at \(scheme)://\(host):\(port) (Ctrl-C to stop)")
            try Self.wait { try await app.runService() }
        }

        /// Runs async work to its end from this synchronous command.
        static func wait(_ work: @escaping @Sendable () async throws -> Void) throws {
            nonisolated(unsafe) var failure: (any Error)?
            let done = DispatchSemaphore(value: 0)
            Task {
                do { try await work() } catch { failure = error }
                done.signal()
            }
            done.wait()
            if let failure { throw failure }
        }
    }
}
