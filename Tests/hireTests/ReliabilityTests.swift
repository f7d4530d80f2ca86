import Foundation
import HireTestSupport
import GRDB
import Testing
@testable import HireKit

/// The guarantees of README "Guarantees", each proved against the real binary and real files.
@Suite("hire binary: reliability guarantees", .serialized)
struct ReliabilityTests {
    /// A workspace with the shipped role profiles, made with the binary.
    static func workspace(in folder: TemporaryFolder, name: String = "w.sqlite") throws -> [String] {
        let ws = ["--workspace", folder.path(name)]
        #expect(try HireBinary.run(["init"] + ws).status == 0)
        #expect(try HireBinary.run(["roles", "load", "Scorecards"] + ws).status == 0)
        return ws
    }

    @Test("hire candidate erase leaves no byte of the person in the file; purge --dry-run lists, purge erases")
    func eraseEndToEnd() throws {
        try withTemporaryFolder { folder in
            let ws = try Self.workspace(in: folder)
            let name = "Wendeline Quazzoni", email = "w.quazzoni@example.net"
            #expect(try HireBinary.run(["candidate", "add", "--name", name, "--email", email, "--role", "account-executive"] + ws).status == 0)
            #expect(try HireBinary.run(["candidate", "add", "--name", "Kept Person", "--email", "kept@example.net", "--role", "account-executive"] + ws).status == 0)
            #expect(try HireBinary.run(["candidate", "move", "1", "rejected", "--reason", "Quazzoni lacks quota history"] + ws).status == 0)
            // A feed named after her, with broken records of hers (only given and family names; a
            // formatted name with inner spaces) and of someone else: all set aside as rejects.
            let feed = folder.path("Wendeline Quazzoni.xml")
            try """
                <?xml version="1.0" encoding="UTF-8"?>
                <Candidates xmlns="http://ns.hr-xml.org/2006-02-28">
                <Resume><StructuredXMLResume><ContactInfo><PersonName><GivenName>Wendeline</GivenName><FamilyName>Quazzoni</FamilyName></PersonName>
                  <ContactMethod><InternetEmailAddress>not an email</InternetEmailAddress></ContactMethod></ContactInfo></StructuredXMLResume></Resume>
                <Resume><StructuredXMLResume><ContactInfo><PersonName><FormattedName>Wendeline   Quazzoni</FormattedName></PersonName>
                  <ContactMethod><InternetEmailAddress>nope</InternetEmailAddress></ContactMethod></ContactInfo></StructuredXMLResume></Resume>
                <Resume><StructuredXMLResume><ContactInfo><PersonName><FormattedName>Otto Keptmann</FormattedName></PersonName>
                  <ContactMethod><InternetEmailAddress>otto at example</InternetEmailAddress></ContactMethod></ContactInfo></StructuredXMLResume></Resume>
                </Candidates>
                """.write(toFile: feed, atomically: true, encoding: .utf8)
            let imported = try HireBinary.run(["import", feed, "--role", "account-executive"] + ws)
            #expect(imported.status == 2, "\(imported.stderr)")

            let naming = try HireBinary.run(["candidate", "erase", "1", "--reason", "Wendeline asked by mail"] + ws)
            #expect(naming.status == 1)
            #expect(naming.stderr.contains("must not contain") && !naming.stderr.contains("Quazzoni"))

            let dry = try HireBinary.run(["candidate", "purge", "--rejected-before", "2199-01-01", "--reason", "retention", "--dry-run"] + ws)
            #expect(dry.status == 0 && dry.stdout.contains("Would erase 1 candidate rejected before 2199-01-01: 1"), "\(dry.stdout)")
            let erase = try HireBinary.run(["candidate", "erase", email, "--reason", "data subject request 2026-11", "--by", "dpo"] + ws)
            #expect(erase.status == 0, "\(erase.stderr)")
            #expect(erase.stdout.hasPrefix("Erased candidate 1 ("))
            var bytes = Data()
            for file in [folder.path("w.sqlite"), folder.path("w.sqlite-wal")] where FileManager.default.fileExists(atPath: file) {
                bytes += try Data(contentsOf: URL(fileURLWithPath: file))
            }
            for needle in ["Wendeline", "Quazzoni", "w.quazzoni"] { #expect(bytes.range(of: Data(needle.utf8)) == nil, "\(needle) on disk") }
            #expect(bytes.range(of: Data("Keptmann".utf8)) != nil, "another person's reject stays")
            let rejects = try HireBinary.run(["import", "rejects", "--format", "csv"] + ws)
            #expect(rejects.stdout.split(separator: "\n").count == 2 && rejects.stdout.contains("(erased)"), "\(rejects.stdout)")
            let audit = try HireBinary.run(["audit", "1", "--format", "json"] + ws)
            #expect(audit.stdout.contains("candidate.erase") && audit.stdout.contains("data subject request") && !audit.stdout.contains("Quazzoni"))
            let list = try HireBinary.run(["candidate", "list", "--format", "csv"] + ws)
            #expect(!list.stdout.contains("erased") && list.stdout.contains("kept@example.net"))
            let purge = try HireBinary.run(["candidate", "purge", "--rejected-before", "2199-01-01", "--reason", "retention"] + ws)
            #expect(purge.status == 0 && purge.stdout.hasPrefix("Erased 0 candidates"), "\(purge.stdout)")
            #expect(try Reliability.integrity(folder.path("w.sqlite")) == "ok")
        }
    }

    @Test("four processes writing at once: no lost write, no 'database is locked', exact counts")
    func concurrentWriters() throws {
        try withTemporaryFolder { folder in
            let ws = try Self.workspace(in: folder)
            let path = folder.path("w.sqlite")
            // Two new hires whose milestones two of the workers complete.
            var milestones: [String] = []
            do {
                let workspace = try Workspace.open(at: path)
                let manager = try workspace.people.add(name: "Manny Manager", email: "manny@example.com", title: nil, actor: "t")
                for n in 1...2 {
                    let candidate = try workspace.candidates.add(NewCandidate(name: "Hire \(n)", email: "hire\(n)@example.com", role: "account-executive"), actor: "t")
                    try workspace.writer.write { db in
                        try Workspace.startRamp(
                            db, candidate: candidate,
                            request: HireRequest(hiredOn: CalendarDate("2026-02-20")!, start: CalendarDate("2026-03-02")!, managerId: manager.id!), actor: "t")
                    }
                }
                milestones = try workspace.onboarding.plan(1).milestones.map(\.milestoneId)
            }
            let perWorker = 25
            let withImport = Reliability.hasCommand("import")
            let withScorecards = Reliability.hasCommand("scorecard", "submit")
            #expect(try HireBinary.run(["people", "add", "Ida Interviewer", "--email", "ida@example.com"] + ws).status == 0)
            var scripts: [String] = []
            for worker in ["a", "b"] {
                scripts.append("""
                    for i in $(seq 1 \(perWorker)); do "$HIRE" candidate add \(ws.joined(separator: " ")) --name "Worker \(worker) $i" \
                    --email \(worker)$i@example.com --role account-executive --by worker-\(worker) || echo "FAILED \(worker)$i"
                    \(worker == "b" && withScorecards ? "" : ":") "$HIRE" scorecard submit \(ws.joined(separator: " ")) --candidate b$i@example.com --round phone-screen \
                    --interviewer ida@example.com --rate ownership=3 --rate grit=4 --rate coachability=2 --evidence "grit=kept calling back" --recommend yes --unscheduled || echo "FAILED scorecard $i"
                    done
                    """)
            }
            for hire in 1...2 {
                var script = milestones.map {
                    "\"$HIRE\" ramp complete \(hire) \($0) --on 2026-12-31 --today 2026-12-31 --force --reason concurrency \(ws.joined(separator: " ")) || echo \"FAILED \(hire) \($0)\""
                }.joined(separator: "\n")
                if withImport && hire == 2 {
                    let feed = try folder.write("feed.xml", Reliability.hrxml2Feed(count: 300, prefix: "CC"))
                    script += "\n\"$HIRE\" import \(feed) \(ws.joined(separator: " ")) || echo \"FAILED import\""
                }
                scripts.append(script)
            }
            let started = Date()
            let processes = try scripts.enumerated().map { try Reliability.start([$1], shell: true, in: folder, log: "worker\($0)") }
            for process in processes { process.waitUntilExit() }
            let seconds = Date().timeIntervalSince(started)

            for index in scripts.indices {
                let out = try String(contentsOfFile: folder.path("worker\(index).out"), encoding: .utf8)
                let err = try String(contentsOfFile: folder.path("worker\(index).err"), encoding: .utf8)
                #expect(!out.contains("FAILED"), "worker \(index): \(out.split(separator: "\n").filter { $0.contains("FAILED") }.prefix(3))")
                #expect(!err.lowercased().contains("locked") && !err.lowercased().contains("busy"), "worker \(index): \(err.prefix(300))")
            }
            let expectedCandidates = 2 + 2 * perWorker + (withImport ? 300 : 0)
            #expect(try Reliability.count(path, "SELECT count(*) FROM candidate") == expectedCandidates)
            #expect(try Reliability.count(path, "SELECT count(DISTINCT emailKey) FROM candidate") == expectedCandidates)
            #expect(try Reliability.count(path, "SELECT count(*) FROM rampMilestone WHERE state = 'done'") == 2 * milestones.count)
            #expect(try Reliability.count(path, "SELECT count(*) FROM auditEvent WHERE action = 'candidate.add'") == 2 + 2 * perWorker)
            #expect(try Reliability.count(path, "SELECT count(*) FROM auditEvent WHERE action = 'ramp.complete'") == 2 * milestones.count)
            if withScorecards {
                #expect(try Reliability.count(path, "SELECT count(*) FROM scorecard") == perWorker)
                #expect(try Reliability.count(path, "SELECT count(*) FROM rating") == 3 * perWorker)
            }
            #expect(try Reliability.integrity(path) == "ok")
            print("concurrency: \(scripts.count) writers, \(2 * perWorker + 2 * milestones.count + (withScorecards ? perWorker : 0)) commands\(withImport ? " + an import of 300" : "") in \(String(format: "%.1f", seconds)) s")
        }
    }

    @Test("killing hire roles load at random moments never corrupts the workspace; re-running loads each role once")
    func killedRolesLoad() throws {
        try withTemporaryFolder { folder in
            #expect(try HireBinary.run(["init", "--workspace", folder.path("template.sqlite")]).status == 0)
            var generator = SeededGenerator(test: "killedRolesLoad")
            var interrupted = 0, committed = 0
            // How long a whole load takes here, so the kills land within it.
            try FileManager.default.copyItem(atPath: folder.path("template.sqlite"), toPath: folder.path("timing.sqlite"))
            let started = Date()
            #expect(try HireBinary.run(["roles", "load", "Scorecards", "--workspace", folder.path("timing.sqlite")]).status == 0)
            let duration = Date().timeIntervalSince(started)
            for round in 0..<10 {
                let path = folder.path("w\(round).sqlite")
                try FileManager.default.copyItem(atPath: folder.path("template.sqlite"), toPath: path)
                let process = try Reliability.start(["roles", "load", HireBinary.packageRoot.appendingPathComponent("Scorecards").path, "--workspace", path], in: folder, log: "load\(round)")
                usleep(UInt32(Double.random(in: 0.0..<0.9, using: &generator) * duration * 1_000_000))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                if process.terminationReason == .uncaughtSignal { interrupted += 1 }
                #expect(try Reliability.integrity(path) == "ok", "round \(round)")
                if process.terminationReason == .uncaughtSignal, try Reliability.count(path, "SELECT count(*) FROM role") > 0 { committed += 1 }
                let again = try HireBinary.run(["roles", "load", "Scorecards", "--workspace", path])
                #expect(again.status == 0, "round \(round): \(again.stderr)")
                #expect(try Reliability.count(path, "SELECT count(*) FROM role") == 3)
                #expect(try Reliability.count(path, "SELECT count(*) FROM roleVersion") == 3)
            }
            print("roles load kills: 10 rounds (\(String(format: "%.2f", duration)) s per load); \(interrupted) killed it while running, \(committed) of those after its commit")
            #expect(interrupted > 0, "no kill landed while roles load was running")
        }
    }

    @Test(
        "killing hire import at 20 random moments of a large feed: integrity ok, and re-running imports every candidate exactly once",
        .enabled(if: Reliability.hasCommand("import"), "hire import has not landed on this branch yet"))
    func killedImport() throws {
        try withTemporaryFolder { folder in
            let count = 2000
            let feed = try folder.write("big.xml", Reliability.hrxml2Feed(count: count, prefix: "BIG"))
            _ = try Self.workspace(in: folder, name: "template.sqlite")
            // How long a whole import takes here, so the kills land anywhere in it.
            try FileManager.default.copyItem(atPath: folder.path("template.sqlite"), toPath: folder.path("timing.sqlite"))
            let started = Date()
            let full = try HireBinary.run(["import", feed, "--workspace", folder.path("timing.sqlite"), "--batch-size", "250"])
            #expect(full.status == 0, "\(full.stderr.prefix(500))")
            let duration = Date().timeIntervalSince(started)
            var generator = SeededGenerator(test: "killedImport")
            var partial = 0
            for round in 0..<20 {
                let path = folder.path("w\(round).sqlite")
                try FileManager.default.copyItem(atPath: folder.path("template.sqlite"), toPath: path)
                // Several commits per import, so that a kill can land between them (and leave a prefix).
                let process = try Reliability.start(["import", feed, "--workspace", path, "--batch-size", "250"], in: folder, log: "import\(round)")
                usleep(UInt32(Double.random(in: 0.05...1.0, using: &generator) * duration * 1_000_000))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                #expect(try Reliability.integrity(path) == "ok", "round \(round)")
                _ = try Workspace.open(at: path)
                let kept = try Reliability.count(path, "SELECT count(*) FROM candidate")
                if kept > 0 && kept < count { partial += 1 }
                let again = try HireBinary.run(["import", feed, "--workspace", path])
                #expect(again.status == 0, "round \(round): \(again.stderr.prefix(300))")
                #expect(try Reliability.count(path, "SELECT count(*) FROM candidate") == count, "round \(round)")
                #expect(try Reliability.count(path, "SELECT count(DISTINCT externalId) FROM candidate") == count, "round \(round)")
                try FileManager.default.removeItem(atPath: path)
            }
            print("import kills: 20 rounds over a \(count)-candidate feed (\(String(format: "%.1f", duration)) s per import); \(partial) kills left a partial import")
            #expect(partial > 0, "no kill landed between the import's commits")
        }
    }

    @Test(
        "killing hire scorecard submit at random moments: integrity ok, and the scorecard ends up recorded once with all its ratings",
        .enabled(if: Reliability.hasCommand("scorecard", "submit"), "hire scorecard has not landed on this branch yet"))
    func killedScorecardSubmit() throws {
        try withTemporaryFolder { folder in
            let ws = try Self.workspace(in: folder)
            let path = folder.path("w.sqlite")
            #expect(try HireBinary.run(["people", "add", "Ida Interviewer", "--email", "ida@example.com"] + ws).status == 0)
            var generator = SeededGenerator(test: "killedScorecardSubmit")
            var interrupted = 0, committed = 0
            let started = Date()
            #expect(try HireBinary.run(["scorecard", "list", "1"] + ws).status != 0)
            // A command's run time here (start-up and opening the workspace dominate), so the kills land within one.
            let duration = max(Date().timeIntervalSince(started), 0.05)
            for round in 1...10 {
                #expect(try HireBinary.run(["candidate", "add", "--name", "Candidate \(round)", "--email", "c\(round)@example.com", "--role", "account-executive"] + ws).status == 0)
                let submit = ["scorecard", "submit", "--candidate", "c\(round)@example.com", "--round", "phone-screen", "--interviewer", "ida@example.com",
                    "--rate", "ownership=3", "--rate", "grit=4", "--rate", "coachability=2", "--evidence", "grit=kept calling back",
                    "--recommend", "yes", "--unscheduled"] + ws
                let process = try Reliability.start(submit, in: folder, log: "submit\(round)")
                usleep(UInt32(Double.random(in: 0.0..<0.9, using: &generator) * duration * 1_000_000))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                if process.terminationReason == .uncaughtSignal { interrupted += 1 }
                #expect(try Reliability.integrity(path) == "ok", "round \(round)")
                let existing = try Reliability.count(path, "SELECT count(*) FROM scorecard WHERE candidateId = \(round)")
                if process.terminationReason == .uncaughtSignal && existing == 1 { committed += 1 }
                let again = try HireBinary.run(submit)
                // Either the killed submission committed (and a second is refused) or it left nothing (and this one records it).
                #expect(existing == 1 ? again.status == 1 && again.stderr.contains("already submitted") : again.status == 0, "round \(round): \(again.stderr)")
                #expect(try Reliability.count(path, "SELECT count(*) FROM scorecard WHERE candidateId = \(round)") == 1, "round \(round)")
                #expect(try Reliability.count(path, "SELECT count(*) FROM rating JOIN scorecard ON scorecard.id = rating.scorecardId WHERE candidateId = \(round)") == 3)
            }
            print("scorecard submit kills: 10 rounds; \(interrupted) killed it while running, \(committed) of those after its commit")
            #expect(interrupted > 0, "no kill landed while scorecard submit was running")
        }
    }
}
