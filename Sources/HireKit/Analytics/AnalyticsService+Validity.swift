import Foundation
import GRDB

extension AnalyticsService {
    /// How well each interview signal of a role goes with a hire outcome: the overall score, each
    /// competency, each dimension (skills, knowledge, attitudes), each interviewer's recommendations
    /// and each source, with n, Pearson's r and Spearman's rho with 95% intervals, and r corrected
    /// for range restriction (the signal's spread among everyone interviewed against that among
    /// hires). `outcome` is a ``BuiltInOutcome`` raw value or an imported metric's name (its latest
    /// value per hire). With fewer than ``ValidityReport/minimumHires`` hires nothing is called.
    ///
    /// Reads the latest version of every scorecard of the role's candidates not erased (n/a left
    /// out, earlier scales mapped onto the latest, as calibration does); `today` (default: today in
    /// the workspace's time zone) decides which retention and on-plan outcomes are known yet.
    public func validity(role: String, outcome: String, today: CalendarDate? = nil, as viewer: Actor) throws -> ValidityReport {
        try Policy.require(viewer, .viewAnalytics)
        return try writer.read { db in
            let current = try Workspace.roleVersion(db, role: role)
            let today = try today ?? CalendarDate.today(in: Workspace.timeZone(db))
            let outcomes = try Self.outcomes(db, role: role, outcome: outcome, profile: current.profile, today: today)
            let signals = try Self.signals(db, role: role, profile: current.profile)
            let builtIn = BuiltInOutcome(rawValue: outcome)
            let lowerIsBetter = builtIn?.lowerIsBetter ?? false
            let hires = outcomes.count
            let enough = hires >= ValidityReport.minimumHires
            let rows = signals.series.map { series in
                Self.row(series, outcomes: outcomes, enough: enough, lowerIsBetter: lowerIsBetter)
            }
            var notes: [String] = []
            if !enough {
                // With under three pairs there is no number to show at all: said so, not "shown".
                let shown = rows.contains { $0.pearson != nil || $0.spearman != nil }
                notes.append(
                    "Fewer than \(ValidityReport.minimumHires) hires have this outcome (\(hires)): "
                        + (shown ? "the numbers are shown, but too few to tell; nothing is called." : "too few to compute anything yet (a correlation needs at least 3); nothing is called."))
            }
            notes.append("A correlation on a few hires is not proof: it can come and go with the next hires, and it says nothing about why.")
            notes.append("Hires are the candidates the interviews picked, so their scores spread less than everyone's; the corrected r estimates the relation across everyone interviewed.")
            if lowerIsBetter { notes.append("Lower \(outcome) is better: a negative r means higher scores went with a faster ramp.") }
            return ValidityReport(
                role: role, outcome: outcome, lowerIsBetter: lowerIsBetter, hires: hires, interviewed: signals.interviewed, enoughHires: enough,
                signals: rows, notes: notes)
        }
    }

    /// One signal's values per candidate (every interviewed candidate of the role who has it).
    struct Series {
        var kind: ValiditySignal.Kind
        var id: String
        var label: String
        var values: [Int64: Double]
    }

    static func row(_ series: Series, outcomes: [Int64: Double], enough: Bool, lowerIsBetter: Bool) -> ValiditySignal {
        let paired = series.values.keys.filter { outcomes[$0] != nil }.sorted()
        let x = paired.map { series.values[$0]! }
        let y = paired.map { outcomes[$0]! }
        let pearson = Correlation.pearsonEstimate(x, y)
        let sdAll = Correlation.standardDeviation(Array(series.values.values))
        let sdHires = Correlation.standardDeviation(x)
        let corrected = pearson.flatMap { r in sdAll.flatMap { all in sdHires.flatMap { Correlation.correctedForRangeRestriction(r.value, unrestrictedSD: all, restrictedSD: $0) } } }
        let reading: ValiditySignal.Reading
        if !enough {
            reading = .tooFewHires
        } else if let pearson, let low = pearson.low, let high = pearson.high {
            if low > 0 {
                reading = lowerIsBetter ? .higherIsWorse : .higherIsBetter
            } else if high < 0 {
                reading = lowerIsBetter ? .higherIsBetter : .higherIsWorse
            } else {
                reading = .unclear
            }
        } else {
            reading = .noData
        }
        return ValiditySignal(
            kind: series.kind, id: series.id, label: series.label, n: paired.count, pearson: pearson, spearman: Correlation.spearmanEstimate(x, y),
            corrected: corrected, sdInterviewed: sdAll, sdHires: sdHires, reading: reading,
            points: zip(x, y).map { ValiditySignal.Point(signal: $0, outcome: $1) })
    }

