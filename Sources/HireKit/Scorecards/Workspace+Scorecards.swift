import Foundation
import GRDB

extension Workspace {
    // MARK: Schedule

    /// Books an interviewer for one round of a candidate's interview plan, for `duration`
    /// minutes from `at`.
    ///
    /// With a time, refused (unless `allowOverlap`) when it overlaps another interview of the
    /// interviewer, or one of the candidate's in another round (the same round at the same time
    /// is a panel).
    @discardableResult
    public func scheduleInterview(
        candidate reference: String, round: String, interviewer: String, at: Date? = nil, duration: Int = Interview.defaultDuration,
        allowOverlap: Bool = false, actor: Actor
    ) throws -> Interview {
        try Policy.require(actor, .scheduleInterviews)
        guard (1...24 * 60).contains(duration) else { throw HireError.invalid("an interview lasts from 1 minute to 24 hours") }
        return try writer.write { db in
            let candidate = try Self.candidate(db, reference)
            let profile = try Self.assessedProfile(db, candidate)
            let round = try Self.round(profile, round)
            let person = try Self.person(db, interviewer)
            try Self.requireActive(person, as: "scheduled to interview")
            if try Interview.filter(Interview.Columns.candidateId == candidate.id && Interview.Columns.roundId == round.id && Interview.Columns.interviewerId == person.id)
                .fetchOne(db) != nil
            {
                throw HireError.conflict("interviewer \(person.id!) is already scheduled for round '\(round.id)' with candidate \(candidate.id!)")
            }
            var interview = Interview(
                candidateId: candidate.id!, roundId: round.id, interviewerId: person.id!, at: at, actor: actor.recordedName, createdAt: Date(),
                durationMinutes: duration)
            if at != nil, !allowOverlap { try Self.refuseOverlap(db, interview) }
            try interview.insert(db)
            try Self.ensureAccess(db, person: person.id!, .interviewer)
            try db.audit(actor, .interviewSchedule, candidate: candidate.id, subject: "interview \(interview.id!)", detail: "round \(round.id), interviewer \(person.id!)")
            return interview
        }
    }

    private static func refuseOverlap(_ db: Database, _ interview: Interview) throws {
        let others = try Interview.filter(
            (Interview.Columns.interviewerId == interview.interviewerId || (Interview.Columns.candidateId == interview.candidateId && Interview.Columns.roundId != interview.roundId))
                && Interview.Columns.at != nil
        ).order(Interview.Columns.at).fetchAll(db)
        guard let clash = others.first(where: interview.overlaps) else { return }
        let who =
            clash.interviewerId == interview.interviewerId
            ? "interviewer \(interview.interviewerId) already has interview \(clash.id!) (candidate \(clash.candidateId), round '\(clash.roundId)')"
            : "candidate \(interview.candidateId) already has interview \(clash.id!) (round '\(clash.roundId)', interviewer \(clash.interviewerId))"
        throw HireError.conflict("\(who) at an overlapping time (\(clash.durationMinutes) minutes)", remedy: .rescheduleOrAllowOverlap)
    }

    /// A candidate's scheduled interviews, in plan order.
    public func interviews(candidate reference: String) throws -> [Interview] {
        try writer.read { db in
            let candidate = try Self.candidate(db, reference)
            return try Interview.filter(Interview.Columns.candidateId == candidate.id).order(Interview.Columns.id).fetchAll(db)
        }
    }

    /// The names of the people with the given ids (an id no person has is left out).
    public func personNames(ids: Set<Int64>) throws -> [Int64: String] {
        try writer.read { db in try Self.personNames(db, ids: ids) }
    }

    // MARK: Forms and submission

    /// The blank YAML form for an interviewer's scorecard.
    /// `nextStep` is a comment line telling the interviewer what to do with the filled-in form.
    public func scorecardForm(candidate reference: String, round: String, interviewer: String, nextStep: String? = nil) throws -> String {
        try writer.read { db in
            let candidate = try Self.candidate(db, reference)
            let profile = try Self.assessedProfile(db, candidate)
            let round = try Self.round(profile, round)
            let person = try Self.person(db, interviewer)
            return ScorecardForm.render(
                candidateId: candidate.id!, candidateName: candidate.erased ? nil : candidate.name, profile: profile,
                roleVersion: candidate.roleVersion!, round: round, interviewer: person, nextStep: nextStep)
        }
    }

