import Foundation
import HireKit

/// The steps of `hire demo`, each printed as it runs.
struct DemoScript {
    let path: String
    let scorecards: String
    let imports: String
    let actor: Actor = "demo"
    private var step = 0

    init(path: String, scorecards: String, imports: String) {
        self.path = path
        self.scorecards = scorecards
        self.imports = imports
    }

    mutating func heading(_ title: String, command: String) {
        step += 1
        Console.out("")
        Console.out("== \(step). \(title)")
        Console.out("   $ \(command)")
    }

    mutating func run() throws {
        Console.out("Hire demo: a sales team's hiring pipeline, from role profiles to ramped hires.")
        heading("Create a workspace", command: "hire init --workspace \(path)")
        let workspace = try Workspace.create(at: path)
        Console.out("   created \(path) (readable by you only)")

        heading("Load the role profiles", command: "hire roles load \(scorecards)")
        let loaded = RoleLoading.load([scorecards])
        loaded.diagnostics.forEach { Console.out("   \(RemedyText.description($0))") }
        guard !loaded.hasErrors else { throw DiagnosticsError(loaded.diagnostics) }
        for outcome in try workspace.roles.store(loaded.profiles, actor: actor) {
            Console.out("   \(outcome.id): \(outcome.outcome.rawValue) (version \(outcome.version))")
        }
        for role in try workspace.roles.summaries() {
            Console.out("   \(role.id): \(role.competencies) competencies, \(role.rounds) interview rounds, \(role.milestones) onboarding milestones")
        }

        heading("Open requisitions", command: "hire opening add AE-2026-01 --role account-executive")
        try workspace.openings.add(id: "AE-2026-01", role: "account-executive", title: "Account Executive, Mid-Market", actor: actor)
        try workspace.openings.add(id: "SDR-2026-03", role: "sales-development-rep", title: nil, actor: actor)
        Console.out("   openings: \(try workspace.openings.list().map(\.id).joined(separator: ", "))")

        heading("Add the interview panel", command: "hire people add \"Maria Lopez\" --email maria.lopez@example.com --title \"Sales Manager\"")
        for (name, email, title) in DemoData.panel {
            try workspace.people.add(name: name, email: email, title: title, actor: actor)
        }
        Console.out("   \(try workspace.people.list().count) people: \(DemoData.panel.map(\.0).joined(separator: ", "))")

        heading("Add candidates by hand", command: "hire candidate add --name \"Priya Raman\" --email priya.raman@example.net --opening AE-2026-01")
        for (name, email, opening, source) in DemoData.candidates {
            try workspace.candidates.add(NewCandidate(name: name, email: email, opening: opening, source: source), actor: actor)
        }
        let first = try workspace.candidates.get(try workspace.candidateID(DemoData.candidates[0].1))
        try workspace.candidates.move(first.candidateID, to: .screening, reason: "CV matches the opening", actor: actor)
        try workspace.candidates.move(first.candidateID, to: .interviewing, reason: "passed the phone screen", actor: actor)
        for candidate in try workspace.candidates.list() {
            Console.out("   \(candidate.id!)  \(candidate.name.padding(toLength: 18, withPad: " ", startingAt: 0))  \(candidate.roleId ?? "-")  \(candidate.stage.rawValue)")
        }

        try scorecardSteps(workspace)
        try onboardingSteps(workspace)

        heading("Import applicant feeds", command: "hire import \(imports)/*.xml")
        let feeds = try FileManager.default.contentsOfDirectory(atPath: imports).filter { $0.hasSuffix(".xml") || $0.hasSuffix(".xml.gz") }.sorted()
            .map { (imports as NSString).appendingPathComponent($0) }
        let imported = try workspace.imports.run(feeds, options: ImportOptions(actor: actor))
        imported.files.flatMap(\.diagnostics).forEach { Console.out("   \(RemedyText.description($0))") }
        ImportSummaryText.render(imported).split(separator: "\n").forEach { Console.out("   \($0)") }
        Console.out("   $ hire import rejects")
        for reject in try workspace.imports.rejects() {
            Console.out("   \(reject.id)  \((reject.file as NSString).lastPathComponent):\(reject.line)  \(reject.reason)")
        }
        // What a feed said about one applicant, as `hire candidate show` prints it.
        if let zoe = try? workspace.candidates.detail(try workspace.candidateID("zoe.castellanos@example.org")), let profile = zoe.imported {
            Console.out("   $ hire candidate show \(zoe.candidate.id!)   (the part that came from the feed)")
            ImportedProfileText.lines(profile, primaryEmail: zoe.candidate.email, primaryPhone: zoe.candidate.phone).forEach { Console.out("   \($0)") }
        }

        try calibrationSteps(workspace)
        try reportSteps(workspace)

        heading("Erase a candidate's personal data on request", command: "hire candidate erase ID --reason \"data subject request\"")
        let leaving = try workspace.candidates.get(try workspace.candidateID(DemoData.candidates[DemoData.candidates.count - 1].1))
        let erasure = try workspace.candidates.erase(leaving.candidateID, reason: "data subject request (demo)", actor: actor)
        Console.out("   candidate \(leaving.id!): name, contacts and notes erased (\(erasure.rows.values.reduce(0, +)) rows); role, stage and dates kept")
        Console.out("   audit: \(try workspace.audit.events(candidate: leaving.candidateID, as: actor).map(\.action).joined(separator: ", "))")

        try analyticsSteps(profiles: loaded.profiles)
    }