    /// Every signal of the role's interviewed candidates, in report order.
    static func signals(_ db: Database, role: String, profile: RoleProfile) throws -> (series: [Series], interviewed: Int) {
        let input = try Workspace.calibrationInputs(db, role: role, competency: nil).first?.input
        let cards = input?.scorecards ?? []
        var tallies: [Int64: [String: CompetencyTally]] = [:]
        for card in cards {
            for (competency, value) in card.ratings { tallies[card.candidateId, default: [:]][competency, default: CompetencyTally()].add(value) }
        }
        // Recommendations per candidate and interviewer, from the same latest versions.
        var recommendations: [Int64: [Int64: [Recommendation]]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT s.candidateId, s.interviewerId, s.recommendation FROM scorecard s
                JOIN candidate c ON c.id = s.candidateId AND c.erased = 0
                WHERE s.roleId = ? AND NOT EXISTS (SELECT 1 FROM scorecard n WHERE n.supersedes = s.id)
                """, arguments: [role])
        while let row = try rows.next() {
            guard let recommendation = (row[2] as String?).flatMap(Recommendation.init(rawValue:)) else { continue }
            recommendations[row[0], default: [:]][row[1], default: []].append(recommendation)
        }
        let candidates = Set(cards.map(\.candidateId)).union(recommendations.keys)
        let plan = Scoring.Plan(profile)
        var overall = Series(kind: .overall, id: "overall", label: "Overall score", values: [:])
        var competencies = profile.competencies.map { Series(kind: .competency, id: $0.id, label: $0.name, values: [:]) }
        var dimensions = CompetencyKind.allCases.map { Series(kind: .dimension, id: $0.rawValue, label: $0.dimensionLabel, values: [:]) }
        for candidate in candidates {
            let tally = tallies[candidate] ?? [:]
            let score = Scoring.score(plan: plan, tallies: tally, recommendations: RecommendationTally())
            overall.values[candidate] = score.overall?.value
            for index in competencies.indices { competencies[index].values[candidate] = tally[competencies[index].id]?.mean }
            for index in dimensions.indices {
                dimensions[index].values[candidate] = score.dimensions.first { $0.kind.rawValue == dimensions[index].id }?.score?.value
            }
        }
        // Interviewers: the mean of their recommendations (strong-no 1 ... strong-yes 4) per candidate.
        var byInterviewer: [Int64: [Int64: Double]] = [:]
        for (candidate, perInterviewer) in recommendations {
            for (interviewer, calls) in perInterviewer {
                byInterviewer[interviewer, default: [:]][candidate] = calls.map(\.level).reduce(0, +) / Double(calls.count)
            }
        }
        let names = try Workspace.personNames(db, ids: Set(byInterviewer.keys))
        let interviewers = byInterviewer.map { id, values in
            Series(kind: .interviewer, id: "\(id)", label: names[id] ?? "person \(id)", values: values)
        }.sorted { ($0.label, $0.id) < ($1.label, $1.id) }
        // Sources: coming from it (1) or not (0), among the interviewed candidates with a source.
        var sourceOf: [Int64: String] = [:]
        if !candidates.isEmpty {
            for row in try Row.fetchAll(db, sql: "SELECT id, source FROM candidate WHERE roleId = ? AND erased = 0 AND source IS NOT NULL", arguments: [role]) {
                let id: Int64 = row[0]
                if candidates.contains(id) { sourceOf[id] = row[1] }
            }
        }
        let sources = Set(sourceOf.values).sorted().map { source in
            Series(kind: .source, id: source, label: source, values: Dictionary(uniqueKeysWithValues: sourceOf.map { ($0.key, $0.value == source ? 1.0 : 0.0) }))
        }
        return ([overall] + dimensions + competencies + interviewers + sources, candidates.count)
    }

    /// The outcome of each hire of the role whose outcome is known on `today`.
    static func outcomes(_ db: Database, role: String, outcome: String, profile: RoleProfile, today: CalendarDate) throws -> [Int64: Double] {
        struct Hire {
            var id: Int64
            var candidate: Int64
            var start: CalendarDate
            var ramped: CalendarDate?
            var left: CalendarDate?
        }
        var hires: [Hire] = []
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT h.id, h.candidateId, h.startDate, h.rampedOn, x.leftOn FROM newHire h
                JOIN candidate c ON c.id = h.candidateId AND c.erased = 0
                LEFT JOIN newHireExit x ON x.newHireId = h.id
                WHERE h.roleId = ?
                """, arguments: [role])
        {
            let startText: String = row[2]
            let rampedText: String? = row[3]
            let leftText: String? = row[4]
            guard let start = CalendarDate(startText) else { continue }
            let ramped = rampedText.flatMap { CalendarDate($0) }
            let left = leftText.flatMap { CalendarDate($0) }
            hires.append(Hire(id: row[0], candidate: row[1], start: start, ramped: ramped, left: left))
        }
        var result: [Int64: Double] = [:]
        guard let builtIn = BuiltInOutcome(rawValue: outcome) else {
            let known = try String.fetchAll(db, sql: "SELECT DISTINCT metric FROM outcome ORDER BY metric")
            guard known.contains(outcome) else {
                let choices = BuiltInOutcome.allCases.map(\.rawValue) + known
                throw HireError.notFound(
                    "no outcome '\(outcome)': give one of \(choices.joined(separator: ", "))" + Suggestion.didYouMean(outcome, in: choices), remedy: .importOutcomes)
            }
            let wanted = Set(hires.map(\.candidate))
            // The latest value per hire.
            for row in try Row.fetchAll(db, sql: "SELECT candidateId, value FROM outcome WHERE metric = ? ORDER BY date", arguments: [outcome]) {
                let candidate: Int64 = row[0]
                if wanted.contains(candidate) { result[candidate] = row[1] }
            }
            return result
        }
        switch builtIn {
        case .timeToRamp:
            for hire in hires { if let ramped = hire.ramped { result[hire.candidate] = Double(hire.start.days(until: ramped)) } }
        case .rampedOnPlan:
            let ends = Dictionary(
                try Row.fetchAll(db, sql: "SELECT newHireId, max(dueDate) FROM rampMilestone GROUP BY newHireId").compactMap { row -> (Int64, CalendarDate)? in
                    let text: String? = row[1]
                    guard let end = text.flatMap({ CalendarDate($0) }) else { return nil }
                    return (row[0] as Int64, end)
                }, uniquingKeysWith: { first, _ in first })
            for hire in hires {
                let end = ends[hire.id] ?? hire.start
                if let ramped = hire.ramped {
                    result[hire.candidate] = ramped <= end ? 1 : 0
                } else if hire.left != nil || today > end {
                    result[hire.candidate] = 0
                }
            }
        case .retained180, .retained365:
            let days = builtIn == .retained180 ? 180 : 365
            for hire in hires {
                if let left = hire.left, hire.start.days(until: left) < days {
                    result[hire.candidate] = 0
                } else if hire.start.adding(days: days) <= today {
                    result[hire.candidate] = 1
                }
            }
        case .day90:
            let competencies = Set(profile.competencies.map(\.id))
            let byHire = Dictionary(hires.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            // The latest observation of each competency after day 60 and up to day 90, averaged.
            var latest: [Int64: [String: (on: CalendarDate, rating: Double)]] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT k.newHireId, k.\"on\", o.competencyId, o.rating FROM observation o JOIN checkIn k ON k.id = o.checkInId")
            {
                let id: Int64 = row[0]
                guard let hire = byHire[id], let on = CalendarDate(row[1] as String) else { continue }
                let competency: String = row[2]
                let day = hire.start.days(until: on)
                guard competencies.contains(competency), day > 60, day <= 90 else { continue }
                if let earlier = latest[id]?[competency], earlier.on > on { continue }
                latest[id, default: [:]][competency] = (on, row[3])
            }
            for (id, observed) in latest where !observed.isEmpty {
                result[byHire[id]!.candidate] = observed.values.map(\.rating).reduce(0, +) / Double(observed.count)
            }
        }
        return result
    }
}

extension Recommendation {
    /// The recommendation as a number: strong-no 1, no 2, yes 3, strong-yes 4.
    public var level: Double {
        switch self {
        case .strongNo: 1
        case .no: 2
        case .yes: 3
        case .strongYes: 4
        }
    }
}

extension CompetencyKind {
    /// The dimension's name in reports: skills, knowledge, attitudes.
    public var dimensionLabel: String {
        switch self {
        case .skill: "Skills"
        case .knowledge: "Knowledge"
        case .attitude: "Attitudes"
        }
    }
}
