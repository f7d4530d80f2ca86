import Foundation
import HireKit

// MARK: - The team server (issue 17): `hire demo --serve` gives the panel logins to click through.

/// A demo login: who, as what, and the password generated for it (printed once, never stored).
struct DemoLogin {
    var label: String
    var name: String
    var email: String
    var password: String
    var note: String
}

extension DemoData {
    /// Two more account-executive candidates interviewed around the real "now", so that My
    /// interviews has something owed and something upcoming whenever the demo runs.
    static let serveCandidates: [(String, String, String, String)] = [
        ("Hannah Berg", "hannah.berg@example.net", "AE-2026-01", "referral"),
        ("Oskar Lind", "oskar.lind@example.net", "AE-2026-01", "LinkedIn"),
    ]

    /// Who gets a login, as what (access roles granted beyond the ones the demo gave them).
    static let logins: [(label: String, name: String, grant: Set<AccessRole>, note: String)] = [
        ("interviewer", "Tom Becker", [.interviewer], "owes a scorecard for Hannah Berg's role-play"),
        ("hiring manager", "Maria Lopez", [.hiringManager, .interviewer], "owns AE-2026-01; manages the new hire"),
        ("recruiter", "Jonas Weber", [.recruiter, .interviewer], "owes a scorecard for Oskar Lind's phone screen"),
    ]
}

extension DemoScript {
    /// Schedules interviews around `now` (some done and scored, some owed, one upcoming) and
    /// gives the panel logins with random passwords; returns the logins to print.
    mutating func serveSteps(_ workspace: Workspace, now: Date = Date()) throws -> [DemoLogin] {
        let hour = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 3600).rounded(.down) * 3600)
        func at(_ hours: Double) -> Date { hour.addingTimeInterval(hours * 3600) }
        heading("Interviews around today, for the team server", command: "hire interview schedule ID --round role-play --interviewer \"Tom Becker\" --at ...")
        let (hannah, oskar) = (DemoData.serveCandidates[0], DemoData.serveCandidates[1])
        for (name, email, opening, source) in DemoData.serveCandidates {
            try workspace.candidates.add(NewCandidate(name: name, email: email, opening: opening, source: source), actor: actor)
            try workspace.candidates.move(try workspace.candidateID(email), to: .interviewing, reason: "invited to the interview loop", actor: actor)
        }
        // Hannah: phone screen and hiring-manager round done and scored; Tom's role-play 26 hours
        // ago still owes its scorecard; Aisha's panel is tomorrow.
        let plan: [(email: String, round: String, interviewer: String, hours: Double, scored: Bool)] = [
            (hannah.1, "phone-screen", "Jonas Weber", -72, true),
            (hannah.1, "hiring-manager", "Maria Lopez", -50, true),
            (hannah.1, "role-play", "Tom Becker", -26, false),
            (hannah.1, "panel", "Aisha Khan", 22, false),
            (oskar.1, "phone-screen", "Jonas Weber", -3, false),
            (oskar.1, "role-play", "Tom Becker", 26, false),
        ]
        for item in plan {
            try workspace.interviews.schedule(
                candidate: try workspace.candidateID(item.email), round: item.round, interviewer: try workspace.personID(item.interviewer),
                at: at(item.hours), actor: actor)
            guard item.scored, let card = DemoData.scorecards.first(where: { $0.round == item.round }) else { continue }
            let ratings = card.ratings.sorted { $0.key < $1.key }.map { id, level in
                RatingDraft(competencyId: id, value: .level(Double(level)), evidence: "demo notes on \(id)")
            }
            try workspace.scorecards.submit(
                ScorecardDraft(candidate: item.email, round: item.round, interviewer: item.interviewer, ratings: ratings, recommendation: card.recommendation),
                actor: try workspace.access.actor(person: try workspace.personID(item.interviewer)))
        }
        Console.out("   \(hannah.0): 2 rounds scored, Tom Becker's role-play 26 hours ago owes its scorecard, the panel is tomorrow")
        Console.out("   \(oskar.0): Jonas Weber's phone screen 3 hours ago owes its scorecard, the role-play is the day after tomorrow")

        // Maria manages the opening (its slate is on her Openings page) and may hire once more.
        let headcount = try workspace.openings.progress("AE-2026-01").hired + 1
        heading("Maria Lopez manages the opening", command: "hire opening edit AE-2026-01 --manager \"Maria Lopez\" --headcount \(headcount)")
        _ = try workspace.openings.setManager("AE-2026-01", manager: try workspace.personID("Maria Lopez"), actor: actor)
        _ = try workspace.openings.setHeadcount("AE-2026-01", headcount, actor: actor)

        heading("Give the panel logins", command: "hire user add \"Tom Becker\" --grant interviewer --password-stdin")
        var logins: [DemoLogin] = []
        for login in DemoData.logins {
            let person = try workspace.person(login.name)
            try workspace.access.change(of: person.personID, grant: login.grant, revoke: [], actor: actor)
            let password = Self.randomPassword(for: person)
            _ = try workspace.accounts.add(person: person.personID, password: password, actor: actor)
            logins.append(DemoLogin(label: login.label, name: person.name, email: person.email, password: password, note: login.note))
        }
        Console.out("   Passwords are random, printed here once and kept only as bcrypt hashes:")
        var table = Table()
        table.headers = ["AS", "NAME", "EMAIL", "PASSWORD", ""]
        logins.forEach { table.add([$0.label, $0.name, $0.email, $0.password, $0.note]) }
        Console.out(table.text.split(separator: "\n").map { "   \($0)" }.joined(separator: "\n"))
        return logins
    }

    /// A random password of four groups of four letters and digits (about 92 bits), without
    /// look-alike characters and passing ``PasswordRules`` for `person`.
    static func randomPassword(for person: Person) -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        while true {
            let groups = (0..<4).map { _ in String((0..<4).map { _ in alphabet.randomElement(using: &generator)! }) }
            let password = groups.joined(separator: "-")
            if (try? PasswordRules.check(password, for: person)) != nil { return password }
        }
    }
}
