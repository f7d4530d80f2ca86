import Foundation
import Testing

/// Headless Chromium (Debian's `chromium`), for checking reports in a real browser.
enum Browser {
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") + ["/usr/bin"] {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    static var inCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// Runs Chromium headless with `arguments` on `url`; ends it after `timeout` seconds.
    static func run(_ arguments: [String], url: URL, profile: URL, timeout: TimeInterval = 90) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable!)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars", "--disable-extensions",
            "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0",
        ] + arguments + [url.absoluteString]
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString).out")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }
}

@Suite("Reports in a real browser (headless Chromium)", .serialized)
struct ReportBrowserTests {
    @Test(
        "each report loads in Chromium without console errors, has its charts in the DOM, and screenshots",
        .enabled(if: Browser.executable != nil || Browser.inCI, "chromium is not installed (apt-get install chromium); skipped outside CI"))
    func rendersInChromium() throws {
        guard Browser.executable != nil else {
            Issue.record("chromium is required in CI: .ci/run installs it")
            return
        }
        try DemoWorkspace.with { demo in
            let reports: [(name: String, arguments: [String], elements: [String])] = [
                ("candidate", ["report", "candidate", "2"], ["<section id=\"competencies\"", "<section id=\"skill-will\"", "<svg class=\"chart\" role=\"img\""]),
                ("slate", ["report", "slate", "account-executive"], ["<section id=\"must-have-failures\" class=\"set-apart\"", "<svg class=\"chart\" role=\"img\""]),
                ("ramp", ["report", "ramp", "--today", "2026-03-16"], ["<section class=\"hire\"", "Ramp milestones", "Competency trajectories"]),
                ("calibration", ["report", "calibration", "--role", "account-executive"], ["<section class=\"calibration\"", "Agreement per competency", "Rater leniency"]),
            ]
            let profile = demo.folder.url.appendingPathComponent("chromium-profile")
            let keep = ProcessInfo.processInfo.environment["HIRE_UPDATE_SCREENSHOTS"] != nil
            for report in reports {
                let html = demo.folder.url.appendingPathComponent("\(report.name).html")
                let written = try demo.hire(report.arguments + ["-o", html.path])
                #expect(written.status == 0, "\(report.name): \(written.stderr)")

                let dom = try Browser.run(["--dump-dom"], url: html, profile: profile)
                #expect(dom.status == 0, "\(report.name): chromium exited \(dom.status)")
                for element in report.elements { #expect(dom.stdout.contains(element), "\(report.name): the DOM lacks \(element)") }
                #expect(!dom.stdout.contains("<script"))
                for problem in [":CONSOLE", "Uncaught", "Refused to", "Content Security Policy", "net::ERR"] {
                    #expect(!dom.stderr.contains(problem), "\(report.name): \(problem) in the browser log:\n\(dom.stderr)")
                }

                let png = demo.folder.url.appendingPathComponent("report-\(report.name).png")
                let shot = try Browser.run(["--screenshot=\(png.path)", "--window-size=1280,2000"], url: html, profile: profile)
                #expect(shot.status == 0, "\(report.name): screenshot failed")
                let bytes = try Data(contentsOf: png)
                #expect(bytes.count > 10_000, "\(report.name): screenshot is nearly empty")
                #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(report.name): not a PNG")
                for problem in [":CONSOLE", "Uncaught", "Refused to"] { #expect(!shot.stderr.contains(problem)) }
                if keep {
                    let docs = HireBinary.packageRoot.appendingPathComponent("docs/report-\(report.name).png")
                    try? FileManager.default.removeItem(at: docs)
                    try FileManager.default.copyItem(at: png, to: docs)
                }
            }
        }
    }
}
