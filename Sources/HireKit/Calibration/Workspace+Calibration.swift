import Foundation
import GRDB

extension Workspace {
    /// One event of ``readCalibrationScorecards(_:role:competency:_:)``: a scorecard starts,
    /// or one of its ratings.
    enum CalibrationRead {
        case scorecard(role: String, candidate: Int64, rater: Int64, recommendsHire: Bool?, rescaled: Bool)
        case rating(competency: String, value: Double)
    }

    /// What calibration reads before the ratings: the roles in scope with their latest
    /// profile, the final decisions and the interviewers' names.
    struct CalibrationScope {
        var latest: [String: RoleVersion]
        var decisions: [Int64: Bool]
        var names: [Int64: String]
    }

    static func calibrationScope(_ db: Database, role: String?, competency: String?) throws -> CalibrationScope {
        // Latest profile per role in scope.
        var latest: [String: RoleVersion] = [:]
        if let role {
            latest[role] = try roleVersion(db, role: role)
        } else {
            for stored in try StoredRole.fetchAll(db) {
                latest[stored.id] = try roleVersion(db, role: stored.id, version: stored.latestVersion)
            }
        }
        if let competency {
            let having = latest.filter { $0.value.profile.competency(competency) != nil }
            if having.isEmpty {
                let known = Array(Set(latest.values.flatMap { $0.profile.competencies.map(\.id) })).sorted()
                var message = "unknown competency '\(competency)'" + (role.map { " for role \($0)" } ?? "")
                message += Suggestion.didYouMean(competency, in: known)
                throw HireError.notFound(message)
            }
            latest = having
        }
        // The final (latest) decision per candidate.
        var decisions: [Int64: Bool] = [:]
        let decisionRows = try Row.fetchCursor(
            db,
            sql: """
                SELECT d.candidateId, d.kind FROM decision d
                WHERE d.id = (SELECT max(e.id) FROM decision e WHERE e.candidateId = d.candidateId)
                """)
        while let row = try decisionRows.next() {
            decisions[row[0]] = DecisionKind(rawValue: row[1]) == .hire
        }
        let names = try Dictionary(
            Row.fetchAll(db, sql: "SELECT id, name FROM person WHERE id IN (SELECT DISTINCT interviewerId FROM scorecard)")
                .map { ($0[0] as Int64, $0[1] as String) },
            uniquingKeysWith: { first, _ in first })
        return CalibrationScope(latest: latest, decisions: decisions, names: names)
    }

