import Foundation
import GRDB

extension Workspace {
    /// The first interview that overlaps `interview`: another of its interviewer's, or one of
    /// its candidate's in another round.
    static func overlapping(_ db: Database, _ interview: Interview) throws -> Interview? {
        let others = try Interview.filter(
            (Interview.Columns.interviewerId == interview.interviewerId || (Interview.Columns.candidateId == interview.candidateId && Interview.Columns.roundId != interview.roundId))
                && Interview.Columns.at != nil && Interview.Columns.id != interview.id
        ).order(Interview.Columns.at).fetchAll(db)
        return others.first(where: interview.overlaps)
    }

    static func refuseOverlap(_ db: Database, _ interview: Interview) throws {
        guard let clash = try overlapping(db, interview) else { return }
        let who =
            clash.interviewerId == interview.interviewerId
            ? "interviewer \(interview.interviewerId) already has interview \(clash.id!) (candidate \(clash.candidateId), round '\(clash.roundId)')"
            : "candidate \(interview.candidateId) already has interview \(clash.id!) (round '\(clash.roundId)', interviewer \(clash.interviewerId))"
        throw HireError.conflict("\(who) at an overlapping time (\(clash.durationMinutes) minutes)", remedy: .rescheduleOrAllowOverlap)
    }

    static func listing(_ db: Database, candidate: Candidate, viewer: Actor) throws -> ScorecardListing {
        let relation = try Relation.of(viewer, candidate: candidate.id!, in: db)
        try Policy.require(viewer, .viewCandidate, relation, record: "candidate \(candidate.id!)")
        let all = try latestScorecards(db, candidate: candidate.id!)
        if Policy.allows(viewer, .viewRatings, relation) {
            return ScorecardListing(
                candidateId: candidate.id!, viewerId: viewer.personId, hidden: false, scorecards: try submitted(db, all), hiddenCount: 0,
                hiddenByRound: [:])
        }
        let byRound = Dictionary(grouping: all, by: \.roundId).mapValues(\.count)
        return ScorecardListing(
            candidateId: candidate.id!, viewerId: viewer.personId, hidden: !all.isEmpty, scorecards: [], hiddenCount: all.count,
            hiddenByRound: byRound)
    }

    /// The latest version of each of a candidate's scorecards, in submission order.
    static func latestScorecards(_ db: Database, candidate: Int64) throws -> [Scorecard] {
        try Scorecard.fetchAll(
            db,
            sql: """
                SELECT * FROM scorecard s
                WHERE s.candidateId = ? AND NOT EXISTS (SELECT 1 FROM scorecard n WHERE n.supersedes = s.id)
                ORDER BY s.id
                """, arguments: [candidate])
    }

    static func submitted(_ db: Database, _ scorecards: [Scorecard]) throws -> [SubmittedScorecard] {
        try scorecards.map { scorecard in
            let ratings = try Rating.filter(Rating.Columns.scorecardId == scorecard.id).fetchAll(db)
            let name = try String.fetchOne(db, sql: "SELECT name FROM person WHERE id = ?", arguments: [scorecard.interviewerId]) ?? "?"
            let superseded = try Scorecard.filter(Scorecard.Columns.supersedes == scorecard.id).fetchCount(db) > 0
            return SubmittedScorecard(scorecard: scorecard, interviewer: name, ratings: ratings, isSuperseded: superseded)
        }
    }

    /// A candidate's scores from the latest version of every scorecard.
    static func score(_ db: Database, candidate: Candidate) throws -> CandidateScore {
        let profile = try assessedProfile(db, candidate)
        let latest = try latestScorecards(db, candidate: candidate.id!)
        var ratings: [(competencyId: String, value: Double?)] = []
        for scorecard in latest {
            ratings += try Rating.filter(Rating.Columns.scorecardId == scorecard.id).fetchAll(db).map { ($0.competencyId, $0.value) }
        }
        return Scoring.score(profile: profile, tallies: Scoring.tallies(ratings), recommendations: RecommendationTally(latest.map(\.recommendation)))
    }

    // MARK: Helpers

    /// The profile version a candidate is assessed against.
    static func assessedProfile(_ db: Database, _ candidate: Candidate) throws -> RoleProfile {
        try assessedProfile(db, candidate: candidate.id!, role: candidate.roleId, version: candidate.roleVersion)
    }

    /// The profile version a candidate with this role and version is assessed against.
    static func assessedProfile(_ db: Database, candidate id: Int64, role: String?, version: Int?) throws -> RoleProfile {
        guard let role else { throw HireError.invalid("candidate \(id) has no role; scorecards need one", remedy: .setRoleOrOpening(id)) }
        return try profile(db, role: role, version: version)
    }

    static func round(_ profile: RoleProfile, _ id: String) throws -> InterviewRound {
        if let round = profile.round(id) { return round }
        let ids = profile.interviewPlan.map(\.id)
        var message = "unknown round '\(id)' for role \(profile.id)"
        message += Suggestion.didYouMean(id, in: ids)
        throw HireError.notFound(message + " (rounds: \(ids.joined(separator: ", ")))")
    }

    /// Runs a lookup for a draft field, turning a failure into a diagnostic at the field in a form.
    static func resolve<T>(_ draft: ScorecardDraft, _ field: String, readingDiagnostics: [Diagnostic], _ lookup: () throws -> T) throws -> T {
        do {
            return try lookup()
        } catch let error as HireError where draft.file != nil {
            throw DiagnosticsError(readingDiagnostics + [draft.diagnostic(error.message, atField: field, remedy: error.remedy)])
        }
    }

    static func insertRatings(_ db: Database, _ checked: ScorecardValidator.Checked, scorecard: Int64) throws {
        for entry in checked.entries {
            try Rating(scorecardId: scorecard, competencyId: entry.competencyId, value: entry.value, skipReason: entry.skipReason, evidence: entry.evidence)
                .insert(db)
        }
    }
}
