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

        @Option(help: "The port to listen on (0: any free port, named in the start line of the log).")
        var port = 8080

        @Option(name: .customLong("tls-cert"), help: ArgumentHelp("A PEM certificate chain, to serve HTTPS.", valueName: "file"))
        var tlsCert: String?

        @Option(name: .customLong("tls-key"), help: ArgumentHelp("The PEM private key of --tls-cert.", valueName: "file"))
        var tlsKey: String?

        @Option(name: .customLong("base-url"), help: ArgumentHelp("The address people reach the server at (behind a reverse proxy), e.g. https://hire.example.com.", valueName: "url"))
        var baseURL: String?

        @Option(
            name: .customLong("trusted-proxy"),
            help: ArgumentHelp("A reverse proxy's IP address whose X-Forwarded-For names the client (repeatable).", valueName: "address"))
        var trustedProxies: [String] = []

        @Flag(name: .customLong("require-2fa"), help: "Admins and recruiters must turn on two-step sign-in (an authenticator app) before using any page.")
        var requireSecondFactor = false

        @Option(
            name: .customLong("upload-limit"),
            help: ArgumentHelp("The largest applicant feed accepted by upload (browser and API), in MB.", valueName: "MB"))
        var uploadLimit: Int = ServerConfiguration.defaultUploadLimit / 1_000_000

        @Option(name: .customLong("remind-at"), help: ArgumentHelp("Send `hire remind --send` every day at this time, HH:MM in the workspace's time zone.", valueName: "time"))
        var remindAt: String?

        func validate() throws {
            if (tlsCert == nil) != (tlsKey == nil) { throw ValidationError("--tls-cert and --tls-key go together.") }
            if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 (any free port) to 65535.") }
            for proxy in trustedProxies where !Self.isIPAddress(proxy) {
                throw ValidationError("--trusted-proxy takes an IP address as the proxy connects from, such as 127.0.0.1 (got '\(proxy)').")
            }
            if !(1...100_000).contains(uploadLimit) { throw ValidationError("--upload-limit takes a size in MB from 1 to 100000.") }
            if let remindAt, ReminderSchedule(remindAt) == nil { throw ValidationError("--remind-at takes a time HH:MM, such as 08:00.") }
            if let baseURL, URL(string: baseURL)?.scheme.map({ ["http", "https"].contains($0.lowercased()) }) != true {
                throw ValidationError("--base-url must be an http:// or https:// address.")
            }
        }

        func run() throws {
            let ws = try workspace.open()
            var configuration = ServerConfiguration(
                host: host, port: port, tlsCertificate: tlsCert, tlsKey: tlsKey, baseURL: baseURL.flatMap(URL.init(string:)))
            configuration.trustedProxies = Set(trustedProxies)
            configuration.requireSecondFactor = requireSecondFactor
            configuration.uploadLimit = uploadLimit * 1_000_000
            if let schedule = remindAt.flatMap(ReminderSchedule.init) { ServeReminders.start(ws, at: schedule) }
            try Self.serve(ws, path: workspace.path, configuration: configuration)
        }

        /// Serves `ws` until SIGTERM or SIGINT, wording the errors that stop it (`hire demo --serve` too).
        static func serve(_ ws: Workspace, path: String, configuration: ServerConfiguration) throws {
            var logger = Logger(label: "hire.server")
            logger.logLevel = .info
            do {
                let (configuration, logger) = (configuration, logger)
                try Self.wait {
                    try await TeamServer.serve(workspace: ws, configuration: configuration, logger: logger) { address in
                        Console.error("Serving \(path) at \(address) (Ctrl-C to stop)")
                    }
                }
            } catch let error as HireError {
                // Another server holds the workspace: the restore remedy does not fit here.
                if case .stopServer? = error.remedy { throw HireError.conflict("\(error.message); one workspace is served by one server at a time") }
                throw error
            } catch is SchemaWatch.Superseded {
                Console.error("error: a newer version of Hire has migrated \(path); the server stopped. Upgrade this hire and start it again.")
                throw ExitCode.failure
            }
        }

        /// Whether `text` is an IPv4 or IPv6 address (a host name is not: the server compares the
        /// connection's address, not a name).
        static func isIPAddress(_ text: String) -> Bool {
            var v4 = in_addr()
            var v6 = in6_addr()
            return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
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
