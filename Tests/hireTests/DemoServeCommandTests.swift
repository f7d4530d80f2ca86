import Foundation
import HireTestSupport
import Testing

@Suite("hire binary: hire demo --serve, the demo workspace in the browser in one command")
struct DemoServeCommandTests {
    @Test("hire demo --serve prints demo logins, serves the demo workspace, lets the interviewer sign in to an owed scorecard, stops on SIGTERM")
    func demoServe() async throws {
        try await withTemporaryFolder { folder in
            let workspace = folder.path("demo.sqlite")
            let (out, err) = (folder.path("demo.out"), folder.path("demo.err"))
            for file in [out, err] { FileManager.default.createFile(atPath: file, contents: nil) }
            let process = Process()
            process.executableURL = HireBinary.url
            process.arguments = ["demo", "--serve", "--port", "0", "--workspace", workspace]
            process.currentDirectoryURL = HireBinary.packageRoot
            var environment = ProcessInfo.processInfo.environment
            environment["HIRE_WORKSPACE"] = nil
            process.environment = environment
            process.standardOutput = FileHandle(forWritingAtPath: out)
            process.standardError = FileHandle(forWritingAtPath: err)
            try process.run()
            defer { if process.isRunning { process.terminate() } }
            let read = { (file: String) in (try? String(contentsOfFile: file, encoding: .utf8)) ?? "" }

            var address: String?
            // The demo itself takes a minute or more on a loaded machine (three bcrypt hashes of cost 12 among it).
            for _ in 0..<3000 where address == nil && process.isRunning {
                try await Task.sleep(for: .milliseconds(100))
                let line = read(err).split(separator: "\n").first { $0.contains("team server started") }
                address = line?.firstMatch(of: /address=(\S+)/).map { String($0.1) }
            }
            let printed = read(out)
            let url = try #require(address, "no start line: \(read(err)) \(printed.suffix(2000))")
            #expect(url.hasPrefix("http://127.0.0.1:"), "\(url)")

            // Three logins, each with a random password of 12+ characters, printed once.
            let tom = try #require(printed.firstMatch(of: /interviewer\s+Tom Becker\s+tom\.becker@example\.com\s+(\S+)/), "\(printed.suffix(1500))")
            let maria = try #require(printed.firstMatch(of: /hiring manager\s+Maria Lopez\s+maria\.lopez@example\.com\s+(\S+)/))
            let jonas = try #require(printed.firstMatch(of: /recruiter\s+Jonas Weber\s+jonas\.weber@example\.com\s+(\S+)/))
            // The serve steps follow the demo: no "Done" before them.
            #expect(!printed.contains("Done. Explore the demo workspace"), "\(printed.suffix(1500))")
            let passwords = [String(tom.1), String(maria.1), String(jonas.1)]
            #expect(passwords.allSatisfy { $0.count >= 12 } && Set(passwords).count == 3, "\(passwords)")
            // The workspace keeps bcrypt hashes, never the passwords.
            for file in [workspace, workspace + "-wal"] {
                let bytes = (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data()
                #expect(passwords.allSatisfy { bytes.range(of: Data($0.utf8)) == nil }, "\(file)")
            }

            let health = try ServeCommandTests.tool("/usr/bin/curl", ["-sS", "\(url)/healthz"])
            #expect(health.output == "ok\n", "\(health.output)")
            let jar = folder.path("cookies.txt")
            let curl = { (arguments: [String]) in try ServeCommandTests.tool("/usr/bin/curl", ["-sS", "-b", jar, "-c", jar] + arguments) }
            let login = try curl(["\(url)/login"])
            let token = try #require(login.output.firstMatch(of: /name="csrf_token" value="([^"]+)"/)).1
            let signedIn = try curl([
                "-L", "--data-urlencode", "email=tom.becker@example.com", "--data-urlencode", "password=\(passwords[0])",
                "--data-urlencode", "csrf_token=\(token)", "\(url)/login",
            ])
            #expect(signedIn.output.contains("Hannah Berg") && signedIn.output.contains("owed"), "\(signedIn.output.prefix(3000))")

            kill(process.processIdentifier, SIGTERM)
            for _ in 0..<100 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
            #expect(!process.isRunning && process.terminationStatus == 0, "\(read(err))")
            #expect(!read(err).contains("example.com") && !passwords.contains { read(err).contains($0) })
        }
    }

    @Test("hire demo refuses --host and --port without --serve")
    func hostWithoutServe() throws {
        let result = try HireBinary.run(["demo", "--port", "9000"])
        #expect(result.status == 64 && result.stderr.contains("--host and --port go with --serve"), "\(result.stderr)")
    }
}
