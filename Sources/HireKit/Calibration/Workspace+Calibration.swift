import Foundation
import GRDB

extension Workspace {
    /// Reads the calibration inputs in four queries whatever the number of scorecards: latest
    /// scorecards with their ratings (one pass), final decisions, interviewer names, profiles.
    static func calibrationInputs(_ db: Database, role: String?, competency: String?) throws -> [RoleCalibrationInput] {
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

        // One pass over the latest versions' ratings. Without a competency, scorecards whose
        // ratings are all n/a still count for recommendation agreement (LEFT JOIN).
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
        sql += " ORDER BY s.id"

        struct Card {
            var roleId: String
            var roleVersion: Int
            var card: CalibrationInput.Scorecard
        }
        var cards: [Card] = []
        var lastId: Int64?
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if id != lastId {
                lastId = id
                let recommendation = Recommendation(rawValue: row[5])
                cards.append(
                    Card(
                        roleId: row[1], roleVersion: row[2],
                        card: CalibrationInput.Scorecard(candidateId: row[3], raterId: row[4], ratings: [:], recommendsHire: recommendation?.isPositive)))
            }
            if let competencyId: String = row[6], let value: Double = row[7] {
                cards[cards.count - 1].card.ratings[competencyId] = value
            }
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

        // Scales of the profile versions the scorecards were written against.
        var scales: [String: [Int: RatingScale]] = [:]
        func scale(_ role: String, _ version: Int) throws -> RatingScale {
            if let known = scales[role]?[version] { return known }
            let found = version == latest[role]?.version ? latest[role]!.profile.scale : try profile(db, role: role, version: version).scale
            scales[role, default: [:]][version] = found
            return found
        }

        var result: [RoleCalibrationInput] = []
        let byRole = Dictionary(grouping: cards, by: \.roleId)
        let roles = role.map { [$0] } ?? byRole.keys.filter { latest[$0] != nil }.sorted()
        for roleId in roles {
            guard let current = latest[roleId] else { continue }
            let target = current.profile.scale
            var rescaled = 0
            var scoped: [CalibrationInput.Scorecard] = []
            for entry in byRole[roleId] ?? [] {
                var card = entry.card
                let source = try scale(roleId, entry.roleVersion)
                if source != target {
                    rescaled += 1
                    card.ratings = card.ratings.mapValues { Self.rescale($0, from: source, to: target) }
                }
                scoped.append(card)
            }
            let candidates = Set(scoped.map(\.candidateId))
            let raters = Set(scoped.map(\.raterId))
            let competencies = competency.map { [$0] } ?? current.profile.competencies.map(\.id)
            result.append(
                RoleCalibrationInput(
                    roleId: roleId, profileVersion: current.version, scale: target, rescaledScorecards: rescaled,
                    input: CalibrationInput(
                        scorecards: scoped, raterNames: names.filter { raters.contains($0.key) },
                        decisions: decisions.filter { candidates.contains($0.key) }, competencies: competencies)))
        }
        return result
    }

    /// A rating mapped linearly from one scale onto another (lowest to lowest, highest to highest).
    static func rescale(_ value: Double, from source: RatingScale, to target: RatingScale) -> Double {
        guard source.max > source.min else { return Double(target.min) }
        return Double(target.min) + (value - Double(source.min)) / Double(source.max - source.min) * Double(target.max - target.min)
    }
}