    /// The closing lines: where to go from here. Not with `--serve`, whose steps follow.
    func explore() {
        Console.out("")
        Console.out("Done. Explore the demo workspace:")
        Console.out("   export HIRE_WORKSPACE=\(path)")
        Console.out("   hire roles list; hire candidate list; hire slate account-executive; hire ramp show 1 --today \(DemoData.today)")
        Console.out("   In a browser: hire demo --serve (demo logins and the team server; see README, \"Team server\")")
        Console.out("   The fictional history: hire funnel --workspace \(Self.historyPath(besides: path))")
    }
}

/// The fictional people of the demo.
enum DemoData {
    static let panel: [(String, String, String)] = [
        ("Maria Lopez", "maria.lopez@example.com", "Sales Manager"),
        ("Tom Becker", "tom.becker@example.com", "Senior Account Executive"),
        ("Aisha Khan", "aisha.khan@example.com", "Account Executive"),
        ("Jonas Weber", "jonas.weber@example.com", "HR Partner"),
    ]

    static let candidates: [(String, String, String, String)] = [
        ("Priya Raman", "priya.raman@example.net", "AE-2026-01", "referral"),
        ("Daniel Okafor", "daniel.okafor@example.net", "AE-2026-01", "LinkedIn"),
        ("Sofia Marquez", "sofia.marquez@example.net", "AE-2026-01", "agency"),
        ("Liam Chen", "liam.chen@example.net", "SDR-2026-03", "job board"),
    ]
}

// MARK: - Scorecards (issue 3): a panel scores three candidates, the slate ranks them, one is hired.

extension DemoData {
    /// The demo's "today", so the demo prints the same every run.
    static let today = "2026-03-16"
    /// The hire starts two weeks before `today`, and was decided a week and a half before that.
    static let hireStart = "2026-03-02"
    static let hireDecidedOn = "2026-02-20"

    /// The account-executive panel: round id -> interviewer.
    static let rounds: [(round: String, interviewer: String)] = [
        ("phone-screen", "Jonas Weber"), ("hiring-manager", "Maria Lopez"), ("role-play", "Tom Becker"), ("panel", "Aisha Khan"),
    ]

    /// Each AE candidate's ratings per round (competency id -> level) and recommendation.
    static let scorecards: [(email: String, round: String, ratings: [String: Int], recommendation: String)] = [
        ("priya.raman@example.net", "phone-screen", ["ownership": 4, "grit": 3, "coachability": 4], "strong-yes"),
        ("priya.raman@example.net", "hiring-manager", ["discovery": 3, "negotiation-closing": 3, "pipeline-forecasting": 3, "sales-methodology": 3, "ownership": 3], "yes"),
        ("priya.raman@example.net", "role-play", ["discovery": 4, "demo-presentation": 3, "objection-handling": 3, "coachability": 3], "yes"),
        ("priya.raman@example.net", "panel", ["market-knowledge": 3, "negotiation-closing": 3, "grit": 4, "coachability": 4], "strong-yes"),
        ("daniel.okafor@example.net", "phone-screen", ["ownership": 2, "grit": 2, "coachability": 2], "no"),
        ("daniel.okafor@example.net", "hiring-manager", ["discovery": 4, "negotiation-closing": 4, "pipeline-forecasting": 3, "sales-methodology": 3, "ownership": 2], "yes"),
        ("daniel.okafor@example.net", "role-play", ["discovery": 3, "demo-presentation": 4, "objection-handling": 4, "coachability": 2], "strong-yes"),
        ("daniel.okafor@example.net", "panel", ["market-knowledge": 3, "negotiation-closing": 4, "grit": 2, "coachability": 1], "no"),
        ("sofia.marquez@example.net", "phone-screen", ["ownership": 3, "grit": 4, "coachability": 4], "yes"),
        ("sofia.marquez@example.net", "hiring-manager", ["discovery": 2, "negotiation-closing": 1, "pipeline-forecasting": 2, "sales-methodology": 2, "ownership": 3], "no"),
        ("sofia.marquez@example.net", "role-play", ["discovery": 3, "demo-presentation": 2, "objection-handling": 2, "coachability": 4], "yes"),
        ("sofia.marquez@example.net", "panel", ["market-knowledge": 3, "negotiation-closing": 3, "grit": 3, "coachability": 3], "yes"),
    ]
}

