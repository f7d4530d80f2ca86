import Foundation
import HireTestSupport
import Testing

@Suite("hire binary: hire serve beside other processes (lock file, restore, start and stop lines, TLS)")
struct ServeCommandTests {
    typealias Session = ScorecardCommandTests.Session
    static let password = "correct horse battery"

    /// A running `hire serve` whose standard error goes to a file, read for its log lines.
    final class Server {
        let process = Process()
        let log: String

        init(_ session: Session, _ arguments: [String] = []) throws {
            log = session.folder.path("serve-\(UUID().uuidString).log")
            FileManager.default.createFile(atPath: log, contents: nil)
            process.executableURL = HireBinary.url
            process.arguments = ["serve", "--port", "0"] + arguments + session.ws
            var environment = ProcessInfo.processInfo.environment
            environment["HIRE_WORKSPACE"] = nil
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle(forWritingAtPath: log)
            try process.run()
        }

        deinit { if process.isRunning { process.terminate() } }

        var output: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

        /// The address from the start line, once the server listens.
        func address() async throws -> String {
            for _ in 0..<200 {
                if let line = output.split(separator: "\n").first(where: { $0.contains("team server started") }),
                    let match = line.firstMatch(of: /address=(\S+)/)
                {
                    return String(match.1)
                }
                if !process.isRunning { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            Issue.record("no start line: \(output)")
            throw CancellationError()
        }

        /// Sends SIGTERM and waits for the process to end; its exit status.
        func stop() async throws -> Int32 {
            kill(process.processIdentifier, SIGTERM)
            for _ in 0..<100 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
            return process.terminationStatus
        }
    }

    @Test("hire serve holds a lock file; hire restore refuses under it unless --force; a second server is refused; stopping logs and removes it")
    func lockAndRestore() async throws {
        try await Session.with { session in
            let workspace = session.folder.path("w.sqlite")
            let backup = session.folder.path("backup.sqlite")
            try session.ok(["backup", backup])
            let server = try Server(session)
            let address = try await server.address()
            #expect(address.hasPrefix("http://127.0.0.1:"), "\(address)")
            let lockPath = workspace + ".serve-lock"
            let pid = server.process.processIdentifier
            #expect(try String(contentsOfFile: lockPath, encoding: .utf8) == "\(pid)\n")
            #expect((try FileManager.default.attributesOfItem(atPath: lockPath)[.posixPermissions] as? Int) == 0o600)

            // Erasure while the server runs still vacuums: the server's idle connections hold no lock.
            _ = try Self.tool("/usr/bin/curl", ["-sS", "\(address)/healthz"])
            let erased = try session.ok(["candidate", "erase", "bob@example.com", "--reason", "data subject request 7"])
            #expect(!erased.stderr.contains("busy"), "\(erased.stderr)")
            for file in [workspace, workspace + "-wal"] {
                let bytes = (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data()
                #expect(bytes.range(of: Data("bob@example.com".utf8)) == nil, "\(file)")
            }

            let refused = try session.run(["restore", backup])
            #expect(refused.status != 0, "\(refused.stdout)")
            #expect(refused.stderr.contains("a team server (process \(pid)) is serving this workspace"), "\(refused.stderr)")
            #expect(refused.stderr.contains("kill \(pid)") && refused.stderr.contains("--force"), "\(refused.stderr)")
            let badProxy = try HireBinary.run(["serve", "--port", "0", "--trusted-proxy", "proxy.example.com"] + session.ws)
            #expect(badProxy.status == 64 && badProxy.stderr.contains("--trusted-proxy takes an IP address"), "\(badProxy.stderr)")
            let second = try HireBinary.run(["serve", "--port", "0"] + session.ws)
            #expect(second.status != 0 && second.stderr.contains("one workspace is served by one server at a time"), "\(second.stderr)")
            #expect(!second.stderr.contains("Serving"), "refused before it says it serves: \(second.stderr)")
            #expect(server.output.contains("Serving \(workspace) at \(address) (Ctrl-C to stop)"), "\(server.output)")
            try session.ok(["restore", backup, "--force"])

            #expect(try await server.stop() == 0)
            #expect(server.output.contains("team server stopped"), "\(server.output)")
            #expect(!FileManager.default.fileExists(atPath: lockPath))
            #expect(!server.output.contains("example.com") && !server.output.contains("Ida"))

            // A lock left by a process that has ended is stale and ignored.
            let ended = Process()
            ended.executableURL = URL(fileURLWithPath: "/bin/true")
            try ended.run()
            ended.waitUntilExit()
            _ = try session.folder.write("w.sqlite.serve-lock", "\(ended.processIdentifier)\n")
            try session.ok(["restore", backup])
        }
    }

    @Test("serve --upload-limit takes a size in MB from 1 up; its help says the default")
    func uploadLimit() throws {
        let result = try HireBinary.run(["serve", "--upload-limit", "0", "--port", "0"])
        #expect(result.status == 64 && result.stderr.contains("--upload-limit takes a size in MB"), "\(result.stderr)")
        let help = try HireBinary.run(["serve", "--help"]).stdout
        #expect(help.contains("--upload-limit <MB>") && help.contains("(default: 200)"))
    }

    @Test("hire serve --tls-cert --tls-key answers /healthz over https and marks its cookies Secure")
    func tls() async throws {
        try await Session.with { session in
            let (cert, key) = (session.folder.path("cert.pem"), session.folder.path("key.pem"))
            let openssl = try Self.tool(
                "/usr/bin/openssl",
                ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=localhost",
                 "-addext", "subjectAltName=IP:127.0.0.1"])
            #expect(openssl.status == 0, "\(openssl.output)")
            let added = try HireBinary.run(["user", "add", "Ida One", "--password-stdin"] + session.ws, stdin: Data((Self.password + "\n").utf8))
            #expect(added.status == 0, "\(added.stderr)")

            let server = try Server(session, ["--tls-cert", cert, "--tls-key", key])
            let address = try await server.address()
            #expect(address.hasPrefix("https://127.0.0.1:"), "\(address)")
            let jar = session.folder.path("cookies.txt")
            let curl = { (arguments: [String]) in try Self.tool("/usr/bin/curl", ["-sS", "--cacert", cert, "-b", jar, "-c", jar] + arguments) }
            let health = try curl(["\(address)/healthz"])
            #expect(health.status == 0 && health.output == "ok\n", "\(health.output)")
            // Plain http on the TLS port gets nothing.
            #expect(try Self.tool("/usr/bin/curl", ["-sS", "--max-time", "5", address.replacingOccurrences(of: "https:", with: "http:") + "/healthz"]).output != "ok\n")

            let login = try curl(["-i", "\(address)/login"])
            let csrfCookie = login.output.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie: hire_csrf=") }
            #expect(csrfCookie?.contains("Secure") == true, "\(login.output.prefix(600))")
            let token = try #require(login.output.firstMatch(of: /name="csrf_token" value="([^"]+)"/)).1
            let signIn = try curl([
                "-i", "--data-urlencode", "email=ida@example.com", "--data-urlencode", "password=\(Self.password)",
                "--data-urlencode", "csrf_token=\(token)", "\(address)/login",
            ])
            let sessionCookie = signIn.output.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie: hire_session=") }
            #expect(sessionCookie?.contains("Secure") == true && sessionCookie?.contains("HttpOnly") == true, "\(signIn.output.prefix(600))")
            #expect(try await server.stop() == 0)
        }
    }

    /// Runs a tool from the machine; its status and standard output (standard error appended).
    static func tool(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self) + String(decoding: errors, as: UTF8.self))
    }
}
