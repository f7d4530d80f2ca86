import Foundation
import GRDB

/// Scorecards: forms, submission, amendment, history and exports, under the blind rule.
public struct ScorecardService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Scorecards: forms, submission, amendment, history and exports, under the blind rule.
    public var scorecards: ScorecardService { ScorecardService(workspace: self) }
}

extension ScorecardService {
    // MARK: Forms and submission

    /// The blank YAML form for an interviewer's scorecard.
    /// `nextStep` is a comment line telling the interviewer what to do with the filled-in form.
    public func form(candidate reference: CandidateID, round: String, interviewer: PersonID, nextStep: String? = nil) throws -> String {
        try writer.read { db in
            let candidate = try Workspace.candidate(db, reference)
            let profile = try Workspace.assessedProfile(db, candidate)
            let round = try Workspace.round(profile, round)
            let person = try Workspace.person(db, interviewer)
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
    public func submit(
        _ draft: ScorecardDraft, readingDiagnostics: [Diagnostic] = [], options: ScorecardValidator.Options = .init(), actor: Actor,
        at: Date = Date()
    ) throws -> Scorecard {
        try writer.write { db in
            let candidate = try Workspace.resolve(draft, "candidate", readingDiagnostics: readingDiagnostics) { try Workspace.candidate(db, draft.candidate) }
            let person = try Workspace.resolve(draft, "interviewer", readingDiagnostics: readingDiagnostics) { try Workspace.person(db, draft.interviewer) }
            let profile = try Workspace.resolve(draft, "candidate", readingDiagnostics: readingDiagnostics) { try Workspace.assessedProfile(db, candidate) }
            try Workspace.require(db, actor, .submitScorecard, candidate: candidate.id!, named: person.id!)
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
            try Workspace.insertRatings(db, checked, scorecard: scorecard.id!)
            try Workspace.deleteScorecardDraft(db, candidate: candidate.id!, round: draft.round, interviewer: person.id!)
            try db.audit(
                actor, .scorecardSubmit, candidate: candidate.id, subject: "scorecard \(scorecard.id!)",
                detail: "round \(draft.round), interviewer \(person.id!), \(checked.entries.count) ratings")
            try Workspace.announceScorecard(db, scorecard)
            return scorecard
        }
    }

    /// Records a new version of a scorecard with some ratings, the recommendation or notes changed.
    /// The old version is kept unchanged; scores use the new one.
    @discardableResult
    public func amend(_ id: ScorecardID, _ amendment: ScorecardAmendment, options: ScorecardValidator.Options = .init(), actor: Actor, at: Date = Date()) throws -> Scorecard {
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
            try Workspace.require(db, actor, .amendScorecard, candidate: candidate.id!, named: previous.interviewerId)
            let profile = try Workspace.profile(db, role: previous.roleId, version: previous.roleVersion)
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
            scorecard.supersedes = id.rawValue
            scorecard.recommendation = checked.recommendation
            scorecard.notes = draft.notes
            scorecard.submittedAt = at
            scorecard.amendReason = reason
            scorecard.actor = actor.recordedName
            try scorecard.insert(db)
            try Workspace.insertRatings(db, checked, scorecard: scorecard.id!)
            try db.audit(
                actor, .scorecardAmend, candidate: previous.candidateId, subject: "scorecard \(scorecard.id!)",
                detail: "supersedes \(id), version \(scorecard.version)")
            return scorecard
        }
    }

    // MARK: Reading

    /// Every version of the scorecard `id` belongs to, oldest first.
    public func history(_ id: ScorecardID, as viewer: Actor) throws -> [SubmittedScorecard] {
        try writer.read { db in
            guard let scorecard = try Scorecard.fetchOne(db, key: id) else {
                throw HireError.notFound("no scorecard \(id)", remedy: .listScorecards)
            }
            if viewer.personId != scorecard.interviewerId,
                !(try Workspace.allows(db, viewer, .viewRatings, candidate: scorecard.candidateId))
            {
                throw HireError.notFound("no scorecard \(id)", remedy: .listScorecards)
            }
            let versions = try Scorecard.filter(
                Scorecard.Columns.candidateId == scorecard.candidateId && Scorecard.Columns.roundId == scorecard.roundId
                    && Scorecard.Columns.interviewerId == scorecard.interviewerId
            ).order(Scorecard.Columns.version).fetchAll(db)
            return try Workspace.submitted(db, versions)
        }
    }

    /// A candidate's scorecards (latest versions) as `viewer` may see them: under the blind
    /// rule, only counts until the viewer has submitted their own.
    public func list(candidate reference: CandidateID, as viewer: Actor) throws -> ScorecardListing {
        try writer.read { db in
            let candidate = try Workspace.candidate(db, reference)
            return try Workspace.listing(db, candidate: candidate, viewer: viewer)
        }
    }

    /// Every rating of the latest version of every scorecard, one row each, of the candidates
    /// (not erased) of `role` and/or `opening`, by candidate, scorecard and competency.
    ///
    /// The blind rule holds: a candidate whose ratings `viewer` may not see (on the panel and
    /// not yet submitted, or no access) contributes no row; the workspace owner sees all.
    public func export(role: String? = nil, opening: String? = nil, as viewer: Actor) throws -> [RatingExportRow] {
        try writer.read { db in
            if let role { _ = try Workspace.roleVersion(db, role: role) }
            if let opening, try Opening.fetchOne(db, key: opening) == nil {
                throw HireError.notFound("unknown opening '\(opening)'", remedy: .addOpening(opening))
            }
            var request = Candidate.filter(Candidate.Columns.erased == false).order(Candidate.Columns.id)
            if let role { request = request.filter(Candidate.Columns.roleId == role) }
            if let opening { request = request.filter(Candidate.Columns.openingId == opening) }
            let candidates = try request.fetchAll(db)
            var names: [Int64: String] = [:]
            var rows: [RatingExportRow] = []
            for candidate in candidates {
                let relation = try Relation.of(viewer, candidate: candidate.id!, in: db)
                guard Policy.allows(viewer, .viewCandidate, relation), Policy.allows(viewer, .viewRatings, relation) else { continue }
                for scorecard in try Workspace.latestScorecards(db, candidate: candidate.id!) {
                    if names[scorecard.interviewerId] == nil {
                        names[scorecard.interviewerId] = try String.fetchOne(db, sql: "SELECT name FROM person WHERE id = ?", arguments: [scorecard.interviewerId]) ?? "?"
                    }
                    let ratings = try Rating.filter(Rating.Columns.scorecardId == scorecard.id).order(Rating.Columns.competencyId).fetchAll(db)
                    for rating in ratings {
                        rows.append(
                            RatingExportRow(
                                candidateId: candidate.id!, candidateName: candidate.name, roleId: scorecard.roleId, openingId: candidate.openingId,
                                scorecardId: scorecard.id!, round: scorecard.roundId, interviewerId: scorecard.interviewerId,
                                interviewer: names[scorecard.interviewerId]!, competencyId: rating.competencyId, rating: rating.value,
                                skipReason: rating.skipReason, evidence: rating.evidence, recommendation: scorecard.recommendation,
                                submittedAt: scorecard.submittedAt, version: scorecard.version))
                    }
                }
            }
            return rows
        }
    }
}
