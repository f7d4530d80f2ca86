import Foundation
import GRDB

/// Reports: the slate, the candidate debrief and the ramp dashboard.
public struct ReportService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Reports: the slate, the candidate debrief and the ramp dashboard.
    public var reports: ReportService { ReportService(workspace: self) }
}

extension ReportService {
    /// The ramp dashboard's data: the timeline of every active new hire (optionally one manager's) on `today`.
    public func ramp(today: CalendarDate, manager: PersonID? = nil) throws -> RampReport {
        let status = try workspace.onboarding.statusRows(today: today, manager: manager)
        var unreadable = status.unreadable.map(\.description)
        let hires = try status.hires.compactMap { summary -> RampReport.Hire? in
            do {
                let timeline = try workspace.onboarding.timeline(CandidateID(summary.candidateId), today: today)
                unreadable += timeline.unreadable.map(\.description)
                let scale = try writer.read { db in
                    let version = try Int.fetchOne(db, sql: "SELECT roleVersion FROM newHire WHERE id = ?", arguments: [summary.newHireId])
                    return try Workspace.profile(db, role: summary.roleId, version: version).scale
                }
                return RampReport.Hire(timeline: timeline, scale: scale)
            } catch let error as RowDecodingError {
                // One damaged record (a date that is not a date) must not hide everyone else's ramp.
                let what = HireError(database: error)?.message ?? "a stored value cannot be read"
                unreadable.append("new hire \(summary.newHireId) (candidate \(summary.candidateId)) left out: \(what)")
                return nil
            }
        }
        let managerName = try manager.map { id in try writer.read { db in try Workspace.person(db, id).name } }
        return RampReport(today: today, manager: managerName, hires: hires, unreadable: unreadable)
    }

    /// The ranked slate of a role's candidates (erased ones left out), optionally of one opening.
    ///
    /// Computed in one pass over the latest scorecard versions' ratings, read in candidate order
    /// straight from the index and folded into per-competency tallies (count, sum, lowest,
    /// highest) without creating an object per rating; then weighted in Swift, one candidate
    /// at a time. See BENCHMARKS.md ("Slate") for why this beats a SQL GROUP BY here.
    ///
    /// Candidates whose ratings `viewer` may not see yet (the blind rule) are left out and counted
    /// in ``Slate/withheld``.
    ///
    /// Only active candidates (not hired, rejected or withdrawn) unless `includeInactive`.
    public func slate(role: String, opening: String? = nil, includeInactive: Bool = false, as viewer: Actor) throws -> Slate {
        try Policy.require(viewer, .viewSlate)
        return try writer.read { db in
            let current = try Workspace.roleVersion(db, role: role)
            if let opening {
                let found = try Workspace.opening(db, opening)
                if found.roleId != role { throw HireError.invalid("opening '\(opening)' is for role '\(found.roleId)', not '\(role)'") }
            }
            var candidateSQL = "SELECT id, name, stage, openingId, roleVersion FROM candidate WHERE roleId = ? AND erased = 0"
            var arguments: StatementArguments = [role]
            if !includeInactive {
                candidateSQL += " AND stage NOT IN ('hired', 'rejected', 'withdrawn')"
            }
            if let opening {
                candidateSQL += " AND openingId = ?"
                arguments += [opening]
            }
            var plans: [Int: Scoring.Plan] = [:]
            func plan(_ version: Int) throws -> Scoring.Plan {
                if let cached = plans[version] { return cached }
                let loaded = Scoring.Plan(try Workspace.profile(db, role: role, version: version))
                plans[version] = loaded
                return loaded
            }
            // Two reads in candidate order, merged as they go: the candidates, and their latest
            // scorecards with the ratings (the index gives that order, so SQLite neither sorts
            // nor groups the ratings). Nothing is kept per candidate but the slate's own entry.
            // Narrowed to an opening, only its candidates' scorecards are read (the opening's
            // index gives them in candidate order), not the whole role's.
            var scorecardCondition = "s.roleId = ?"
            var scorecardArguments: StatementArguments = [role]
            if let opening {
                scorecardCondition += " AND s.candidateId IN (SELECT id FROM candidate WHERE openingId = ?)"
                scorecardArguments += [opening]
            }
            let candidates = try Row.fetchCursor(db, sql: candidateSQL + " ORDER BY id", arguments: arguments)
            let scorecards = try LatestScorecardRows(db, condition: scorecardCondition, arguments: scorecardArguments)
            // Most candidates are on the role's current version: its fold is made once.
            var fold = CompetencyFold(try plan(current.version), version: current.version)
            var entries: [SlateEntry] = []
            // Counted first: an array grown by doubling would briefly hold a slate and a half.
            let listed = "SELECT count(*) FROM (\(candidateSQL))"
            entries.reserveCapacity(try Int.fetchOne(db, sql: listed, arguments: arguments) ?? 0)
            // Flag and must-have texts repeat from candidate to candidate: each is kept once.
            var texts = Set<String>()
            while let row = try candidates.next() {
                let id: Int64 = row[0]
                let version: Int = row[4] ?? 1
                let plan = try plan(version)
                if fold.version != version { fold = CompetencyFold(plan, version: version) }
                fold.reset()
                var tally = RecommendationTally()
                let count = try scorecards.take(id, recommendations: &tally, fold: &fold)
                let score = Scoring.score(plan: plan, recommendations: tally) { fold.tally(at: $0) }
                var entry = SlateEntry(candidateId: id, name: row[1], stage: row[2], openingId: row[3], score: score, scorecards: count)
                entry.flags = entry.flags.map { texts.insert($0).memberAfterInsert }
                entry.mustHaveFailures = entry.mustHaveFailures.map { texts.insert($0).memberAfterInsert }
                entries.append(entry)
            }
            var withheld = 0
            if viewer.personId != nil {
                let relations = try Relation.Batch(viewer, in: db)
                let count = entries.count
                entries.removeAll { !Policy.allows(viewer, .viewRatings, relations.relation(candidate: $0.candidateId, opening: $0.openingId)) }
                withheld = count - entries.count
            }
            Slate.rank(&entries)
            return Slate(roleId: role, openingId: opening, entries: entries, withheld: withheld)
        }
    }