    /// Validates and records a scorecard in one transaction.
    ///
    /// Throws ``DiagnosticsError`` listing every problem (located in the form, if it came from
    /// one), or ``HireError``; either way nothing is recorded. `readingDiagnostics` are problems
    /// found while reading the form: reported with the rest, and any error among them refuses it.
    @discardableResult
    public func submitScorecard(
        _ draft: ScorecardDraft, readingDiagnostics: [Diagnostic] = [], options: ScorecardValidator.Options = .init(), actor: Actor,
        at: Date = Date()
    ) throws -> Scorecard {
        try writer.write { db in
            let candidate = try Self.resolve(draft, "candidate", readingDiagnostics: readingDiagnostics) { try Self.candidate(db, draft.candidate) }
            let person = try Self.resolve(draft, "interviewer", readingDiagnostics: readingDiagnostics) { try Self.person(db, draft.interviewer) }
            let profile = try Self.resolve(draft, "candidate", readingDiagnostics: readingDiagnostics) { try Self.assessedProfile(db, candidate) }
            try Self.require(db, actor, .submitScorecard, candidate: candidate.id!, named: person.id!)
            let isScheduled = try Interview.filter(
                Interview.Columns.candidateId == candidate.id && Interview.Columns.roundId == draft.round && Interview.Columns.interviewerId == person.id
            ).fetchCount(db) > 0
            let existing = try Int64.fetchOne(
                db, sql: "SELECT id FROM scorecard WHERE candidateId = ? AND roundId = ? AND interviewerId = ? ORDER BY version DESC LIMIT 1",
                arguments: [candidate.id, draft.round, person.id])
            let context = ScorecardValidator.Context(
                roleId: candidate.roleId!, roleVersion: candidate.roleVersion!, profile: profile, isScheduled: isScheduled,
                existingScorecard: existing, interviewerId: person.id!)
            let (validated, validation) = ScorecardValidator.validate(draft, context: context, options: options)
            let diagnostics = (readingDiagnostics + validation).sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
            guard let checked = validated, !diagnostics.containsErrors else { throw DiagnosticsError(diagnostics) }
            var scorecard = Scorecard(
                candidateId: candidate.id!, roleId: context.roleId, roleVersion: context.roleVersion, roundId: draft.round,
                interviewerId: person.id!, version: 1, supersedes: nil, recommendation: checked.recommendation, notes: draft.notes,
                submittedAt: at, amendReason: nil, actor: actor.recordedName)
            try scorecard.insert(db)
            try Self.insertRatings(db, checked, scorecard: scorecard.id!)
            try Self.deleteScorecardDraft(db, candidate: candidate.id!, round: draft.round, interviewer: person.id!)
            try db.audit(
                actor, .scorecardSubmit, candidate: candidate.id, subject: "scorecard \(scorecard.id!)",
                detail: "round \(draft.round), interviewer \(person.id!), \(checked.entries.count) ratings")
            return scorecard
        }
    }

