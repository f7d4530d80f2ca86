import Foundation
import HireTestSupport
import Testing

@Suite("hire binary: acting as a person with their access roles")
struct AccessCommandTests {
    typealias Session = ScorecardCommandTests.Session

    @Test("--as acts as that person: amending another's scorecard is refused, one's own is recorded under them")
    func actAsPerson() throws {
        try Session.with { session in
            try session.ok([
                "scorecard", "submit", "--candidate", "1", "--round", "screen", "--interviewer", "Ida One",
                "--rate", "discovery=3", "--rate", "grit=3", "--recommend", "yes",
            ])
            let refused = try session.run(["scorecard", "amend", "1", "--recommend", "no", "--reason", "typo", "--as", "Jo Two"])
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("may not do this (scorecard.amend)"), "\(refused.stderr)")
            try session.ok(["scorecard", "amend", "1", "--recommend", "no", "--reason", "typo", "--as", "ida@example.com"])
            let audit = try session.ok(["audit", "1"]).stdout
            #expect(audit.contains("person 1"), "\(audit)")
            let mismatch = try session.run(["scorecard", "amend", "1", "--recommend", "yes", "--reason", "x", "--as", "Ida One", "--by", "Jo Two"])
            #expect(mismatch.status != 0 && mismatch.stderr.contains("--by names someone other than --as"))
        }
    }

    @Test("hire people access shows, grants and revokes; an interviewer acting as themselves cannot erase")
    func grantAndRevoke() throws {
        try Session.with { session in
            #expect(try session.ok(["people", "access", "Ida One"]).stdout.contains("Ida One (person 1): interviewer"))
            #expect(try session.ok(["people", "access", "1", "--grant", "recruiter", "--revoke", "interviewer"]).stdout.contains("recruiter"))
            let bad = try session.run(["people", "access", "1", "--grant", "boss"])
            #expect(bad.status != 0)
            let erase = try session.run(["candidate", "erase", "1", "--reason", "asked", "--as", "Jo Two"])
            #expect(erase.status != 0 && erase.stderr.contains("(erase)"), "\(erase.stderr)")
            #expect(try session.ok(["candidate", "list"]).stdout.contains("Ann Candidate"))
        }
    }

    @Test("--as on reads: an interviewer may not run fairness or read the audit log; the slate withholds what they may not see yet")
    func readsAsPerson() throws {
        try Session.with { session in
            let fairness = try session.run(["fairness", "--as", "Jo Two"])
            #expect(fairness.status != 0 && fairness.stderr.contains("(groups)"), "\(fairness.stderr)")
            let audit = try session.run(["audit", "--as", "Jo Two"])
            #expect(audit.status != 0 && audit.stderr.contains("(audit.view)"), "\(audit.stderr)")
            try session.ok([
                "scorecard", "submit", "--candidate", "1", "--round", "screen", "--interviewer", "Ida One",
                "--rate", "discovery=3", "--rate", "grit=3", "--recommend", "yes",
            ])
            try session.ok(["people", "access", "Jo Two", "--grant", "hiring-manager"])
            let blind = try session.ok(["slate", "mini", "--as", "Jo Two", "--format", "json"]).stdout
            #expect(blind.contains("\"withheld\" : 2"), "\(blind)")
        }
    }

    @Test("retiring someone drops their access roles and login; an invitation never silently replaces a password")
    func retireAndInvite() throws {
        try Session.with { session in
            try session.ok(["people", "access", "Kim Three", "--grant", "recruiter"])
            try HireBinary.run(["user", "add", "Kim Three", "--password-stdin"] + session.ws, stdin: Data("correct horse battery staple\n".utf8))
            let invite = try session.run(["user", "invite", "Kim Three"])
            #expect(invite.status != 0 && invite.stderr.contains("hire user reset"), "\(invite.stderr)")
            try session.ok(["people", "retire", "Kim Three", "--reason", "left the company"])
            #expect(try session.ok(["people", "access", "Kim Three"]).stdout.contains("no access roles"))
            #expect(try session.ok(["user", "list"]).stdout.contains("disabled"))
            #expect(try session.run(["user", "invite", "Kim Three"]).status != 0)
        }
    }
}
