import Foundation
@testable import HireKit

/// A workspace whose people and texts are hostile markup: reports must show them as text.
struct HostileWorkspace {
    static let name = "<script>alert(1)</script>"
    static let evidence = "said \"</blockquote><img src=x onerror=alert(2)>\" & left"
    static let interviewer = "Ida <b>One</b>"
    static let manager = "Maria <Manager> &amp;"

    let workspace: Workspace

    init() throws {
        workspace = try Fixtures.workspaceWithRole()
        try workspace.candidates.add(NewCandidate(name: Self.name, email: "x@example.com", role: "test-role"), actor: "hr")
        try workspace.candidates.add(NewCandidate(name: "Bo Passer", email: "bo@example.com", role: "test-role"), actor: "hr")
        for (name, email) in [(Self.interviewer, "ida@example.com"), ("Jo Two", "jo@example.com"), (Self.manager, "maria@example.com")] {
            try workspace.people.add(name: name, email: email, title: nil, actor: "hr")
        }
        for candidate in ["1", "2"] {
            for person in ["1", "2"] {
                try workspace.interviews.schedule(candidate: try workspace.candidateID(candidate), round: "screen", interviewer: try workspace.personID(person), actor: "hr")
            }
        }
        // Candidate 1 fails the discovery must-have (mean 2.5 < 3); candidate 2 meets it.
        for (candidate, person, discovery, grit) in [("1", "1", 2.0, 4.0), ("1", "2", 3.0, 3.0), ("2", "1", 4.0, 3.0), ("2", "2", 3.0, 2.0)] {
            try workspace.submitAsInterviewer(
                ScorecardDraft(
                    candidate: candidate, round: "screen", interviewer: person,
                    ratings: [
                        RatingDraft(competencyId: "discovery", value: .level(discovery), evidence: Self.evidence),
                        RatingDraft(competencyId: "grit", value: .level(grit), evidence: "kept going"),
                    ], recommendation: discovery >= 3 ? "yes" : "no", notes: "<i>notes</i>"),
                actor: "hr")
        }
    }

    /// Hires candidate 2, starting 2026-03-02, managed by Maria, with one check-in.
    func hire() throws {
        try workspace.candidates.move(2, to: .interviewing, reason: "screened", actor: "hr")
        try workspace.decisions.decide(
            DecisionRequest(candidate: 2, kind: .hire, reason: "best", override: "product is learnable", startDate: CalendarDate("2026-03-02"), manager: try workspace.personID("maria@example.com"), at: Date(timeIntervalSince1970: 1_771_000_000)),
            actor: "hr")
        try workspace.onboarding.checkIn(2, NewCheckIn(on: CalendarDate("2026-03-20")!, notes: "fine", observations: ["discovery": 3]), actor: "t")
    }

    static let context = HTMLReport.Context(generated: "2026-03-16 09:00", timeZone: TimeZone(identifier: "UTC")!)
}

/// What every report must be: no scripts, nothing fetched, user text escaped, charts described.
enum ReportChecks {
    static func problems(_ html: String) -> [String] {
        var problems: [String] = []
        let lower = html.lowercased()
        if lower.contains("<script") { problems.append("contains <script") }
        if lower.contains("http://") || lower.contains("https://") { problems.append("references a URL") }
        if lower.contains("<img") || lower.contains("<link") || lower.contains("<iframe") || lower.contains("@import") { problems.append("loads something") }
        if lower.contains(" onerror=") && !lower.contains("onerror=alert(2)&gt;") { problems.append("event handler attribute") }
        if !html.hasPrefix("<!DOCTYPE html>") { problems.append("no doctype") }
        if !html.contains("@media print") || !html.contains("prefers-color-scheme: dark") { problems.append("no print or dark styles") }
        let svgs = html.components(separatedBy: "<svg class=\"chart\"").count - 1
        let described = html.components(separatedBy: "role=\"img\"").count - 1
        let titled = html.components(separatedBy: "<desc id=").count - 1
        if svgs != described || svgs != titled { problems.append("a chart lacks role=img or a desc: \(svgs) charts, \(described) roles, \(titled) descs") }
        return problems
    }
}