    /// Records a new version of a scorecard with some ratings, the recommendation or notes changed.
    /// The old version is kept unchanged; scores use the new one.
    @discardableResult
    public func amendScorecard(_ id: Int64, _ amendment: ScorecardAmendment, options: ScorecardValidator.Options = .init(), actor: Actor, at: Date = Date()) throws -> Scorecard {
        let reason = amendment.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw HireError.invalid("say why the scorecard is amended", remedy: .supply(.reason)) }
        guard !amendment.changes.isEmpty || amendment.recommendation != nil || amendment.notes != nil else {
            throw HireError.invalid("nothing to amend", remedy: .supply(.amendment))
        }
        return try writer.write { db in
            guard let previous = try Scorecard.fetchOne(db, key: id) else {
                throw HireError.notFound("no scorecard \(id)", remedy: .listScorecards)
            }
            if let newer = try Int64.fetchOne(db, sql: "SELECT id FROM scorecard WHERE supersedes = ?", arguments: [id]) {
                throw HireError.conflict("scorecard \(id) has already been amended by scorecard \(newer); amend the latest version")
            }
            let candidate = try Candidate.fetchOne(db, key: previous.candidateId)!
            try Self.require(db, actor, .amendScorecard, candidate: candidate.id!, named: previous.interviewerId)
            let profile = try Self.profile(db, role: previous.roleId, version: previous.roleVersion)
            var drafts = try Rating.filter(Rating.Columns.scorecardId == id).fetchAll(db).map { rating in
                RatingDraft(
                    competencyId: rating.competencyId, value: rating.value.map { RatingInput.level($0) } ?? .notApplicable,
                    evidence: rating.evidence, skipReason: rating.skipReason)
            }
            let previousIds = Set(drafts.map(\.competencyId))
            // Evidence argues for a level: a new level needs new evidence, or a deliberate keep.
            let stale = amendment.keepEvidence ? [] : amendment.changes.compactMap { change -> String? in
                guard change.evidence == nil, let value = change.value,
                    let old = drafts.first(where: { $0.competencyId == change.competencyId }),
                    let evidence = old.evidence, !evidence.trimmingCharacters(in: .whitespaces).isEmpty, old.value != value
                else { return nil }
                return "\(change.competencyId) (\(old.value.text) -> \(value.text))"
            }
            for change in amendment.changes {
                var draft = drafts.first { $0.competencyId == change.competencyId }
                    ?? RatingDraft(competencyId: change.competencyId, value: .blank)
                if let value = change.value {
                    draft.value = value
                    if case .level = value, change.skipReason == nil { draft.skipReason = nil }
                }
                if let skip = change.skipReason {
                    draft.skipReason = skip
                    if change.value == nil { draft.value = .notApplicable }
                }
                if let evidence = change.evidence { draft.evidence = evidence }
                if let index = drafts.firstIndex(where: { $0.competencyId == change.competencyId }) {
                    drafts[index] = draft
                } else {
                    drafts.append(draft)
                }
            }
            let round = profile.round(previous.roundId)
            let extras = drafts.map(\.competencyId).filter { !(round?.focus.contains($0) ?? false) }
            var options = options
            if extras.allSatisfy(previousIds.contains) { options.allowExtra = true }
            let draft = ScorecardDraft(
                candidate: "\(previous.candidateId)", roleId: previous.roleId, roleVersion: previous.roleVersion, round: previous.roundId,
                interviewer: "\(previous.interviewerId)", ratings: drafts,
                recommendation: amendment.recommendation ?? previous.recommendation.rawValue, notes: amendment.notes ?? previous.notes)
            let context = ScorecardValidator.Context(
                roleId: candidate.roleId ?? previous.roleId, roleVersion: candidate.roleVersion ?? previous.roleVersion, profile: profile,
                isScheduled: true, existingScorecard: nil, interviewerId: previous.interviewerId)
            let (checked, diagnostics) = ScorecardValidator.validate(draft, context: context, options: options)
            guard let checked else { throw DiagnosticsError(diagnostics) }
            if !stale.isEmpty {
                throw HireError.invalid(
                    "the evidence of \(stale.joined(separator: ", ")) was written for the old rating; give new evidence or keep it",
                    remedy: .newEvidenceOrKeep)
            }
            var scorecard = previous
            scorecard.id = nil
            scorecard.version = previous.version + 1
            scorecard.supersedes = id
            scorecard.recommendation = checked.recommendation
            scorecard.notes = draft.notes
            scorecard.submittedAt = at
            scorecard.amendReason = reason
            scorecard.actor = actor.recordedName
            try scorecard.insert(db)
            try Self.insertRatings(db, checked, scorecard: scorecard.id!)
            try db.audit(
                actor, .scorecardAmend, candidate: previous.candidateId, subject: "scorecard \(scorecard.id!)",
                detail: "supersedes \(id), version \(scorecard.version)")
            return scorecard
        }
    }

    // MARK: Reading

    /// Every version of the scorecard `id` belongs to, oldest first.
    public func scorecardHistory(_ id: Int64, as viewer: Actor) throws -> [SubmittedScorecard] {
        try writer.read { db in
            guard let scorecard = try Scorecard.fetchOne(db, key: id) else {
                throw HireError.notFound("no scorecard \(id)", remedy: .listScorecards)
            }
            if viewer.personId != scorecard.interviewerId,
                !(try Self.allows(db, viewer, .viewRatings, candidate: scorecard.candidateId))
            {
                throw HireError.notFound("no scorecard \(id)", remedy: .listScorecards)
            }
            let versions = try Scorecard.filter(
                Scorecard.Columns.candidateId == scorecard.candidateId && Scorecard.Columns.roundId == scorecard.roundId
                    && Scorecard.Columns.interviewerId == scorecard.interviewerId
            ).order(Scorecard.Columns.version).fetchAll(db)
            return try Self.submitted(db, versions)
        }
    }

    /// A candidate's scorecards (latest versions) as `viewer` may see them: under the blind
    /// rule, only counts until the viewer has submitted their own.
    public func scorecards(candidate reference: String, as viewer: Actor) throws -> ScorecardListing {
        try writer.read { db in
            let candidate = try Self.candidate(db, reference)
            return try Self.listing(db, candidate: candidate, viewer: viewer)
        }
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
        guard let role = candidate.roleId else {
            throw HireError.invalid("candidate \(candidate.id!) has no role; scorecards need one", remedy: .setRoleOrOpening(candidate.id!))
        }
        return try profile(db, role: role, version: candidate.roleVersion)
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
