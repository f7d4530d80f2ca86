import Foundation
import HireTestSupport
import Testing
@testable import HireKit

@Suite("HTML reports: pages, escaping, self-containment")
struct ReportRenderingTests {
    let fixture: HostileWorkspace

    init() throws { fixture = try HostileWorkspace() }

    func candidatePage(_ reference: String) throws -> String {
        let report = try fixture.workspace.reports.candidate(try fixture.workspace.candidateID(reference), as: "test")
        let profile = try fixture.workspace.roles.profile("test-role").profile
        return HTMLReport.candidate(report, profile: profile, context: HostileWorkspace.context)
    }

    @Test("a candidate named <script>alert(1)</script> shows as text, and so do evidence, notes and interviewer names")
    func escapesCandidate() throws {
        let html = try candidatePage("1")
        #expect(ReportChecks.problems(html) == [])
        #expect(!html.contains(HostileWorkspace.name))
        #expect(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        #expect(html.contains("&lt;/blockquote&gt;&lt;img src=x onerror=alert(2)&gt;"))
        #expect(!html.contains("<i>notes</i>") && html.contains("&lt;i&gt;notes&lt;/i&gt;"))
        #expect(!html.contains("<b>One</b>") && html.contains("Ida &lt;b&gt;One&lt;/b&gt;"))
        // Inside the skill-will chart the name is escaped by the library, not the template.
        #expect(html.contains("class=\"label strong\" text-anchor=\"start\">&lt;script&gt;alert(1)&lt;/script&gt;</text>"))
    }

    @Test("the candidate page has every section: summary, competency chart with anchors, dimensions, skill-will, recommendations, evidence, history")
    func candidateSections() throws {
        let html = try candidatePage("1")
        for id in ["summary", "competencies", "dimensions", "skill-will", "recommendations", "evidence", "history"] {
            #expect(html.contains("<section id=\"\(id)\""), "missing section \(id)")
        }
        #expect(html.contains(">Ratings per competency</title>"))
        #expect(html.contains("Discovery: mean 2.5 from 2 ratings (2, 3); must-have 3, not met."))
        #expect(html.contains("✗ not met"))
        #expect(html.contains("does not meet: discovery 2.5 &lt; 3"))
        #expect(html.contains(">Skill-will matrix</title>"))
        // The anchor of the level the mean reached (2.5 -> 2: "b").
        #expect(html.contains("<td><strong>2</strong> b</td>"))
        #expect(html.contains("1 yes, 1 no") || html.contains("0 strong yes, 1 yes, 1 no, 0 strong no"))
    }

    @Test("an imported candidate's page shows the application: jobs, schools, competencies with evidence, all escaped")
    func candidateApplication() throws {
        #expect(!(try candidatePage("1")).contains("<section id=\"application\""))
        try withTemporaryFolder { folder in
            let feed = try folder.write(
                "feed.xml",
                """
                <Candidate xmlns="http://ns.hr-xml.org/2007-04-15">
                  <CandidateProfile>
                    <PersonalData><PersonName><FormattedName>Xavier Hostile</FormattedName></PersonName>
                      <ContactMethod><InternetEmailAddress>x@example.com</InternetEmailAddress></ContactMethod></PersonalData>
                    <EmploymentHistory><EmployerOrg><EmployerOrgName>Acme &amp; Sons</EmployerOrgName>
                      <PositionHistory><Title>&lt;b&gt;VP&lt;/b&gt; of Sales</Title><StartDate><YearMonth>2021-05</YearMonth></StartDate></PositionHistory>
                    </EmployerOrg></EmploymentHistory>
                    <EducationHistory><SchoolOrInstitution><School><SchoolName>Kyoto University</SchoolName></School></SchoolOrInstitution></EducationHistory>
                    <Qualifications><Competency name="Negotiation">
                      <CompetencyEvidence name="assessed"><NumericValue minValue="0" maxValue="10">8</NumericValue></CompetencyEvidence>
                    </Competency></Qualifications>
                  </CandidateProfile>
                </Candidate>
                """)
            _ = try fixture.workspace.imports.run([feed], options: ImportOptions(actor: "hr"))
            let html = try candidatePage("1")
            #expect(ReportChecks.problems(html) == [])
            #expect(html.contains("<section id=\"application\">"))
            #expect(html.contains("<tr><td>2021-05 - ?</td><td>&lt;b&gt;VP&lt;/b&gt; of Sales, Acme &amp; Sons</td></tr>"))
            #expect(html.contains("<li>Kyoto University</li>"))
            #expect(html.contains("<tr><td>Negotiation</td><td></td><td>assessed 8 (0-10)</td></tr>"))
        }
    }

