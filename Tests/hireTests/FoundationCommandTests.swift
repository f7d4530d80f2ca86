import Foundation
import HireTestSupport
import Testing

@Suite("hire binary: foundation commands end to end")
struct FoundationCommandTests {
    @Test("--help on every command is useful on its own")
    func help() throws {
        let root = try HireBinary.run(["--help"])
        #expect(root.status == 0)
        #expect(root.stdout.contains("SUBCOMMANDS"))
        for command in [["roles", "load"], ["roles", "validate"], ["candidate", "add"], ["candidate", "move"], ["opening", "add"], ["init"], ["demo"]] {
            let result = try HireBinary.run(command + ["--help"])
            #expect(result.status == 0, "\(command)")
            #expect(result.stdout.contains("USAGE: hire \(command.joined(separator: " "))"), "\(command)")
        }
    }

    @Test("every command names itself: a name derived from the type costs ArgumentParser a runtime type lookup (~20 ms of every start)")
    func explicitCommandNames() throws {
        let folder = HireBinary.packageRoot.appendingPathComponent("Sources/hire")
        let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        var configurations = 0
        for file in files {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for part in source.components(separatedBy: "CommandConfiguration(").dropFirst() {
                configurations += 1
                #expect(part.prefix(200).contains("commandName:"), "\(file): a CommandConfiguration without commandName")
            }
        }
        #expect(configurations > 50)
    }

    @Test("a full session: init, load roles, add an opening and a candidate, move them, JSON output")
    func session() throws {
        try withTemporaryFolder { folder in
            let ws = ["--workspace", folder.path("w.sqlite")]
            #expect(try HireBinary.run(["init"] + ws).status == 0)
            let load = try HireBinary.run(["roles", "load", "Scorecards"] + ws)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stdout.contains("account-executive: added (version 1)"))
            #expect(try HireBinary.run(["roles", "load", "Scorecards"] + ws).stdout.contains("account-executive: unchanged (version 1)"))
            #expect(try HireBinary.run(["opening", "add", "AE-1", "--role", "account-executive"] + ws).status == 0)
            let add = try HireBinary.run(["candidate", "add", "--name", "Zoë Example", "--email", "zoe@example.com", "--opening", "AE-1", "--by", "hr-ann"] + ws)
            #expect(add.status == 0, "\(add.stderr)")
            #expect(try HireBinary.run(["candidate", "move", "zoe@example.com", "screening", "--reason", "fits"] + ws).status == 0)
            let illegal = try HireBinary.run(["candidate", "move", "1", "hired", "--reason", "x"] + ws)
            #expect(illegal.status != 0)
            #expect(illegal.stderr.contains("hire decide"))

            let json = try HireBinary.run(["candidate", "show", "1", "--format", "json"] + ws)
            #expect(json.status == 0)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let candidate = object?["candidate"] as? [String: Any]
            #expect(candidate?["name"] as? String == "Zoë Example")
            #expect(candidate?["stage"] as? String == "screening")
            #expect((object?["history"] as? [[String: Any]])?.first?["actor"] as? String == "hr-ann")

            let roles = try HireBinary.run(["roles", "list", "--format", "json"] + ws)
            let list = try JSONSerialization.jsonObject(with: Data(roles.stdout.utf8)) as? [[String: Any]]
            #expect(list?.map { $0["id"] as? String } == ["account-executive", "sales-development-rep", "sales-manager"])
            let csv = try HireBinary.run(["candidate", "list", "--format", "csv"] + ws)
            #expect(csv.stdout.hasPrefix("ID,NAME,EMAIL,ROLE,OPENING,STAGE,SOURCE,APPLIED,LAST-CHANGED\n1,Zoë Example,zoe@example.com,account-executive,AE-1,screening,"))
        }
    }

    @Test("HIRE_WORKSPACE picks the workspace; a missing one says how to create it")
    func workspaceEnvironment() throws {
        try withTemporaryFolder { folder in
            let missing = try HireBinary.run(["roles", "list"], environment: ["HIRE_WORKSPACE": folder.path("none.sqlite")])
            #expect(missing.status != 0)
            #expect(missing.stderr.contains("hire init"))
            #expect(try HireBinary.run(["init"], environment: ["HIRE_WORKSPACE": folder.path("env.sqlite")]).status == 0)
            #expect(FileManager.default.fileExists(atPath: folder.path("env.sqlite")))
        }
    }

    @Test("a broken profile is reported as file:line:column and nothing is loaded")
    func brokenProfile() throws {
        try withTemporaryFolder { folder in
            let ws = ["--workspace", folder.path("w.sqlite")]
            #expect(try HireBinary.run(["init"] + ws).status == 0)
            let bad = try folder.write("bad.yaml", "id: bad\ntitle: Bad\ncompetencies:\n  - id: a\n    name: A\n    kind: skill\n    must_hav: 3\ninterview_plan:\n  - id: r\n    focus: [a]\n")
            let result = try HireBinary.run(["roles", "load", bad, "Scorecards"] + ws)
            #expect(result.status == 1)
            #expect(result.stderr.contains("\(bad):7:5: error: unknown key 'must_hav' in a competency; did you mean 'must_have'?"))
            let list = try HireBinary.run(["roles", "list", "--format", "json"] + ws)
            #expect(list.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" || list.stdout.contains("[]"))
            let malformed = try folder.write("malformed.yaml", "id: x\ntitle: [oops\n")
            let syntax = try HireBinary.run(["roles", "validate", malformed])
            #expect(syntax.status == 1)
            #expect(syntax.stderr.contains("malformed.yaml:3:1: error: YAML syntax"))
            #expect(try HireBinary.run(["roles", "validate", folder.path("nope.yaml")]).status == 1)
        }
    }

    @Test("bad input exits non-zero with a message on stderr and nothing on stdout")
    func badInput() throws {
        try withTemporaryFolder { folder in
            let ws = ["--workspace", folder.path("w.sqlite")]
            #expect(try HireBinary.run(["init"] + ws).status == 0)
            let unknown = try HireBinary.run(["candidate", "show", "42"] + ws)
            #expect(unknown.status == 1)
            #expect(unknown.stdout.isEmpty)
            #expect(unknown.stderr.hasPrefix("error: no candidate with that id or email"))
            try "just text".write(toFile: folder.path("text.sqlite"), atomically: true, encoding: .utf8)
            let notDB = try HireBinary.run(["candidate", "list", "--workspace", folder.path("text.sqlite")])
            #expect(notDB.status != 0)
            #expect(notDB.stderr.contains("not a Hire workspace"))
            #expect(try String(contentsOfFile: folder.path("text.sqlite"), encoding: .utf8) == "just text")
            let usage = try HireBinary.run(["candidate", "add", "--name", "X"] + ws)
            #expect(usage.status != 0)
            #expect(usage.stderr.contains("--role or --opening"))
            #expect(try HireBinary.run(["init"] + ws).status != 0)
        }
    }

    @Test("hire demo runs the whole walk-through on a fresh workspace and prints its path")
    func demo() throws {
        try withTemporaryFolder { folder in
            let result = try HireBinary.run(["demo", "--workspace", folder.path("demo.sqlite")], in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("Load the role profiles"))
            #expect(result.stdout.contains("export HIRE_WORKSPACE=\(folder.path("demo.sqlite"))"))
            let list = try HireBinary.run(["candidate", "list", "--format", "json", "--workspace", folder.path("demo.sqlite")])
            #expect(list.status == 0)
            #expect(((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8))) as? [Any])?.isEmpty == false)
        }
    }
}
