import Foundation
import HireTestSupport
import Testing

/// The issue "First use without a dead end": what a new workspace runs into, end to end.
@Suite("first use without a dead end")
struct FirstUseCommandTests {
    /// A workspace with the shipped role profiles loaded.
    struct Shipped: FolderFixture {
        let folder: TemporaryFolder
        var ws: [String] { ["--workspace", folder.path("w.sqlite")] }

        init(in folder: TemporaryFolder) throws {
            self.folder = folder
            try ok(["init"])
            try ok(["roles", "load", "Scorecards/"])
        }

        @discardableResult
        func run(_ arguments: [String]) throws -> HireBinary.Result { try HireBinary.run(arguments + ws) }

        @discardableResult
        func ok(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> HireBinary.Result {
            let result = try run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
            return result
        }

        /// One value from the workspace, read with the sqlite3 shell.
        func sqlite(_ query: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["sqlite3", folder.path("w.sqlite"), query]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            process.waitUntilExit()
            return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }

        func fails(_ arguments: [String], saying text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let result = try run(arguments)
            #expect(result.status != 0, "\(arguments) should fail", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(text), "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        }
    }

    @Test("importing before the openings exist names them; adding one attaches its candidates; set-role, set-opening and re-import fill the rest")
    func importBeforeOpenings() throws {
        try Shipped.with { s in
            let first = try s.run(["import", "Imports/agency-batch-hrxml2.xml"])
            #expect(first.stdout.contains("Openings cited that this workspace lacks: AE-2026-01 (1 candidate), SDR-2026-03 (1 candidate)."), "\(first.stdout)")
            #expect(first.stdout.contains("`hire opening add AE-2026-01 --role ROLE` attaches them"))
            let json = try JSONSerialization.jsonObject(with: Data(s.run(["import", "Imports/agency-batch-hrxml2.xml", "--output", "json"]).stdout.utf8)) as? [String: Any]
            let files = json?["files"] as? [[String: Any]]
            #expect(files?.first?["missingOpenings"] as? [String: Int] == ["AE-2026-01": 1, "SDR-2026-03": 1])

            // No role yet: the scorecard form says how to give one.
            try s.ok(["people", "add", "Ida One", "--email", "ida@example.com"])
            try s.fails(
                ["scorecard", "new", "kwame.mensah@example.org", "--round", "phone-screen", "--interviewer", "ida@example.com"],
                saying: "has no role; scorecards need one; give them one with `hire candidate set-opening")

            // Adding the opening attaches the candidate who cites it, with its role, in the history.
            let added = try s.ok(["opening", "add", "AE-2026-01", "--role", "account-executive"])
            #expect(added.stdout.contains("Attached 1 candidate whose application cites it"), "\(added.stdout)")
            let zoe = try s.ok(["candidate", "show", "zoe.castellanos@example.org"]).stdout
            #expect(zoe.contains("Role:     account-executive (version 1)"), "\(zoe)")
            #expect(zoe.contains("Opening:  AE-2026-01"))
            #expect(zoe.contains("Applied for: AE-2026-01 (their opening)"))
            #expect(zoe.contains("applied  by "), "\(zoe)")
            #expect(zoe.contains(": opening AE-2026-01: their application cites it; the opening was added"))
            let again = try s.run(["import", "Imports/agency-batch-hrxml2.xml"]).stdout
            #expect(again.contains("Openings cited that this workspace lacks: SDR-2026-03 (1 candidate)."), "\(again)")

            // Re-importing with --role fills a missing role of a candidate found again, unchanged.
            let filled = try s.run(["import", "Imports/agency-batch-hrxml2.xml", "--role", "sales-development-rep"])
            #expect(filled.status == 2)  // one record set aside
            #expect(filled.stdout.contains("0 imported, 1 updated, 1 unchanged"), "\(filled.stdout)")  // Kwame gets a role; Zoë has hers
            let kwame = try s.ok(["candidate", "show", "kwame.mensah@example.org"]).stdout
            #expect(kwame.contains("Role:     sales-development-rep (version 1)"), "\(kwame)")
            #expect(try s.ok(["candidate", "show", "zoe.castellanos@example.org"]).stdout.contains("Role:     account-executive"))
            let audit = try s.ok(["audit"]).stdout
            #expect(audit.contains("candidate.role"), "\(audit)")
            #expect(audit.contains("candidate.opening"))

            // By hand, with a reason, in the history.
            try s.ok(["opening", "add", "SDR-2026-03", "--role", "sales-development-rep"])
            try s.ok(["candidate", "set-opening", "kwame.mensah@example.org", "AE-2026-01", "--reason", "better fit for the AE team"])
            let moved = try s.ok(["candidate", "show", "kwame.mensah@example.org"]).stdout
            #expect(moved.contains("Role:     account-executive"), "\(moved)")
            #expect(moved.contains("opening AE-2026-01: better fit for the AE team"))
            try s.fails(["candidate", "set-role", "kwame.mensah@example.org", "sales-manager", "--reason", "x"], saying: "is for role 'account-executive'")
            try s.fails(["candidate", "set-role", "kwame.mensah@example.org", "account-executive"], saying: "--reason")
            try s.ok(["scorecard", "new", "kwame.mensah@example.org", "--round", "phone-screen", "--interviewer", "ida@example.com", "-o", s.folder.path("f.yaml")])
        }
    }

    @Test("a candidate citing several openings attaches to the first of them that exists; candidate show lists the others")
    func severalOpenings() throws {
        try Shipped.with { s in
            let original = try String(contentsOf: HireBinary.packageRoot.appendingPathComponent("Imports/agency-batch-hrxml2.xml"), encoding: .utf8)
            let several = original.replacingOccurrences(
                of: "<PositionPosting><Id><IdValue>AE-2026-01</IdValue></Id></PositionPosting>\n        </RelatedPositionPostings>\n        <CandidateSupplier",
                with: """
                    <PositionPosting><Id><IdValue>XX-9</IdValue></Id></PositionPosting>
                    <PositionPosting><Id><IdValue>SDR-2026-03</IdValue></Id></PositionPosting>
                    <PositionPosting><Id><IdValue>AE-2026-01</IdValue></Id></PositionPosting>
                    </RelatedPositionPostings>
                    <CandidateSupplier
                    """)
            #expect(several != original)
            let feed = try s.folder.write("several.xml", several)
            try s.ok(["opening", "add", "AE-2026-01", "--role", "account-executive"])
            try s.ok(["opening", "add", "SDR-2026-03", "--role", "sales-development-rep"])
            let imported = try s.run(["import", feed]).stdout
            #expect(!imported.contains("lacks"), "\(imported)")
            let zoe = try s.ok(["candidate", "show", "zoe.castellanos@example.org"]).stdout
            #expect(zoe.contains("Opening:  SDR-2026-03"), "\(zoe)")
            #expect(zoe.contains("Applied for: XX-9 (not an opening here), SDR-2026-03 (their opening), AE-2026-01\n"), "\(zoe)")

            // Only the later one exists when it is added: the candidate attaches to it.
            try Shipped.with { t in
                try t.run(["import", feed])
                try t.ok(["opening", "add", "AE-2026-01", "--role", "account-executive"])
                #expect(try t.ok(["candidate", "show", "zoe.castellanos@example.org"]).stdout.contains("Opening:  AE-2026-01"))
            }
        }
    }

    @Test("the slate shows active candidates unless --all, in the CLI and the report")
    func slateActiveByDefault() throws {
        try Shipped.with { s in
            for (name, email) in [("Ann Able", "ann@example.com"), ("Bea Bold", "bea@example.com"), ("Cy Calm", "cy@example.com")] {
                try s.ok(["candidate", "add", "--name", name, "--email", email, "--role", "account-executive"])
            }
            try s.ok(["candidate", "move", "cy@example.com", "rejected", "--reason", "not now"])
            let active = try s.ok(["slate", "account-executive", "--format", "csv"]).stdout
            #expect(active.contains("Ann Able") && active.contains("Bea Bold"))
            #expect(!active.contains("Cy Calm"), "\(active)")
            #expect(try s.ok(["slate", "account-executive", "--all", "--format", "csv"]).stdout.contains("Cy Calm"))
            let report = try s.ok(["report", "slate", "account-executive", "-o", s.folder.path("slate.html")]).stdout
            #expect(report.contains("(2 candidates)"), "\(report)")
            let all = try s.ok(["report", "slate", "account-executive", "--all", "-o", s.folder.path("all.html")]).stdout
            #expect(all.contains("(3 candidates)"), "\(all)")
            try s.ok(["candidate", "move", "ann@example.com", "withdrawn", "--reason", "took another offer"])
            try s.ok(["candidate", "move", "bea@example.com", "rejected", "--reason", "no"])
            #expect(try s.ok(["slate", "account-executive"]).stdout.contains("No active candidates for account-executive (--all shows everyone)."))
        }
    }

    @Test("errors name the record: the candidate who has the email; no mentors at all says how to add one")
    func errorsNameTheRecord() throws {
        try Shipped.with { s in
            try s.ok(["candidate", "add", "--name", "Ann Able", "--email", "ann@example.com", "--role", "account-executive"])
            try s.fails(
                ["candidate", "add", "--name", "Ann B. Able", "--email", "ANN@example.com", "--role", "account-executive"],
                saying: "a candidate with that email already exists: 1 (Ann Able)")
            try s.ok(["people", "add", "Maria Lopez", "--email", "maria@example.com"])
            try s.ok(["candidate", "move", "1", "interviewing", "--reason", "screened"])
            try s.ok(["decide", "1", "hire", "--start", "2026-04-01", "--manager", "Maria Lopez", "--override", "test hire", "--today", "2026-03-20"])
            try s.fails(["mentor", "suggest", "1"], saying: "there are no mentors yet; make someone one with `hire mentor add PERSON --strengths ...`")
            try s.ok(["mentor", "add", "Maria Lopez", "--strengths", "discovery"])
            #expect(try s.run(["mentor", "suggest", "1"]).status == 0)
        }
    }

    @Test("openings close and reopen; the list hides closed ones unless --all; the hire that fills the headcount says how to close it")
    func openingsCloseAndHeadcount() throws {
        try Shipped.with { s in
            try s.ok(["opening", "add", "AE-1", "--role", "account-executive", "--headcount", "2"])
            try s.ok(["opening", "add", "AE-2", "--role", "account-executive"])
            try s.ok(["opening", "close", "AE-2", "--reason", "budget frozen"])
            let list = try s.ok(["opening", "list"]).stdout
            #expect(list.contains("AE-1") && !list.contains("AE-2"), "\(list)")
            #expect(try s.ok(["opening", "list", "--all"]).stdout.contains("AE-2"))
            try s.fails(["opening", "close", "AE-2"], saying: "already closed")
            try s.ok(["opening", "reopen", "AE-2"])
            #expect(try s.ok(["opening", "list"]).stdout.contains("AE-2"))
            #expect(try s.ok(["audit"]).stdout.contains("opening.close"))
            #expect(try s.run(["opening", "add", "AE-3", "--role", "account-executive", "--headcount", "0"]).status == 64)

            try s.ok(["people", "add", "Maria Lopez", "--email", "maria@example.com"])
            for (name, email) in [("Ann Able", "ann@example.com"), ("Bea Bold", "bea@example.com")] {
                try s.ok(["candidate", "add", "--name", name, "--email", email, "--opening", "AE-1"])
                try s.ok(["candidate", "move", email, "interviewing", "--reason", "screened"])
            }
            let hire = ["hire", "--start", "2026-04-01", "--manager", "Maria Lopez", "--override", "test", "--today", "2026-03-20"]
            let first = try s.ok(["decide", "1"] + hire).stdout
            #expect(first.contains("Opening AE-1: 1 of 2 hired"), "\(first)")
            let second = try s.ok(["decide", "2"] + hire).stdout
            #expect(second.contains("This fills opening AE-1 (2 of 2 hired); close it with `hire opening close AE-1 --reason ...`"), "\(second)")
            try s.ok(["opening", "edit", "AE-1", "--headcount", "3"])
            #expect(try s.ok(["opening", "list", "--format", "json"]).stdout.contains("\"headcount\" : 3"))
        }
    }

    @Test("scheduling refuses overlapping interviews of an interviewer or a candidate unless --allow-overlap; --duration is stored")
    func schedulingClashes() throws {
        try Shipped.with { s in
            for (name, email) in [("Ann Able", "ann@example.com"), ("Bea Bold", "bea@example.com")] {
                try s.ok(["candidate", "add", "--name", name, "--email", email, "--role", "account-executive"])
            }
            for (name, email) in [("Ida One", "ida@example.com"), ("Jo Two", "jo@example.com"), ("Kim Three", "kim@example.com")] {
                try s.ok(["people", "add", name, "--email", email])
            }
            func schedule(_ candidate: String, _ round: String, _ person: String, _ at: String, _ extra: [String] = []) -> [String] {
                ["interview", "schedule", candidate, "--round", round, "--interviewer", person, "--at", "2026-03-02T\(at)"] + extra
            }
            try s.ok(schedule("1", "phone-screen", "1", "10:00", ["--duration", "45"]))
            try s.fails(schedule("2", "phone-screen", "1", "10:30"), saying: "interviewer 1 already has interview 1 (candidate 1, round 'phone-screen') at an overlapping time")
            try s.fails(schedule("2", "phone-screen", "1", "10:30"), saying: "pass --allow-overlap")
            try s.ok(schedule("2", "phone-screen", "1", "10:45"))  // back to back
            try s.ok(schedule("1", "phone-screen", "3", "10:00"))  // a panel: the same round together
            try s.fails(schedule("1", "hiring-manager", "2", "10:30"), saying: "candidate 1 already has interview 1 (round 'phone-screen', interviewer 1)")
            try s.ok(schedule("1", "hiring-manager", "2", "10:30", ["--allow-overlap"]))
            let list = try s.ok(["interview", "list", "1", "--format", "json"]).stdout
            #expect(list.contains("\"durationMinutes\" : 45"), "\(list)")
            #expect(try s.run(["interview", "schedule", "1", "--round", "panel", "--interviewer", "1", "--duration", "0"]).status == 64)
        }
    }

    @Test("people: a second person of the same name warns; ambiguous names list the matches; edit, retire and merge")
    func people() throws {
        try Shipped.with { s in
            try s.ok(["people", "add", "Maria Lopez", "--email", "maria@example.com"])
            let twice = try s.ok(["people", "add", "Maria Lopez", "--email", "maria.lopez@example.org"])
            #expect(twice.stderr.contains("warning: 2 people are now called Maria Lopez: 1 maria@example.com, 2 maria.lopez@example.org"), "\(twice.stderr)")
            try s.ok(["people", "add", "Tom Becker", "--email", "tom@example.com"])
            try s.ok(["candidate", "add", "--name", "Ann Able", "--email", "ann@example.com", "--role", "account-executive"])
            try s.ok(["candidate", "move", "1", "interviewing", "--reason", "screened"])
            try s.fails(
                ["interview", "schedule", "1", "--round", "phone-screen", "--interviewer", "Maria Lopez"],
                saying: "more than one person is called 'Maria Lopez': 1 maria@example.com, 2 maria.lopez@example.org; use their id or email")

            // Everything that names the duplicate moves to the person kept.
            try s.ok(["opening", "add", "AE-1", "--role", "account-executive", "--manager", "2"])
            try s.ok(["interview", "schedule", "1", "--round", "phone-screen", "--interviewer", "2"])
            try s.ok(["scorecard", "submit", "--candidate", "1", "--round", "phone-screen", "--interviewer", "2",
                      "--rate", "ownership=3", "--rate", "grit=3", "--rate", "coachability=3", "--recommend", "yes"])
            try s.ok(["decide", "1", "hire", "--start", "2026-04-01", "--manager", "2", "--override", "test", "--today", "2026-03-20"])
            try s.ok(["mentor", "add", "2", "--strengths", "discovery"])
            try s.ok(["people", "access", "2", "--grant", "recruiter"])
            try s.fails(["people", "merge", "2", "1", "--as", "3"], saying: "may not do this (people.merge)")
            let merged = try s.ok(["people", "merge", "maria.lopez@example.org", "maria@example.com"]).stdout
            #expect(merged.contains("Merged person 2 into person 1 (Maria Lopez <maria@example.com>)"), "\(merged)")
            for (table, column) in [("interview", "interviewerId"), ("scorecard", "interviewerId"), ("decision", "managerId"), ("newHire", "managerId"),
                                    ("opening", "managerId"), ("mentor", "personId"), ("rampMilestone", "ownerPersonId"), ("newHire", "personId")] {
                #expect(try s.sqlite("SELECT count(*) FROM \(table) WHERE \(column) = 2") == "0", "\(table).\(column)")
            }
            #expect(try s.sqlite("SELECT count(*) FROM scorecard WHERE interviewerId = 1") == "1")
            // Maria, Tom, and Ann, whom the hire made a person.
            #expect(try s.sqlite("SELECT count(*) FROM person") == "3")
            #expect(try s.sqlite("SELECT count(*) FROM person WHERE id = 2") == "0")
            #expect(try s.ok(["people", "access", "1"]).stdout.contains("recruiter"))
            #expect(try s.ok(["audit"]).stdout.contains("person.merge"))
            try s.fails(["scorecard", "amend", "1", "--rate", "grit=4", "--reason", "x", "--as", "2"], saying: "person")  // the duplicate is gone

            // Edit and retire.
            let edited = try s.ok(["people", "edit", "Tom Becker", "--title", "Account Executive", "--email", "tom.becker@example.com"]).stdout
            #expect(edited.contains("Person 3: Tom Becker <tom.becker@example.com>, Account Executive"), "\(edited)")
            try s.fails(["people", "edit", "3", "--email", "maria@example.com"], saying: "person 1 (Maria Lopez) already has that email")
            try s.ok(["people", "retire", "Tom Becker", "--reason", "left the company"])
            #expect(try s.ok(["people", "list"]).stdout.contains("retired"))
            try s.ok(["candidate", "add", "--name", "Bea Bold", "--email", "bea@example.com", "--role", "account-executive"])
            try s.ok(["candidate", "move", "2", "interviewing", "--reason", "screened"])
            try s.fails(["interview", "schedule", "2", "--round", "phone-screen", "--interviewer", "3"], saying: "Tom Becker (person 3) is retired")
            try s.fails(["mentor", "add", "3", "--strengths", "discovery"], saying: "is retired")
            #expect(try s.ok(["interview", "list", "1"]).status == 0)
        }
    }
}