extension DemoScript {
    mutating func scorecardSteps(_ workspace: Workspace) throws {
        let emails = DemoData.candidates.filter { $0.2 == "AE-2026-01" }.map(\.1)
        heading("Schedule the interview panel", command: "hire interview schedule 1 --round role-play --interviewer \"Tom Becker\"")
        for email in emails {
            let candidate = try workspace.candidates.get(try workspace.candidateID(email))
            if candidate.stage == .applied {
                try workspace.candidates.move(try workspace.candidateID(email), to: .interviewing, reason: "invited to the interview loop", actor: actor)
            }
            for (round, interviewer) in DemoData.rounds {
                try workspace.interviews.schedule(candidate: try workspace.candidateID(email), round: round, interviewer: try workspace.personID(interviewer), actor: actor)
            }
        }
        Console.out("   \(emails.count) candidates x \(DemoData.rounds.count) rounds: \(DemoData.rounds.map { "\($0.round) (\($0.interviewer))" }.joined(separator: ", "))")

        heading("Interviewers score alone", command: "hire scorecard new 1 --round role-play --interviewer \"Tom Becker\" -o tom.yaml; hire scorecard submit tom.yaml")
        var submitted = 0
        for card in DemoData.scorecards {
            let interviewer = DemoData.rounds.first { $0.round == card.round }!.interviewer
            if card.round == "panel" && card.email == emails[0] {
                let viewer = try workspace.access.actor(person: try workspace.personID(interviewer))
                let listing = try workspace.scorecards.list(candidate: try workspace.candidateID(card.email), as: viewer)
                Console.out("   before scoring, \(interviewer) sees \(listing.hiddenCount) scorecards by others, ratings hidden (hire scorecard list 1 --as \"\(interviewer)\")")
            }
            let ratings = card.ratings.sorted { $0.key < $1.key }.map { id, level in
                RatingDraft(competencyId: id, value: .level(Double(level)), evidence: "demo notes on \(id)")
            }
            try workspace.scorecards.submit(
                ScorecardDraft(candidate: card.email, round: card.round, interviewer: interviewer, ratings: ratings, recommendation: card.recommendation),
                actor: try workspace.access.actor(person: try workspace.personID(interviewer)))
            submitted += 1
        }
        Console.out("   \(submitted) scorecards submitted for \(emails.count) candidates")

        heading("Rank the slate", command: "hire slate account-executive --opening AE-2026-01")
        let slate = try workspace.reports.slate(role: "account-executive", opening: "AE-2026-01", as: actor)
        var table = Table()
        table.headers = ["RANK", "ID", "NAME", "SCORE", "SCORE100", "MUST-HAVES", "CONFIDENCE", "STYLE", "FLAGS"]
        for entry in slate.entries {
            let row = ScorecardText.slateRow(entry)
            table.add([row[0], row[1], row[2], row[4], row[5], row[6], row[7], row[8], row[10]])
        }
        Console.out(table.text.split(separator: "\n").map { "   \($0)" }.joined(separator: "\n"))

        guard let top = slate.entries.first else { return }
        heading("Hire the top candidate", command: "hire decide \(top.candidateId) hire --start \(DemoData.hireStart) --manager \"Maria Lopez\" --today \(DemoData.hireDecidedOn)")
        let decidedOn = try DateArgument.day(DemoData.hireDecidedOn, flag: "--today")
        let decision = try workspace.decisions.decide(
            DecisionRequest(
                candidate: CandidateID(top.candidateId), kind: .hire, reason: "top of the slate, meets every must-have", startDate: CalendarDate(DemoData.hireStart),
                manager: try workspace.personID("Maria Lopez"), at: decidedOn), actor: actor)
        let hired = try workspace.candidates.get(CandidateID(top.candidateId))
        Console.out("   \(hired.name) is \(hired.stage.rawValue): starts \(decision.startDate.map(String.init(describing:)) ?? "-"), manager Maria Lopez; coaching style: \(top.coachingStyle?.rawValue ?? "-")")
    }
}

// MARK: - Calibration (issue 6): the same panel scores three more candidates; can their scores be trusted?