    /// A candidate's full assessment report as `viewer` may see it: under the blind rule, the
    /// panel's ratings and the scores are hidden until the viewer has submitted their own.
    public func candidate(_ reference: CandidateID, as viewer: Actor) throws -> CandidateReport {
        try writer.read { db in
            let candidate = try Workspace.candidate(db, reference)
            let profile = try Workspace.assessedProfile(db, candidate)
            let listing = try Workspace.listing(db, candidate: candidate, viewer: viewer)
            let history = try StageChange.filter(StageChange.Columns.candidateId == candidate.id).order(StageChange.Columns.id).fetchAll(db)
            let interviews = try Interview.filter(Interview.Columns.candidateId == candidate.id).order(Interview.Columns.id).fetchAll(db)
            let decisions = try Decision.filter(Decision.Columns.candidateId == candidate.id).order(Decision.Columns.id).fetchAll(db)
            var lines: [String: [CandidateReport.RatingLine]] = [:]
            for submitted in listing.scorecards {
                for rating in submitted.ratings {
                    lines[rating.competencyId, default: []].append(CandidateReport.RatingLine(
                        scorecardId: submitted.scorecard.id!, roundId: submitted.scorecard.roundId, interviewerId: submitted.scorecard.interviewerId,
                        interviewer: submitted.interviewer, value: rating.value, skipReason: rating.skipReason, evidence: rating.evidence))
                }
            }
            let competencies = profile.competencies.compactMap { competency -> CandidateReport.CompetencyLines? in
                if listing.hidden && lines[competency.id] == nil { return nil }
                return CandidateReport.CompetencyLines(id: competency.id, name: competency.name, kind: competency.kind, ratings: lines[competency.id] ?? [])
            }
            let score = listing.hidden ? nil : try Workspace.score(db, candidate: candidate)
            return CandidateReport(
                candidate: candidate, history: history, interviews: interviews, hidden: listing.hidden, hiddenCount: listing.hiddenCount,
                scorecards: listing.scorecards, competencies: competencies, score: score, decisions: decisions,
                imported: try ImportedProfile.fetch(db, candidate: candidate.id!))
        }
    }
}
