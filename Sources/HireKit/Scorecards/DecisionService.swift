import Foundation
import GRDB

/// Hire and reject decisions.
public struct DecisionService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Hire and reject decisions.
    public var decisions: DecisionService { DecisionService(workspace: self) }
}

extension DecisionService {
    /// Records a hire or reject decision and moves the candidate, in one transaction.
    ///
    /// A hire needs a start date (`YYYY-MM-DD`) and a manager, and moves the candidate to
    /// `hired`; hiring someone who fails a must-have or whose scorecards are incomplete needs
    /// an override reason, which is kept. A reject needs a reason. Onboarding hooks into the
    /// hire through ``Decision/didHire(_:decision:candidate:businessDays:actor:)`` in the same transaction.
    @discardableResult
    public func decide(_ request: DecisionRequest, actor: Actor) throws -> Decision {
        let reason = Workspace.nonEmpty(request.reason)
        let override = Workspace.nonEmpty(request.override)
        if request.override != nil && override == nil { throw HireError.invalid("an override needs a reason", remedy: .supply(.overrideReason)) }
        switch request.kind {
        case .reject:
            guard reason != nil else { throw HireError.invalid("say why the candidate is rejected", remedy: .supply(.reason)) }
        case .hire:
            guard let start = request.startDate else { throw HireError.invalid("a hire needs a start date", remedy: .supply(.startDate)) }
            guard CalendarDate.plausibleYears.contains(start.year) else {
                throw HireError.invalid("the start must be \(CalendarDate.givenFormat), not '\(start)'")
            }
            guard request.manager != nil else { throw HireError.invalid("a hire needs a manager", remedy: .supply(.manager)) }
        }
        return try writer.write { db in
            var candidate = try Workspace.candidate(db, request.candidate)
            try Workspace.require(db, actor, .decide, candidate: candidate.id!)
            if candidate.erased { throw HireError.invalid("candidate \(candidate.id!) has been erased") }
            var managerId: Int64?
            if request.kind == .hire {
                let decidedOn = CalendarDate(day: request.at ?? Date(), in: try Workspace.timeZone(db))
                try Decision.checkLateStart(request.startDate!, decidedOn: decidedOn, reason: Workspace.nonEmpty(request.lateStartReason))
                managerId = try Workspace.person(db, request.manager!).id
                try Workspace.ensureAccess(db, person: managerId!, .hiringManager)
                let score = try Workspace.score(db, candidate: candidate)
                var problems = score.mustHaveFailures.map(\.description)
                if !score.incomplete.isEmpty { problems.append("incomplete: not rated: \(score.incomplete.joined(separator: ", "))") }
                if !problems.isEmpty && override == nil {
                    throw HireError.conflict(
                        "candidate \(candidate.id!) \(problems.joined(separator: "; "))", remedy: .overrideWithReason)
                }
            }
            let target: Stage = request.kind == .hire ? .hired : .rejected
            try Workspace.move(db, &candidate, to: target, reason: reason ?? override ?? request.kind.rawValue, actor: actor)
            var decision = Decision(
                candidateId: candidate.id!, kind: request.kind, reason: reason, override: override,
                startDate: request.kind == .hire ? request.startDate : nil, managerId: managerId,
                lateStartReason: request.kind == .hire ? Workspace.nonEmpty(request.lateStartReason) : nil, actor: actor.recordedName,
                at: request.at ?? Date())
            try decision.insert(db)
            try db.audit(
                actor, .decision(request.kind), candidate: candidate.id, subject: "decision \(decision.id!)",
                detail: override == nil ? nil : "override")
            if request.kind == .hire {
                try Decision.didHire(db, decision: decision, candidate: candidate, businessDays: request.businessDays, actor: actor)
            }
            try Workspace.announceDecision(db, decision)
            return decision
        }
    }

    /// A candidate's decisions, oldest first.
    public func list(candidate reference: CandidateID) throws -> [Decision] {
        try writer.read { db in
            let candidate = try Workspace.candidate(db, reference)
            return try Decision.filter(Decision.Columns.candidateId == candidate.id).order(Decision.Columns.id).fetchAll(db)
        }
    }
}
