import Foundation
import GRDB

/// Fairness: self-identified groups and selection rates by group.
public struct FairnessService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Fairness: self-identified groups and selection rates by group.
    public var fairness: FairnessService { FairnessService(workspace: self) }
}

extension FairnessService {
    /// Records (or, with `value == nil`, removes) the group a candidate self-identifies
    /// with on a dimension. The audit log names the dimension, never the value.
    public func setGroup(_ reference: CandidateID, dimension: String, value: String?, actor: Actor) throws -> Candidate {
        try Policy.require(actor, .selfIdentifiedGroups)
        let dimension = try CandidateGroup.normalizedDimension(dimension)
        let value = try value.map(CandidateGroup.normalizedValue)
        return try writer.write { db in
            let candidate = try Workspace.candidate(db, reference)
            guard !candidate.erased else { throw HireError.invalid("candidate \(candidate.id!) has been erased") }
            if let value {
                try CandidateGroup(candidateId: candidate.id!, dimension: dimension, value: value).save(db)
                try db.audit(actor, .candidateGroupSet, candidate: candidate.id, detail: "dimension \(dimension)")
            } else {
                let deleted = try CandidateGroup.deleteOne(db, key: ["candidateId": candidate.id!, "dimension": dimension])
                guard deleted else { throw HireError.notFound("candidate \(candidate.id!) has no group recorded for '\(dimension)'") }
                try db.audit(actor, .candidateGroupClear, candidate: candidate.id, detail: "dimension \(dimension)")
            }
            return candidate
        }
    }

    /// The dimensions with group data, sorted.
    public func dimensions(as viewer: Actor) throws -> [String] {
        try Policy.require(viewer, .selfIdentifiedGroups)
        return try writer.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT dimension FROM candidateGroup ORDER BY dimension") }
    }

    /// Selection rates, impact ratios, four-fifths flags and Fisher p-values by group at
    /// each pipeline step, for one role or all, one dimension or all, one step (the one
    /// leading into `stage`) or all. Erased candidates are left out.
    public func report(
        role: String? = nil, dimension: String? = nil, stage: Stage? = nil, rules: AdverseImpact.Rules = .init(), as viewer: Actor
    ) throws -> FairnessReport {
        try Policy.require(viewer, .selfIdentifiedGroups)
        let steps: [SelectionStep]
        if let stage {
            steps = SelectionStep.all.filter { $0.to == stage }
            guard !steps.isEmpty else {
                let valid = SelectionStep.all.map(\.to.rawValue).joined(separator: ", ")
                throw HireError.invalid("no selection step leads into '\(stage.rawValue)'; give one of \(valid)")
            }
        } else {
            steps = SelectionStep.all
        }
        guard rules.minimumGroupSize >= 1 else { throw HireError.invalid("the minimum group size must be at least 1") }
        let wanted = try dimension.map(CandidateGroup.normalizedDimension)
        return try writer.read { db in
            if let role { _ = try Workspace.roleVersion(db, role: role) }
            var dimensions = try String.fetchAll(db, sql: "SELECT DISTINCT dimension FROM candidateGroup ORDER BY dimension")
            if let wanted {
                guard dimensions.contains(wanted) else {
                    throw HireError.notFound("no group data recorded for '\(wanted)'", remedy: .recordGroups)
                }
                dimensions = [wanted]
            }
            // The furthest pipeline stage each candidate reached, counted by group: one small
            // aggregate per dimension instead of every stage change.
            let furthest = SelectionStep.pipeline.enumerated().map { "WHEN '\($1.rawValue)' THEN \($0)" }.joined(separator: " ")
            var sql = """
                SELECT g.value, f.furthest, count(*) FROM (
                    SELECT c.id, max(CASE s.toStage \(furthest) END) AS furthest
                    FROM candidate c JOIN stageChange s ON s.candidateId = c.id
                    WHERE c.erased = 0
                """
            var arguments: StatementArguments = []
            if let role {
                sql += " AND c.roleId = ?"
                arguments += [role]
            }
            sql += """
                 GROUP BY c.id) f
                LEFT JOIN candidateGroup g ON g.candidateId = f.id AND g.dimension = ?
                WHERE f.furthest IS NOT NULL
                GROUP BY 1, 2
                """
            var sections: [FairnessReport.Dimension] = []
            for dimension in dimensions {
                let rows = try Row.fetchAll(db, sql: sql, arguments: arguments + [dimension])
                var counts = rows.map { (group: $0[0] as String?, furthest: $0[1] as Int, count: $0[2] as Int) }
                // Groups differing only in case or whitespace are one, named by the spelling most used.
                var perSpelling: [String: Int] = [:]
                for row in counts { if let group = row.group { perSpelling[group, default: 0] += row.count } }
                let names = CandidateGroup.mergedSpellings(perSpelling)
                counts = counts.map { (group: $0.group.map { names[$0] ?? $0 }, furthest: $0.furthest, count: $0.count) }
                let results = steps.map { step in
                    let (outcomes, unstated) = step.outcomes(counts: counts)
                    return FairnessReport.Step(
                        from: step.from, to: step.to, unstated: unstated, groups: AdverseImpact.analyze(outcomes, rules: rules))
                }
                sections.append(FairnessReport.Dimension(dimension: dimension, steps: results))
            }
            return FairnessReport(role: role, minimumGroupSize: rules.minimumGroupSize, fourFifths: rules.fourFifths, dimensions: sections)
        }
    }
}