    @Test("the slate ranks passers first and sets must-have failures apart, hatched and labelled")
    func slate() throws {
        let slate = try fixture.workspace.reports.slate(role: "test-role", as: "test")
        let html = HTMLReport.slate(slate, roleTitle: "Test <Role>", context: HostileWorkspace.context)
        #expect(ReportChecks.problems(html) == [])
        #expect(html.contains("<h1>Test &lt;Role&gt; (test-role)</h1>"))
        let ranked = try #require(html.range(of: "<section id=\"ranked\">"))
        let apart = try #require(html.range(of: "<section id=\"must-have-failures\" class=\"set-apart\">"))
        let passer = try #require(html.range(of: "<td>Bo Passer", range: ranked.upperBound..<apart.lowerBound))
        let failer = try #require(html.range(of: "<td>&lt;script&gt;alert(1)&lt;/script&gt;", range: apart.upperBound..<html.endIndex))
        #expect(passer.lowerBound < failer.lowerBound)
        #expect(html.contains("class=\"bar failed\""))
        #expect(html.contains("✗ Must-have not met"))
    }

    @Test("the ramp dashboard shows each milestone's status in words and shape, today, and trajectories")
    func ramp() throws {
        try fixture.hire()
        let report = try fixture.workspace.reports.ramp(today: CalendarDate("2026-03-08")!)
        #expect(report.hires.count == 1)
        let html = HTMLReport.ramp(report, context: HostileWorkspace.context)
        #expect(ReportChecks.problems(html) == [])
        #expect(html.contains("Maria &lt;Manager&gt; &amp;amp;"))
        #expect(!html.contains("<Manager>"))
        #expect(html.contains("✓ done") || html.contains("○ open"))
        #expect(html.contains("today Mar 8"))
        #expect(html.contains(">Ramp milestones</title>"))
        #expect(html.contains(">Competency trajectories</title>"))
        // The day-18 check-in (2026-03-20) had not happened on Mar 8; a later dashboard shows it.
        #expect(!html.contains("day 18"))
        let later = HTMLReport.ramp(try fixture.workspace.reports.ramp(today: CalendarDate("2026-03-25")!), context: HostileWorkspace.context)
        #expect(later.contains("discovery: interview 3.5, day 18 3."))
        // Filtering by another manager leaves nobody.
        let none = try fixture.workspace.reports.ramp(today: CalendarDate("2026-03-08")!, manager: try fixture.workspace.personID("jo@example.com"))
        #expect(none.hires.isEmpty)
        #expect(HTMLReport.ramp(none, context: HostileWorkspace.context).contains("No active new hires."))
    }

    @Test("the calibration page plots agreement and leniency with intervals, rater names escaped")
    func calibration() throws {
        var cards: [CalibrationInput.Scorecard] = []
        for candidate in Int64(1)...6 {
            let base = Double(candidate % 4) + 1
            cards.append(.init(candidateId: candidate, raterId: 1, ratings: ["discovery": base, "grit": base], recommendsHire: true))
            cards.append(.init(candidateId: candidate, raterId: 2, ratings: ["discovery": min(4, base + 1), "grit": base], recommendsHire: base > 2))
        }
        let input = CalibrationInput(scorecards: cards, raterNames: [1: "Rae <x>", 2: "Sam"], decisions: [1: true], competencies: ["discovery", "grit"])
        let report = CalibrationAnalysis.report(input)
        let html = HTMLReport.calibration(
            [.init(heading: "test-role", note: "1-4 scale, 12 scorecards", report: report), .init(heading: "other <role>", report: report)],
            title: "All roles", context: HostileWorkspace.context)
        #expect(ReportChecks.problems(html) == [])
        #expect(html.contains("Rae &lt;x&gt;") && !html.contains("Rae <x>"))
        #expect(html.contains(">Agreement per competency</title>"))
        #expect(html.contains(">Rater leniency</title>"))
        #expect(html.contains("class=\"interval "))
        #expect(html.contains("overall"))
        #expect(html.contains("<h2>other &lt;role&gt;</h2>"))
        #expect(html.contains("id=\"chart-leniency-1-t\"") && html.contains("id=\"chart-leniency-2-t\""))
        #expect(HTMLReport.calibration([], title: "None", context: HostileWorkspace.context).contains("No scorecards to calibrate."))
    }

    @Test("HTMLEscaping escapes the five markup characters and leaves the rest alone")
    func escaping() {
        #expect(HTMLEscaping.escape("<a href=\"x\">Tom & 'Jerry'</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(HTMLEscaping.escape("田中 美咲 Zoë") == "田中 美咲 Zoë")
    }
}
