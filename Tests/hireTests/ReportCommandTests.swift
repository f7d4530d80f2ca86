import Foundation
import HireTestSupport
import Testing

/// A demo workspace made once per test by the real binary: scored candidates, a hire with a ramp.
struct DemoWorkspace: FolderFixture {
    let folder: TemporaryFolder
    var path: String { folder.path("hire.sqlite") }
    let demoOutput: String

    init(in folder: TemporaryFolder) throws {
        self.folder = folder
        let result = try HireBinary.run(["demo", "--workspace", folder.path("hire.sqlite")], in: folder.url)
        guard result.status == 0 else { throw DemoFailed(stderr: result.stderr) }
        demoOutput = result.stdout
    }

    func hire(_ arguments: [String]) throws -> HireBinary.Result {
        try HireBinary.run(arguments + ["--workspace", path], in: folder.url)
    }

    struct DemoFailed: Error { var stderr: String }
}

enum FileMode {
    static func of(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

@Suite("hire report: HTML files from the command line")
struct ReportCommandTests {
    @Test("report candidate, slate and ramp write self-contained HTML files readable by the owner only")
    func writesReports() throws {
        try DemoWorkspace.with { demo in
            let cases: [([String], String, [String])] = [
                (["report", "candidate", "2"], "candidate.html", ["Daniel Okafor", "<section id=\"competencies\"", "Ratings per competency"]),
                (["report", "slate", "account-executive"], "slate.html", ["<section id=\"must-have-failures\" class=\"set-apart\">", "Overall scores"]),
                (["report", "ramp", "--today", "2026-03-16", "--manager", "Maria Lopez"], "ramp.html", ["Priya Raman", "Ramp milestones", "✗ overdue"]),
                (["report", "calibration"], "calibration.html", ["<h2>account-executive</h2>", "Rater leniency", "Maria Lopez", "class=\"interval "]),
            ]
            for (arguments, name, expected) in cases {
                let file = demo.folder.path(name)
                let result = try demo.hire(arguments + ["-o", file])
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                #expect(result.stdout.contains("Wrote ") && result.stdout.contains(file))
                #expect(try FileMode.of(file) == 0o600)
                let html = try String(contentsOfFile: file, encoding: .utf8)
                for text in expected { #expect(html.contains(text), "\(name) lacks \(text)") }
                #expect(!html.lowercased().contains("<script"))
                #expect(!html.contains("http://") && !html.contains("https://"))
            }
            // Writing again replaces the file, still 0600.
            let again = try demo.hire(["report", "slate", "account-executive", "-o", demo.folder.path("slate.html")])
            #expect(again.status == 0)
            #expect(try FileMode.of(demo.folder.path("slate.html")) == 0o600)
        }
    }

    @Test("bad input exits non-zero, writes nothing and names no candidate")
    func errors() throws {
        try DemoWorkspace.with { demo in
            let missing = try demo.hire(["report", "candidate", "999", "-o", demo.folder.path("x.html")])
            #expect(missing.status != 0)
            #expect(!FileManager.default.fileExists(atPath: demo.folder.path("x.html")))
            let role = try demo.hire(["report", "slate", "no-such-role", "-o", demo.folder.path("y.html")])
            #expect(role.status != 0)
            #expect(!FileManager.default.fileExists(atPath: demo.folder.path("y.html")))
            let folder = try demo.hire(["report", "candidate", "2", "-o", demo.folder.path("missing/z.html")])
            #expect(folder.status != 0)
            #expect(folder.stderr.contains("does not exist"))
            #expect(!folder.stderr.contains("Daniel"))
            let noOutput = try demo.hire(["report", "ramp"])
            #expect(noOutput.status != 0)
            #expect(noOutput.stderr.contains("--output"))
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: demo.folder.url.path).filter { $0.hasSuffix(".tmp") }
            #expect(leftovers.isEmpty)
        }
    }

    @Test("hire demo writes the demo workspace's reports beside it and prints their paths")
    func demoWritesReports() throws {
        try DemoWorkspace.with { demo throws in
            for name in ["slate-account-executive.html", "candidate-1.html", "ramp.html", "calibration.html"] {
                let file = demo.folder.path(name)
                #expect(demo.demoOutput.contains("wrote \(file)"))
                #expect(FileManager.default.fileExists(atPath: file))
                #expect(try FileMode.of(file) == 0o600)
            }
        }
    }

    @Test("CSV exports keep their documented column names")
    func csvColumns() throws {
        try DemoWorkspace.with { demo in
            let slate = try demo.hire(["slate", "account-executive", "--format", "csv"])
            #expect(slate.stdout.hasPrefix("RANK,ID,NAME,STAGE,SCORE,SCORE100,MUST-HAVES,CONFIDENCE,STYLE,INCOMPLETE,FLAGS\n"))
            let cards = try demo.hire(["scorecard", "list", "2", "--format", "csv"])
            #expect(cards.stdout.hasPrefix("ID,VERSION,ROUND,INTERVIEWER,RECOMMENDATION,RATINGS\n"))
            let ramp = try demo.hire(["ramp", "status", "--format", "csv", "--today", "2026-03-16"])
            #expect(ramp.stdout.hasPrefix("HIRE,NAME,ROLE,MANAGER,MENTOR,START,DONE-PCT,ELAPSED-PCT,OVERDUE,AT-RISK,NEXT-DUE,NEXT-MILESTONE,RAMPED,LEFT\n"))
            for format in ["json"] {
                for arguments in [["slate", "account-executive"], ["scorecard", "list", "2"], ["ramp", "status", "--today", "2026-03-16"]] {
                    let result = try demo.hire(arguments + ["--format", format])
                    #expect(result.status == 0)
                    #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(arguments) json")
                }
            }
        }
    }
}
