import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Calibration read from a workspace: latest scorecard versions, n/a, decisions, roles and scales")
struct CalibrationWorkspaceTests {
    /// Discovery and grit ratings of candidates 1-6 by interviewers 1-3 in the screen round.
    static let discovery: [[Double]] = [[3, 3, 2], [2, 2, 1], [4, 3, 3], [1, 2, 1], [3, 3, 3], [2, 3, 2]]
    static let grit: [[Double]] = [[3, 2, 3], [2, 2, 2], [3, 3, 4], [2, 1, 2], [4, 4, 3], [3, 3, 3]]

    /// The test role with six candidates scored by three interviewers; interviewer 1 first
    /// rated candidate 1's discovery 1 ("no") and amended it to 3 ("yes"); interviewer 3 did not assess
    /// candidate 5's grit (n/a). Candidate 7 (erased) and a candidate of another role have scorecards too.
    struct Setup {
        let workspace: Workspace
        var first: Scorecard!

        init() throws {
            workspace = try Fixtures.workspaceWithRole()
            var other = try Fixtures.minimalProfile()
            other.id = "other-role"
            try workspace.roles.store([(other, "other.yaml")], actor: "test")
            for (name, email) in [("Ida One", "ida@example.com"), ("Jo Two", "jo@example.com"), ("Kim Three", "kim@example.com")] {
                try workspace.people.add(name: name, email: email, title: nil, actor: "hr")
            }
            for c in 1...7 {
                try workspace.candidates.add(NewCandidate(name: "Candidate \(c)", email: "c\(c)@example.com", role: "test-role"), actor: "hr")
            }
            try workspace.candidates.add(NewCandidate(name: "Other", email: "o@example.com", role: "other-role"), actor: "hr")
            for candidate in 1...8 {
                for interviewer in 1...3 {
                    try workspace.interviews.schedule(candidate: CandidateID(Int64(candidate)), round: "screen", interviewer: PersonID(Int64(interviewer)), actor: "hr")
                }
            }
            for c in 0..<6 {
                for r in 0..<3 {
                    let skipGrit = c == 4 && r == 2
                    let discovery = c == 0 && r == 0 ? 1 : Self.discovery(c, r)
                    var ratings = [RatingDraft(competencyId: "discovery", value: .level(discovery), evidence: "notes")]
                    ratings.append(
                        skipGrit
                            ? RatingDraft(competencyId: "grit", value: .notApplicable, skipReason: "ran out of time")
                            : RatingDraft(competencyId: "grit", value: .level(CalibrationWorkspaceTests.grit[c][r]), evidence: "notes"))
                    let card = try workspace.submitAsInterviewer(
                        ScorecardDraft(candidate: "\(c + 1)", round: "screen", interviewer: "\(r + 1)", ratings: ratings, recommendation: discovery >= 3 ? "yes" : "no"),
                        actor: "test")
                    if c == 0 && r == 0 { first = card }
                }
            }
            try workspace.amendAsAuthor(
                first.id!, ScorecardAmendment(changes: [RatingChange(competencyId: "discovery", value: .level(3))], recommendation: "yes", reason: "misread my notes", keepEvidence: true), actor: "ida")
            for (candidate, interviewer) in [("7", "1"), ("7", "2"), ("8", "1"), ("8", "2")] {
                try workspace.submitAsInterviewer(
                    ScorecardDraft(
                        candidate: candidate, round: "screen", interviewer: interviewer,
                        ratings: [RatingDraft(competencyId: "discovery", value: .level(2)), RatingDraft(competencyId: "grit", value: .level(2))],
                        recommendation: "no"), actor: "test")
            }
            try workspace.writer.write { db in try db.execute(sql: "UPDATE candidate SET erased = 1 WHERE id = 7") }
            try workspace.decisions.decide(DecisionRequest(candidate: 2, kind: .reject, reason: "below the bar"), actor: "hm")
            try workspace.decisions.decide(DecisionRequest(candidate: 4, kind: .reject, reason: "below the bar"), actor: "hm")
        }

        static func discovery(_ c: Int, _ r: Int) -> Double { CalibrationWorkspaceTests.discovery[c][r] }
    }

    @Test("only the latest version of each scorecard counts; n/a ratings and erased candidates are left out")
    func latestVersions() throws {
        let setup = try Setup()
        let inputs = try setup.workspace.calibration.inputs(role: "test-role", as: "test")
        #expect(inputs.map(\.roleId) == ["test-role"])
        let input = try #require(inputs.first).input
        #expect(input.scorecards.count == 18)
        #expect(Set(input.scorecards.map(\.candidateId)) == Set(1...6))
        let amended = input.scorecards.filter { $0.candidateId == 1 && $0.raterId == 1 }
        #expect(amended.map(\.ratings) == [["discovery": 3, "grit": 3]])
        #expect(input.scorecards.first { $0.candidateId == 5 && $0.raterId == 3 }?.ratings == ["discovery": 3])
        #expect(input.raterNames == [1: "Ida One", 2: "Jo Two", 3: "Kim Three"])
        #expect(input.decisions == [2: false, 4: false])
        #expect(input.competencies == ["discovery", "product", "grit"])
        #expect(input.scorecards.first { $0.candidateId == 2 }?.recommendsHire == false)
        #expect(input.scorecards.first { $0.candidateId == 1 && $0.raterId == 1 }?.recommendsHire == true)
    }

