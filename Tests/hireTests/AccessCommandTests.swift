import Foundation
import HireTestSupport
import Testing

@Suite("hire binary: acting as a person with their access roles")
struct AccessCommandTests {
    typealias Session = ScorecardCommandTests.Session

    @Test("--as acts as that person: amending another's scorecard is refused, one's own is recorded under them")
    func actAsPerson() throws {
        let session = try Session()
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

    @Test("hire people access shows, grants and revokes; an interviewer acting as themselves cannot erase")
    func grantAndRevoke() throws {
        let session = try Session()
        #expect(try session.ok(["people", "access", "Ida One"]).stdout.contains("Ida One (person 1): interviewer"))
        #expect(try session.ok(["people", "access", "1", "--grant", "recruiter", "--revoke", "interviewer"]).stdout.contains("recruiter"))
        let bad = try session.run(["people", "access", "1", "--grant", "boss"])
        #expect(bad.status != 0)
        let erase = try session.run(["candidate", "erase", "1", "--reason", "asked", "--as", "Jo Two"])
        #expect(erase.status != 0 && erase.stderr.contains("(erase)"), "\(erase.stderr)")
        #expect(try session.ok(["candidate", "list"]).stdout.contains("Ann Candidate"))
    }
}
