import Foundation
import HireKit

/// The steps of `hire demo`, each printed as it runs.
struct DemoScript {
    let path: String
    let scorecards: String
    let imports: String
    private let actor = "demo"
    private var step = 0

    init(path: String, scorecards: String, imports: String) {
        self.path = path
        self.scorecards = scorecards
        self.imports = imports
    }

    private mutating func heading(_ title: String, command: String) {
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
        loaded.diagnostics.forEach { Console.out("   \($0)") }
        guard !loaded.hasErrors else { throw DiagnosticsError(loaded.diagnostics) }
        for outcome in try workspace.storeRoles(loaded.profiles, actor: actor) {
            Console.out("   \(outcome.id): \(outcome.outcome.rawValue) (version \(outcome.version))")
        }
        for role in try workspace.roleSummaries() {
            Console.out("   \(role.id): \(role.competencies) competencies, \(role.rounds) interview rounds, \(role.milestones) onboarding milestones")
        }

        heading("Open requisitions", command: "hire opening add AE-2026-01 --role account-executive")
        try workspace.addOpening(id: "AE-2026-01", role: "account-executive", title: "Account Executive, Mid-Market", actor: actor)
        try workspace.addOpening(id: "SDR-2026-03", role: "sales-development-rep", title: nil, actor: actor)
        Console.out("   openings: \(try workspace.openings().map(\.id).joined(separator: ", "))")

        heading("Add the interview panel", command: "hire people add \"Maria Lopez\" --email maria.lopez@example.com --title \"Sales Manager\"")
        for (name, email, title) in DemoData.panel {
            try workspace.addPerson(name: name, email: email, title: title, actor: actor)
        }
        Console.out("   \(try workspace.people().count) people: \(DemoData.panel.map(\.0).joined(separator: ", "))")

        heading("Add candidates by hand", command: "hire candidate add --name \"Priya Raman\" --email priya.raman@example.net --opening AE-2026-01")
        for (name, email, opening, source) in DemoData.candidates {
            try workspace.addCandidate(NewCandidate(name: name, email: email, opening: opening, source: source), actor: actor)
        }
        let first = try workspace.candidate(DemoData.candidates[0].1)
        try workspace.moveCandidate("\(first.id!)", to: .screening, reason: "CV matches the opening", actor: actor)
        try workspace.moveCandidate("\(first.id!)", to: .interviewing, reason: "passed the phone screen", actor: actor)
        for candidate in try workspace.candidates() {
            Console.out("   \(candidate.id!)  \(candidate.name.padding(toLength: 18, withPad: " ", startingAt: 0))  \(candidate.roleId ?? "-")  \(candidate.stage.rawValue)")
        }

        heading("Erase a candidate's personal data on request", command: "hire candidate erase ID --reason \"data subject request\"")
        let leaving = try workspace.candidate(DemoData.candidates[DemoData.candidates.count - 1].1)
        let erasure = try workspace.eraseCandidate("\(leaving.id!)", reason: "data subject request (demo)", actor: actor)
        Console.out("   candidate \(leaving.id!): name, contacts and notes erased (\(erasure.rows.values.reduce(0, +)) rows); role, stage and dates kept")
        Console.out("   audit: \(try workspace.auditEvents(candidate: "\(leaving.id!)").map(\.action).joined(separator: ", "))")

        Console.out("")
        Console.out("Done. Explore the demo workspace:")
        Console.out("   export HIRE_WORKSPACE=\(path)")
        Console.out("   hire roles list; hire candidate list; hire candidate show 1")
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