    @Test("the report's agreement is the statistics of the latest ratings laid out candidates x interviewers")
    func report() throws {
        let setup = try Setup()
        let calibration = try setup.workspace.calibration.report(role: "test-role", as: "test")
        let role = try #require(calibration.roles.first)
        #expect(role.scorecards == 18 && role.candidates == 6 && role.scale == RatingScale(min: 1, max: 4) && role.rescaledScorecards == 0)
        let discovery = try #require(role.report.competencies.first { $0.scope == "discovery" })
        let matrix = RatingsMatrix(rows: Self.discovery.map { $0.map(Optional.some) })
        #expect(!discovery.tooLittleData && discovery.candidates == 6 && discovery.raters == 3)
        #expect(discovery.alphaInterval == KrippendorffAlpha.compute(matrix, metric: .interval).alpha)
        #expect(discovery.alphaOrdinal == KrippendorffAlpha.compute(matrix, metric: .ordinal).alpha)
        let icc = try IntraclassCorrelation.compute(matrix).get()
        #expect(discovery.iccSingle == icc.single && discovery.iccAverage == icc.average && discovery.iccCandidates == 6)
        // grit: candidate 5 misses interviewer 3's rating, so the largest complete block is
        // six candidates by interviewers 1 and 2 (rather than five by all three)
        let grit = try #require(role.report.competencies.first { $0.scope == "grit" })
        #expect(grit.iccCandidates == 6 && grit.iccRaters == 2 && grit.candidates == 6 && grit.raters == 3)
        // product is never rated
        #expect(!role.report.competencies.contains { $0.scope == "product" })
        // everyone recommended "no" for the rejected candidates 2 and 4
        #expect(role.report.raters.map(\.decided) == [2, 2, 2])
        #expect(role.report.raters.map(\.agreedWithDecision) == [2, 2, 2])
    }

    @Test("without --role every role with scorecards is reported; --competency narrows to scorecards rating it")
    func scopes() throws {
        let setup = try Setup()
        let all = try setup.workspace.calibration.report(as: "test")
        #expect(all.roles.map(\.roleId) == ["other-role", "test-role"])
        #expect(all.roles[0].report.overall.tooLittleData && all.roles[0].report.overall.candidates == 1)
        let grit = try setup.workspace.calibration.report(role: "test-role", competency: "grit", as: "test")
        #expect(grit.roles[0].report.competencies.map(\.scope) == ["grit"])
        #expect(grit.roles[0].scorecards == 17)
        #expect(grit.roles[0].report.overall.alphaInterval == grit.roles[0].report.competencies[0].alphaInterval)
        #expect(throws: HireError.notFound("unknown competency 'grt' for role test-role; did you mean 'grit'?")) {
            try setup.workspace.calibration.report(role: "test-role", competency: "grt", as: "test")
        }
        #expect(throws: HireError.self) { try setup.workspace.calibration.report(role: "no-such-role", as: "test") }
    }

    @Test("fewer than five candidates rated by two interviewers is too little data: no figures")
    func tooLittleData() throws {
        let setup = try Setup()
        try setup.workspace.writer.write { db in try db.execute(sql: "UPDATE candidate SET erased = 1 WHERE id IN (5, 6)") }
        let report = try #require(try setup.workspace.calibration.report(role: "test-role", as: "test").roles.first).report
        #expect(report.overall.tooLittleData && report.overall.candidates == 4)
        #expect(report.overall.alphaInterval == nil && report.overall.iccSingle == nil)
        #expect(report.competencies.allSatisfy { $0.tooLittleData && $0.alphaOrdinal == nil })
    }

    @Test("scorecards of an earlier profile version on another scale are mapped onto the latest scale")
    func rescaling() throws {
        let setup = try Setup()
        var wider = try Fixtures.minimalProfile()
        wider.scale = RatingScale(min: 1, max: 7)
        for index in wider.competencies.indices {
            for level in 5...7 { wider.competencies[index].anchors[level] = "level \(level)" }
        }
        try setup.workspace.roles.store([(wider, "test.yaml")], actor: "test")
        let role = try #require(try setup.workspace.calibration.inputs(role: "test-role", as: "test").first)
        #expect(role.profileVersion == 2 && role.scale.max == 7 && role.rescaledScorecards == 18)
        // 1..4 onto 1..7: 3 -> 5
        #expect(role.input.scorecards.first { $0.candidateId == 1 && $0.raterId == 1 }?.ratings == ["discovery": 5, "grit": 5])
        #expect(Workspace.rescale(4, from: RatingScale(min: 1, max: 4), to: RatingScale(min: 0, max: 10)) == 10)
    }
}
