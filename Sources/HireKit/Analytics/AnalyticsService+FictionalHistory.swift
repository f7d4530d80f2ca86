import Foundation
import GRDB

/// What ``AnalyticsService/generateFictionalHistory(role:candidates:hires:today:seed:actor:)`` wrote.
public struct FictionalHistory: Sendable, Hashable, Codable {
    public var role: String
    public var candidates: Int
    public var interviewed: Int
    public var hires: Int
    public var left: Int
    public var openings: [String]
}

extension AnalyticsService {
    /// Writes a generated, fictional hiring history for one role, for demonstrations of the funnel
    /// and validity: `candidates` past applicants ("Fictional candidate 001", no contact details)
    /// from four sources across three openings, their stage history over the two years before
    /// `today`, a scorecard per interview round (up to three) for those interviewed (by four fictional interviewers), and
    /// `hires` hires with ramps, day-90 check-ins, some leavers and a `quota-12m` result. Every
    /// number comes from a seeded generator, so the same seed gives the same history. The role's
    /// profile must be loaded; everything is written in one transaction and audited as an import.
    @discardableResult
    public func generateFictionalHistory(
        role: String, candidates count: Int = 200, hires hireCount: Int = 40, today: CalendarDate, seed: UInt64 = 20, actor: Actor
    ) throws -> FictionalHistory {
        try Policy.require(actor, .importFeeds)
        guard count >= 10, hireCount >= 1, hireCount <= count / 3 else { throw HireError.invalid("a fictional history needs at least 10 candidates and at most a third of them hired") }
        var random = SeededRandom(seed: seed)
        let profile = try workspace.roles.profile(role).profile
        let rounds = Array(profile.interviewPlan.prefix(3))
        guard !rounds.isEmpty else { throw HireError.invalid("role \(role) has no interview rounds") }
        let interviewers = try ["A", "B", "C", "D"].map { letter in
            try workspace.people.add(name: "Interviewer \(letter) (fictional)", email: "interviewer-\(letter.lowercased())@fictional.example", title: nil, actor: actor)
        }
        let manager = try workspace.people.add(name: "Manager (fictional)", email: "manager@fictional.example", title: nil, actor: actor)
        let openingDays = [-820, -680, -520].map { today.adding(days: $0) }
        let openings = try openingDays.enumerated().map { index, _ in
            try workspace.openings.add(id: "HIST-\(index + 1)", role: role, title: "Fictional opening \(index + 1)", headcount: 20, actor: actor).id
        }
        let zone = try writer.read { db in try Workspace.timeZone(db) }
        func moment(_ day: CalendarDate) -> Date { day.start(in: zone).addingTimeInterval(10 * 3600) }
        let scale = profile.scale
        let mid = Double(scale.min + scale.max) / 2
        // How strongly each competency's ratings follow the candidate's (hidden) quality: the first strongly, later ones less.
        let loadings = profile.competencies.indices.map { [0.9, 0.6, 0.35, 0.15, 0.05][$0 % 5] }
        let leniency = [0.35, 0.0, -0.25, 0.0]
        let noise = [0.5, 0.5, 0.5, 1.1]
        let sources: [(String, Double)] = [("referral", 0.35), ("job-board", -0.15), ("linkedin", 0), ("agency", 0.05)]
        let planLength = max(30, profile.onboarding.milestones.map(\.dueDay).max() ?? 90)

        return try writer.write { db in
            for (index, opening) in openings.enumerated() {
                try db.execute(sql: "UPDATE opening SET createdAt = ? WHERE id = ?", arguments: [moment(openingDays[index]), opening])
            }
            struct Applicant {
                var id: Int64
                var quality: Double
                var applied: CalendarDate
                var overall: Double = 0
                var interviewed = false
            }
            var applicants: [Applicant] = []
            var moves: [Int64: [(Stage, CalendarDate)]] = [:]
            for index in 0..<count {
                let source = sources[Int(random.next() % UInt64(sources.count))]
                let quality = random.normal() + source.1
                let applied = today.adding(days: -760 + Int(random.next() % 330))
                let opening = openings[openingDays.lastIndex { $0 <= applied } ?? 0]
                var candidate = Candidate(
                    name: String(format: "Fictional candidate %03d", index + 1), roleId: role, roleVersion: nil, openingId: opening, source: source.0,
                    createdAt: moment(applied), updatedAt: moment(applied))
                candidate.roleVersion = try Int.fetchOne(db, sql: "SELECT max(version) FROM roleVersion WHERE roleId = ?", arguments: [role])
                try candidate.insert(db)
                applicants.append(Applicant(id: candidate.id!, quality: quality, applied: applied))
                moves[candidate.id!] = [(.applied, applied)]
            }
            func days(_ low: Int, _ high: Int) -> Int { low + Int(random.next() % UInt64(high - low + 1)) }
            // Screening and interviews: better candidates are more likely to go on.
            for index in applicants.indices {
                let a = applicants[index]
                var day = a.applied.adding(days: days(1, 9))
                guard random.uniform() < 0.6 + 0.15 * a.quality else {
                    moves[a.id]!.append((random.uniform() < 0.8 ? .rejected : .withdrawn, day))
                    continue
                }
                moves[a.id]!.append((.screening, day))
                day = day.adding(days: days(2, 12))
                guard random.uniform() < 0.7 + 0.2 * a.quality else {
                    moves[a.id]!.append((random.uniform() < 0.85 ? .rejected : .withdrawn, day))
                    continue
                }
                moves[a.id]!.append((.interviewing, day))
                applicants[index].interviewed = true
                // Two scorecards, one per round, by two different interviewers.
                var means: [Double] = []
                for (k, round) in rounds.enumerated() {
                    let rater = (index + k) % interviewers.count
                    var interview = Interview(
                        candidateId: a.id, roundId: round.id, interviewerId: interviewers[rater].id!, at: moment(day.adding(days: 2 + k * 3)), actor: actor.recordedName,
                        createdAt: moment(day))
                    try interview.insert(db)
                    var ratings: [(String, Double)] = []
                    for competency in round.focus {
                        let loading = loadings[profile.competencies.firstIndex { $0.id == competency } ?? 0]
                        let value = (mid + loading * a.quality + leniency[rater] + noise[rater] * random.normal()).rounded()
                        ratings.append((competency, min(Double(scale.max), max(Double(scale.min), value))))
                    }
                    let mean = ratings.map(\.1).reduce(0, +) / Double(max(1, ratings.count))
                    means.append(mean)
                    let recommendation: Recommendation = mean >= mid + 1 ? .strongYes : mean >= mid ? .yes : mean >= mid - 0.75 ? .no : .strongNo
                    var card = Scorecard(
                        candidateId: a.id, roleId: role, roleVersion: try Int.fetchOne(db, sql: "SELECT max(version) FROM roleVersion WHERE roleId = ?", arguments: [role]) ?? 1,
                        roundId: round.id, interviewerId: interviewers[rater].id!, version: 1, supersedes: nil, recommendation: recommendation, notes: nil,
                        submittedAt: moment(day.adding(days: 2 + k * 3)), amendReason: nil, actor: actor.recordedName)
                    try card.insert(db)
                    for (competency, value) in ratings { try Rating(scorecardId: card.id!, competencyId: competency, value: value).insert(db) }
                }
                applicants[index].overall = means.reduce(0, +) / Double(means.count)
            }
            // Offers to the best-scored (with some judgement besides the scores); a few decline.
            let ranked = applicants.filter(\.interviewed).map { ($0, $0.overall + 0.4 * random.normal()) }.sorted { $0.1 > $1.1 }.map(\.0)
            var hired: [Applicant] = []
            for (rank, a) in ranked.enumerated() {
                let interviewed = moves[a.id]!.last!.1
                let decided = interviewed.adding(days: days(7, 20))
                if rank < hireCount + hireCount / 5 {
                    moves[a.id]!.append((.offer, decided))
                    if rank < hireCount {
                        moves[a.id]!.append((.hired, decided.adding(days: days(3, 10))))
                        hired.append(a)
                    } else {
                        moves[a.id]!.append((.withdrawn, decided.adding(days: days(2, 8))))
                    }
                } else {
                    moves[a.id]!.append((.rejected, decided))
                }
            }
            for (id, history) in moves {
                var previous: Stage?
                for (stage, day) in history {
                    var change = StageChange(candidateId: id, fromStage: previous, toStage: stage, reason: "fictional history", actor: actor.recordedName, at: moment(day))
                    try change.insert(db)
                    previous = stage
                }
                try db.execute(sql: "UPDATE candidate SET stage = ?, updatedAt = ? WHERE id = ?", arguments: [previous!.rawValue, moment(history.last!.1), id])
            }
            // Ramps, leavers, day-90 check-ins and a business result.
            var left = 0
            for a in hired {
                let hiredOn = moves[a.id]!.last!.1
                let start = hiredOn.adding(days: 14)
                let candidate = try Workspace.candidate(db, CandidateID(a.id))
                var hire = try Workspace.startRamp(db, candidate: candidate, request: HireRequest(hiredOn: hiredOn, start: start, managerId: manager.id!), actor: actor)
                let factor = min(1.8, max(0.6, 1.05 - 0.15 * a.quality + 0.12 * random.normal()))
                let rampDays = Int((Double(planLength) * factor).rounded())
                let leaves = random.uniform() < (a.quality < -0.2 ? 0.3 : 0.1)
                let leftOn = leaves ? start.adding(days: days(60, 500)) : nil
                let gone = leftOn.flatMap { $0 <= today ? $0 : nil }
                for var milestone in try Workspace.milestones(db, newHireId: hire.id!) {
                    let due = start.days(until: milestone.dueDate)
                    let done = start.adding(days: Int((Double(due) * Double(rampDays) / Double(planLength)).rounded()))
                    if let gone, done > gone {
                        milestone.state = .left
                        milestone.completedOn = gone
                    } else if done <= today {
                        milestone.state = .done
                        milestone.completedOn = done
                    } else {
                        continue
                    }
                    milestone.updatedBy = actor.recordedName
                    try milestone.update(db)
                }
                let ramped = start.adding(days: rampDays)
                if ramped <= today, gone.map({ ramped <= $0 }) ?? true {
                    hire.rampedOn = ramped
                    try hire.update(db)
                }
                if let gone {
                    left += 1
                    try HireExit(newHireId: hire.id!, leftOn: gone, kind: random.uniform() < 0.6 ? .voluntary : .involuntary, note: nil, actor: actor.recordedName, createdAt: moment(gone))
                        .insert(db)
                }
                let checkInDay = start.adding(days: 85)
                if checkInDay <= today, gone.map({ checkInDay < $0 }) ?? true {
                    var checkIn = CheckIn(newHireId: hire.id!, on: checkInDay, notes: nil, actor: actor.recordedName, createdAt: moment(checkInDay))
                    try checkIn.insert(db)
                    for competency in profile.competencies {
                        let value = (mid + 0.6 * a.quality + 0.5 * random.normal()).rounded()
                        try Observation(checkInId: checkIn.id!, competencyId: competency.id, rating: min(Double(scale.max), max(Double(scale.min), value))).insert(db)
                    }
                }
                let year = start.adding(days: 365)
                if year <= today, gone.map({ year < $0 }) ?? true {
                    var value = OutcomeValue(
                        candidateId: a.id, metric: "quota-12m", value: ((0.95 + 0.18 * a.quality + 0.15 * random.normal()) * 100).rounded() / 100, date: year,
                        updatedAt: moment(year))
                    try value.insert(db)
                }
            }
            try db.audit(actor, .importRun, detail: "fictional history: \(count) candidates, \(hired.count) hires of role \(role)")
            return FictionalHistory(
                role: role, candidates: count, interviewed: applicants.filter(\.interviewed).count, hires: hired.count, left: left, openings: openings)
        }
    }
}

/// A small seeded generator (SplitMix64) for reproducible fictional data.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Standard normal (Box-Muller).
    mutating func normal() -> Double {
        let u = max(uniform(), 1e-12)
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * uniform())
    }
}
