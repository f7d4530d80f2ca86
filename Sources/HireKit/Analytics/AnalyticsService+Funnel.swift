import Foundation
import GRDB

extension AnalyticsService {
    /// The hiring funnel from the recorded stage history: per stage, how many reached it, the
    /// conversion to the next and the days spent in it (median, 90th percentile); time to hire
    /// (applied to hired) and time to fill (opening created to hired); split by source and by
    /// opening. Candidates are selected by role, opening, source and the day they applied (were
    /// added). Erased candidates count: their stages and dates stay, anonymous, for statistics.
    public func funnel(_ filter: FunnelReport.Filter = .init(), as viewer: Actor) throws -> FunnelReport {
        try Policy.require(viewer, .viewAnalytics)
        if let from = filter.from, let to = filter.to, from > to { throw HireError.invalid("the first day \(from) is after the last day \(to)") }
        return try writer.read { db in
            if let role = filter.role { _ = try Workspace.roleVersion(db, role: role) }
            if let opening = filter.opening, try Opening.fetchOne(db, key: opening) == nil {
                throw HireError.notFound("no opening '\(opening)'" + Suggestion.didYouMean(opening, in: try String.fetchAll(db, sql: "SELECT id FROM opening")))
            }
            // A source no candidate has is a typo more often than an empty funnel.
            if let source = filter.source {
                let known = try String.fetchAll(db, sql: "SELECT DISTINCT source FROM candidate WHERE source IS NOT NULL")
                if !known.contains(where: { CandidateGroup.groupKey($0) == CandidateGroup.groupKey(source) }) {
                    throw HireError.notFound("no candidate has the source '\(source)'" + Suggestion.didYouMean(source, in: known))
                }
            }
            let zone = try Workspace.timeZone(db)
            var sql = "SELECT id, source, openingId, createdAt FROM candidate WHERE 1"
            var arguments: StatementArguments = []
            if let role = filter.role {
                sql += " AND roleId = ?"
                arguments += [role]
            }
            if let opening = filter.opening {
                sql += " AND openingId = ?"
                arguments += [opening]
            }
            // Sources are one group whatever their case and spacing, as in the fairness report.
            let wantedSource = filter.source.map(CandidateGroup.groupKey)
            var people: [Int64: Applicant] = [:]
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                let applied: Date = row[3]
                let day = CalendarDate(of: applied, in: zone)
                if let from = filter.from, day < from { continue }
                if let to = filter.to, day > to { continue }
                if let wantedSource, (row[1] as String?).map(CandidateGroup.groupKey) != wantedSource { continue }
                people[row[0]] = Applicant(source: row[1], opening: row[2], applied: applied)
            }
            let changes = try Row.fetchCursor(db, sql: "SELECT candidateId, toStage, at FROM stageChange ORDER BY candidateId, at, id")
            while let row = try changes.next() {
                let id: Int64 = row[0]
                guard people[id] != nil, let stage = Stage(rawValue: row[1]) else { continue }
                people[id]!.moves.append((stage, row[2]))
            }
            let openings = Dictionary(
                try Row.fetchAll(db, sql: "SELECT id, createdAt FROM opening").map { ($0[0] as String, $0[1] as Date) }, uniquingKeysWith: { first, _ in first })
            let all = Array(people.values)
            let sourceNames = CandidateGroup.mergedSpellings(
                Dictionary(all.compactMap { $0.source.map { ($0, 1) } }, uniquingKeysWith: +))
            func split(_ key: (Applicant) -> String) -> [FunnelSegment] {
                Dictionary(grouping: all, by: key).sorted { $0.key < $1.key }.map { Self.segment($0.key, $0.value, openings: openings) }
            }
            return FunnelReport(
                filter: filter, overall: Self.segment("all", all, openings: openings), bySource: split { $0.source.flatMap { sourceNames[$0] } ?? "(none)" },
                byOpening: split { $0.opening ?? "(none)" })
        }
    }

    /// A candidate in the funnel: where they came from and their moves in order.
    struct Applicant {
        var source: String?
        var opening: String?
        var applied: Date
        var moves: [(stage: Stage, at: Date)] = []

        /// The furthest pipeline stage reached (applied at least).
        var furthest: Int {
            moves.compactMap { SelectionStep.pipeline.firstIndex(of: $0.stage) }.max() ?? 0
        }
    }

    static func segment(_ key: String, _ applicants: [Applicant], openings: [String: Date]) -> FunnelSegment {
        let pipeline = SelectionStep.pipeline
        let day = 86_400.0
        var reached = [Int](repeating: 0, count: pipeline.count)
        var stays = [[Double]](repeating: [], count: pipeline.count)
        var toHire: [Double] = []
        var toFill: [Double] = []
        for applicant in applicants {
            let furthest = applicant.furthest
            for index in 0...furthest { reached[index] += 1 }
            // Each finished stay: from a move into a stage to the next move (a candidate with no
            // recorded first move was in `applied` from the day they were added).
            var moves = applicant.moves
            if moves.first?.stage != .applied { moves.insert((.applied, applicant.applied), at: 0) }
            for (move, next) in zip(moves, moves.dropFirst()) {
                guard let index = pipeline.firstIndex(of: move.stage), move.stage != .hired else { continue }
                stays[index].append(max(0, next.at.timeIntervalSince(move.at)) / day)
            }
            for move in applicant.moves {
                if move.stage == .hired {
                    toHire.append(max(0, move.at.timeIntervalSince(applicant.applied)) / day)
                    if let opening = applicant.opening, let created = openings[opening] { toFill.append(max(0, move.at.timeIntervalSince(created)) / day) }
                }
            }
        }
        let stages = pipeline.indices.map { index in
            FunnelStage(
                stage: pipeline[index], reached: reached[index],
                conversion: index + 1 < pipeline.count && reached[index] > 0 ? Double(reached[index + 1]) / Double(reached[index]) : nil,
                daysInStage: DaySummary(stays[index]), stays: stays[index])
        }
        return FunnelSegment(key: key, candidates: applicants.count, stages: stages, timeToHire: DaySummary(toHire), timeToFill: DaySummary(toFill))
    }
}
