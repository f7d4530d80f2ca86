import Foundation
import GRDB
@testable import HireKit

/// A workspace with the test role, one candidate (id 1), three interviewers (ids 1-3) scheduled
/// for both rounds, and a second role for "form for another role" cases.
struct Panel {
    let workspace: Workspace
    let candidate: Candidate

    init() throws {
        workspace = try Fixtures.workspaceWithRole()
        var other = try Fixtures.minimalProfile()
        other.id = "other-role"
        other.title = "Other"
        try workspace.roles.store([(other, "other.yaml")], actor: "test")
        candidate = try workspace.candidates.add(NewCandidate(name: "Ann Example", email: "ann@example.com", role: "test-role"), actor: "hr")
        for (name, email) in [("Ida One", "ida@example.com"), ("Jo Two", "jo@example.com"), ("Kim Three", "kim@example.com")] {
            try workspace.people.add(name: name, email: email, title: nil, actor: "hr")
        }
        for person in ["1", "2", "3"] {
            for round in ["screen", "panel"] {
                try workspace.interviews.schedule(candidate: 1, round: round, interviewer: try workspace.personID(person), actor: "hr")
            }
        }
    }

    /// A scorecard for the screen round (discovery, grit) by flags.
    func draft(interviewer: String, discovery: Double, grit: Double, recommend: String = "yes", round: String = "screen", candidate: String = "1")
        -> ScorecardDraft
    {
        ScorecardDraft(
            candidate: candidate, round: round, interviewer: interviewer,
            ratings: [
                RatingDraft(competencyId: "discovery", value: .level(discovery), evidence: "asked why twice"),
                RatingDraft(competencyId: "grit", value: .level(grit), evidence: "kept going"),
            ], recommendation: recommend)
    }

    func count(_ table: String) throws -> Int {
        try workspace.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")! }
    }

    /// Row counts of every table a failed submission must leave alone.
    func snapshot() throws -> [Int] {
        try ["scorecard", "rating", "decision", "auditEvent", "stageChange", "interview"].map(count)
    }
}