    /// Reads the latest version of every scorecard in scope of candidates not erased, in one
    /// pass ordered by role, candidate and scorecard, each rating on the scale of its role's
    /// latest profile. Without a competency, scorecards whose ratings are all n/a still count
    /// for recommendation agreement.
    static func readCalibrationScorecards(
        _ db: Database, role: String?, competency: String?, scope: CalibrationScope, _ body: (CalibrationRead) throws -> Void
    ) throws {
        var sql = """
            SELECT s.id, s.roleId, s.roleVersion, s.candidateId, s.interviewerId, s.recommendation, r.competencyId, r.value
            FROM scorecard s
            JOIN candidate c ON c.id = s.candidateId AND c.erased = 0
            \(competency == nil ? "LEFT JOIN" : "JOIN") rating r ON r.scorecardId = s.id AND r.value IS NOT NULL\(competency == nil ? "" : " AND r.competencyId = ?")
            WHERE NOT EXISTS (SELECT 1 FROM scorecard n WHERE n.supersedes = s.id)
            """
        var arguments: StatementArguments = []
        if let competency { arguments += [competency] }
        if let role {
            sql += " AND s.roleId = ?"
            arguments += [role]
        }
        sql += " ORDER BY s.roleId, s.candidateId, s.id"

        // Scales of the profile versions the scorecards were written against.
        var scales: [String: [Int: RatingScale]] = [:]
        func scale(_ role: String, _ version: Int) throws -> RatingScale {
            if let known = scales[role]?[version] { return known }
            let found = version == scope.latest[role]?.version ? scope.latest[role]!.profile.scale : try profile(db, role: role, version: version).scale
            scales[role, default: [:]][version] = found
            return found
        }
        // Each row is one rating with its scorecard's columns: a scorecard starts where the id changes.
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var lastId: Int64?
        var mapping: (source: RatingScale, target: RatingScale)?
        var inScope = false
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if id != lastId {
                lastId = id
                let roleId: String = row[1]
                guard let current = scope.latest[roleId] else {
                    inScope = false
                    continue
                }
                inScope = true
                let source = try scale(roleId, row[2])
                mapping = source == current.profile.scale ? nil : (source, current.profile.scale)
                try body(
                    .scorecard(
                        role: roleId, candidate: row[3], rater: row[4], recommendsHire: Recommendation(rawValue: row[5])?.isPositive,
                        rescaled: mapping != nil))
            }
            guard inScope, let competencyId: String = row[6], let value: Double = row[7] else { continue }
            try body(.rating(competency: competencyId, value: mapping.map { Self.rescale(value, from: $0.source, to: $0.target) } ?? value))
        }
    }

    /// The roles in scope, in report order: the one asked for, or every role with scorecards.
    static func calibrationRoles(role: String?, scope: CalibrationScope, seen: some Sequence<String>) -> [String] {
        role.map { [$0] } ?? seen.filter { scope.latest[$0] != nil }.sorted()
    }

    /// The calibration inputs, one per role in scope, as values (see ``readCalibrationScorecards``).
    static func calibrationInputs(_ db: Database, role: String?, competency: String?) throws -> [RoleCalibrationInput] {
        let scope = try calibrationScope(db, role: role, competency: competency)
        var cards: [String: (cards: [CalibrationInput.Scorecard], rescaled: Int)] = [:]
        var current: String?
        try readCalibrationScorecards(db, role: role, competency: competency, scope: scope) { event in
            switch event {
            case .scorecard(let roleId, let candidate, let rater, let recommendsHire, let rescaled):
                current = roleId
                cards[roleId, default: ([], 0)].cards.append(
                    CalibrationInput.Scorecard(candidateId: candidate, raterId: rater, ratings: [:], recommendsHire: recommendsHire))
                if rescaled { cards[roleId]!.rescaled += 1 }
            case .rating(let competencyId, let value):
                let count = cards[current!]!.cards.count
                cards[current!]!.cards[count - 1].ratings[competencyId] = value
            }
        }
        return calibrationRoles(role: role, scope: scope, seen: cards.keys).compactMap { roleId in
            guard let latest = scope.latest[roleId] else { return nil }
            let scoped = cards[roleId]?.cards ?? []
            let candidates = Set(scoped.map(\.candidateId))
            let raters = Set(scoped.map(\.raterId))
            return RoleCalibrationInput(
                roleId: roleId, profileVersion: latest.version, scale: latest.profile.scale, rescaledScorecards: cards[roleId]?.rescaled ?? 0,
                input: CalibrationInput(
                    scorecards: scoped, raterNames: scope.names.filter { raters.contains($0.key) },
                    decisions: scope.decisions.filter { candidates.contains($0.key) },
                    competencies: competency.map { [$0] } ?? latest.profile.competencies.map(\.id)))
        }
    }

    /// The calibration of each role in scope, folded as the scorecards stream past: memory
    /// grows with the ratings matrix, not with a value per scorecard.
    static func calibrationReports(_ db: Database, role: String?, competency: String?, minimumCandidates: Int) throws -> [RoleCalibration] {
        let scope = try calibrationScope(db, role: role, competency: competency)
        var tallies: [String: (tally: CalibrationTally, rescaled: Int)] = [:]
        var current: String?
        try readCalibrationScorecards(db, role: role, competency: competency, scope: scope) { event in
            switch event {
            case .scorecard(let roleId, let candidate, let rater, let recommendsHire, let rescaled):
                if tallies[roleId] == nil {
                    let competencies = competency.map { [$0] } ?? scope.latest[roleId]!.profile.competencies.map(\.id)
                    tallies[roleId] = (CalibrationTally(competencies: competencies, decisions: scope.decisions), 0)
                }
                current = roleId
                tallies[roleId]!.tally.beginScorecard(candidate: candidate, rater: rater, recommendsHire: recommendsHire)
                if rescaled { tallies[roleId]!.rescaled += 1 }
            case .rating(let competencyId, let value):
                tallies[current!]!.tally.addRating(competency: competencyId, value: value)
            }
        }
        return calibrationRoles(role: role, scope: scope, seen: tallies.keys).compactMap { roleId in
            guard let latest = scope.latest[roleId] else { return nil }
            let read = tallies.removeValue(forKey: roleId)
            var tally = read?.tally ?? CalibrationTally(competencies: competency.map { [$0] } ?? latest.profile.competencies.map(\.id), decisions: [:])
            let rescaled = read?.rescaled ?? 0
            let report = tally.report(raterNames: scope.names, minimumCandidates: minimumCandidates, leniencyThreshold: 0.5)
            return RoleCalibration(
                roleId: roleId, profileVersion: latest.version, scale: latest.profile.scale, rescaledScorecards: rescaled,
                scorecards: tally.scorecards, candidates: tally.candidates, report: report)
        }
    }

    /// A rating mapped linearly from one scale onto another (lowest to lowest, highest to highest).
    static func rescale(_ value: Double, from source: RatingScale, to target: RatingScale) -> Double {
        guard source.max > source.min else { return Double(target.min) }
        return Double(target.min) + (value - Double(source.min)) / Double(source.max - source.min) * Double(target.max - target.min)
    }
}
