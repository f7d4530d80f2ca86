import Foundation
import GRDB
import HireTestSupport
import Testing

@Suite("hire binary: dates a user gives")
struct DateEdgeCommandTests {
    @Test("a far-future start is refused at the edge; a late one needs --allow-late-start; every date option keeps to 1900-2200")
    func farFutureStart() throws {
        try withTemporaryFolder { folder in
            let ws = ["--workspace", folder.path("w.sqlite")]
            #expect(try HireBinary.run(["init"] + ws).status == 0)
            #expect(try HireBinary.run(["roles", "load", "Scorecards"] + ws).status == 0)
            #expect(try HireBinary.run(["people", "add", "Maria Lopez", "--email", "maria@example.com"] + ws).status == 0)
            #expect(try HireBinary.run(["candidate", "add", "--name", "Ada Example", "--email", "ada@example.com", "--role", "account-executive"] + ws).status == 0)
            #expect(try HireBinary.run(["candidate", "move", "1", "interviewing", "--reason", "r"] + ws).status == 0)
            let hire = ["decide", "1", "hire", "--manager", "Maria Lopez", "--override", "test", "--today", "2026-03-01"] + ws

            let typo = try HireBinary.run(hire + ["--start", "9999-12-25"])
            #expect(typo.status == 64)
            #expect(typo.stderr.contains("between 1900-01-01 and 2200-12-31"))
            let late = try HireBinary.run(hire + ["--start", "2028-06-01"])
            #expect(late.status == 1)
            #expect(late.stderr.contains("more than 2 years after the decision's day 2026-03-01"), "\(late.stderr)")
            #expect(late.stderr.contains("--allow-late-start REASON"))
            let allowed = try HireBinary.run(hire + ["--start", "2028-06-01", "--allow-late-start", "visa takes two years"])
            #expect(allowed.status == 0, "\(allowed.stderr)")

            for arguments in [
                ["audit", "--since", "1899-12-31"], ["ramp", "status", "--today", "2201-01-01"], ["report", "ramp", "-o", folder.path("r.html"), "--today", "9999-01-01"],
                ["ramp", "complete", "1", "paperwork", "--on", "2201-01-01"], ["checkin", "add", "1", "--on", "0202-01-01"],
                ["candidate", "purge", "--rejected-before", "2201-01-01", "--reason", "r", "--dry-run"],
            ] {
                let result = try HireBinary.run(arguments + ws)
                #expect(result.status == 64, "\(arguments)")
                // The option, the value, the form and the range; not ArgumentParser's bare "is invalid".
                let flag = arguments.first { $0.hasPrefix("--") && $0 != "--reason" && $0 != "--dry-run" }!
                #expect(result.stderr.contains("'\(flag) <date>'") && result.stderr.contains("give a date YYYY-MM-DD between 1900-01-01 and 2200-12-31"), "\(arguments): \(result.stderr)")
                #expect(result.stderr.contains("is outside the dates Hire accepts"), "\(result.stderr)")
            }
            for (value, expected) in [("2025-02-29", "no such day on the calendar"), ("next tuesday", "give a date YYYY-MM-DD between"), ("1.3.2026", "give a date YYYY-MM-DD")] {
                let result = try HireBinary.run(["ramp", "status", "--today", value] + ws)
                #expect(result.status == 64 && result.stderr.contains(expected), "\(value): \(result.stderr)")
            }
            let report = try HireBinary.run(["report", "ramp", "-o", folder.path("r.html")] + ws)
            #expect(report.status == 0, "\(report.stderr)")
        }
    }

    @Test("ramp status, show and plan report a record whose stored date cannot be read, on stderr without its value, and show the rest")
    func badStoredDate() throws {
        try withTemporaryFolder { folder in
            let path = folder.path("w.sqlite")
            let ws = ["--workspace", path]
            #expect(try HireBinary.run(["init"] + ws).status == 0)
            #expect(try HireBinary.run(["roles", "load", "Scorecards"] + ws).status == 0)
            #expect(try HireBinary.run(["people", "add", "Maria Lopez", "--email", "maria@example.com"] + ws).status == 0)
            for (n, name) in ["Ada Damaged", "Bea Fine"].enumerated() {
                let email = "c\(n + 1)@example.com"
                #expect(try HireBinary.run(["candidate", "add", "--name", name, "--email", email, "--role", "account-executive"] + ws).status == 0)
                #expect(try HireBinary.run(["candidate", "move", "\(n + 1)", "interviewing", "--reason", "r"] + ws).status == 0)
                let hire = try HireBinary.run(["decide", "\(n + 1)", "hire", "--manager", "Maria Lopez", "--override", "test", "--start", "2026-03-02", "--today", "2026-03-01"] + ws)
                #expect(hire.status == 0, "\(hire.stderr)")
            }
            // What an older Hire stored for a far-future start, in one milestone of the first hire.
            let milestone = try DatabaseQueue(path: path).write { db in
                let id = try Int64.fetchOne(db, sql: "SELECT max(id) FROM rampMilestone WHERE newHireId = 1")!
                try db.execute(sql: "UPDATE rampMilestone SET dueDate = '10000-01-03' WHERE id = ?", arguments: [id])
                return id
            }
            let warning = "a value stored in the workspace cannot be read (column rampMilestone.dueDate)"
            for format in ["text", "json", "csv"] {
                let status = try HireBinary.run(["ramp", "status", "--today", "2026-03-10", "--format", format] + ws)
                #expect(status.status == 0, "\(status.stderr)")
                #expect(status.stdout.contains("Bea Fine") && !status.stdout.contains("Ada Damaged"), "\(status.stdout)")
                #expect(status.stderr.contains("warning: new hire 1 (candidate 1) left out: \(warning)"), "\(status.stderr)")
                #expect(!status.stderr.contains("10000") && !status.stderr.contains("Ada"))
            }
            for command in [["ramp", "show", "1", "--today", "2026-03-10"], ["ramp", "plan", "1"], ["ramp", "show", "1", "--today", "2026-03-10", "--format", "json"]] {
                let result = try HireBinary.run(command + ws)
                #expect(result.status == 0, "\(command): \(result.stderr)")
                #expect(result.stderr.contains("warning: milestone row \(milestone) of new hire 1 (candidate 1) left out: \(warning)"), "\(command): \(result.stderr)")
                #expect(!result.stderr.contains("10000") && !result.stdout.contains("10000"))
                #expect(result.stdout.contains("Ada Damaged"), "\(command): \(result.stdout)")
            }
            let json = try HireBinary.run(["ramp", "show", "1", "--today", "2026-03-10", "--format", "json"] + ws)
            #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil)
        }
    }
}