extension DemoData {
    /// Three more account-executive candidates, so the panel's agreement rests on six candidates.
    static let calibrationCandidates: [(String, String, String, String)] = [
        ("Noah Fischer", "noah.fischer@example.net", "AE-2026-01", "LinkedIn"),
        ("Emma Dubois", "emma.dubois@example.net", "AE-2026-01", "referral"),
        ("Lucas Silva", "lucas.silva@example.net", "AE-2026-01", "job board"),
    ]

    /// Their scorecards: Jonas rates the phone screen the same across the board, Maria rates a point low.
    static let calibrationScorecards: [(email: String, round: String, ratings: [String: Int], recommendation: String)] = [
        ("noah.fischer@example.net", "phone-screen", ["ownership": 4, "grit": 4, "coachability": 4], "strong-yes"),
        ("noah.fischer@example.net", "hiring-manager", ["discovery": 3, "negotiation-closing": 2, "pipeline-forecasting": 3, "sales-methodology": 3, "ownership": 3], "yes"),
        ("noah.fischer@example.net", "role-play", ["discovery": 3, "demo-presentation": 3, "objection-handling": 3, "coachability": 4], "yes"),
        ("noah.fischer@example.net", "panel", ["market-knowledge": 3, "negotiation-closing": 3, "grit": 3, "coachability": 4], "yes"),
        ("emma.dubois@example.net", "phone-screen", ["ownership": 3, "grit": 3, "coachability": 3], "yes"),
        ("emma.dubois@example.net", "hiring-manager", ["discovery": 1, "negotiation-closing": 1, "pipeline-forecasting": 2, "sales-methodology": 2, "ownership": 1], "strong-no"),
        ("emma.dubois@example.net", "role-play", ["discovery": 2, "demo-presentation": 3, "objection-handling": 2, "coachability": 3], "no"),
        ("emma.dubois@example.net", "panel", ["market-knowledge": 2, "negotiation-closing": 2, "grit": 3, "coachability": 3], "no"),
        ("lucas.silva@example.net", "phone-screen", ["ownership": 3, "grit": 3, "coachability": 3], "yes"),
        ("lucas.silva@example.net", "hiring-manager", ["discovery": 2, "negotiation-closing": 2, "pipeline-forecasting": 2, "sales-methodology": 3, "ownership": 2], "no"),
        ("lucas.silva@example.net", "role-play", ["discovery": 3, "demo-presentation": 3, "objection-handling": 3, "coachability": 2], "yes"),
        ("lucas.silva@example.net", "panel", ["market-knowledge": 3, "negotiation-closing": 3, "grit": 4, "coachability": 2], "yes"),
    ]
}

extension DemoScript {
    mutating func calibrationSteps(_ workspace: Workspace) throws {
        heading("The same panel interviews three more candidates", command: "hire scorecard submit noah-phone-screen.yaml")
        for (name, email, opening, source) in DemoData.calibrationCandidates {
            try workspace.candidates.add(NewCandidate(name: name, email: email, opening: opening, source: source), actor: actor)
            try workspace.candidates.move(try workspace.candidateID(email), to: .interviewing, reason: "invited to the interview loop", actor: actor)
            for (round, interviewer) in DemoData.rounds {
                try workspace.interviews.schedule(candidate: try workspace.candidateID(email), round: round, interviewer: try workspace.personID(interviewer), actor: actor)
            }
        }
        for card in DemoData.calibrationScorecards {
            let interviewer = DemoData.rounds.first { $0.round == card.round }!.interviewer
            let ratings = card.ratings.sorted { $0.key < $1.key }.map { id, level in
                RatingDraft(competencyId: id, value: .level(Double(level)), evidence: "demo notes on \(id)")
            }
            try workspace.scorecards.submit(
                ScorecardDraft(candidate: card.email, round: card.round, interviewer: interviewer, ratings: ratings, recommendation: card.recommendation),
                actor: try workspace.access.actor(person: try workspace.personID(interviewer)))
        }
        let rejected = DemoData.calibrationCandidates[1]
        try workspace.decisions.decide(DecisionRequest(candidate: try workspace.candidateID(rejected.1), kind: .reject, reason: "below the bar on discovery and closing"), actor: actor)
        Console.out("   \(DemoData.calibrationScorecards.count) more scorecards for \(DemoData.calibrationCandidates.map(\.0).joined(separator: ", ")); \(rejected.0) is rejected")

        heading("Can the panel's scores be trusted?", command: "hire calibrate --role account-executive")
        let calibration = try workspace.calibration.report(role: "account-executive", as: .localOwner)
        CalibrationText.render(calibration).split(separator: "\n", omittingEmptySubsequences: false).forEach { Console.out($0.isEmpty ? "" : "   \($0)") }
    }
}
