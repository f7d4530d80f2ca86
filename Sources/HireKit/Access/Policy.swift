/// The one rule book of who may see and do what. Every service asks it; no front end keeps
/// rules of its own.
///
/// Two rules bind everyone, admins and the workspace owner included: a scorecard is only ever
/// submitted or amended by the person it names, and anyone on a candidate's panel sees the
/// others' ratings only after submitting their own (the blind rule).
public enum Policy {
    /// The policy's answer.
    public enum Verdict: Sendable, Hashable {
        case allowed
        /// The actor may know the record exists but may not do this to it.
        case refused
        /// The actor may not know the record exists: front ends answer as if it did not.
        case hidden
    }

    /// May `actor` do `permission` to a record they stand to as `relation`?
    public static func verdict(_ actor: Actor, _ permission: Permission, _ relation: Relation = .none) -> Verdict {
        let admin = actor.holds(.admin)
        let recruiter = actor.holds(.recruiter)
        let manager = actor.holds(.hiringManager)
        func allow(_ condition: Bool, otherwise: Verdict = .refused) -> Verdict { condition ? .allowed : otherwise }
        switch permission {
        case .manageRoles:
            return allow(admin || manager)
        case .managePeople:
            return allow(admin || recruiter)
        case .grantAccess, .mergePeople, .manageSettings, .backup:
            return allow(admin)
        case .manageOpenings, .manageCandidates, .scheduleInterviews, .calibrate, .viewSlate, .viewAnalytics:
            return allow(admin || recruiter || manager)
        case .importFeeds, .erase, .selfIdentifiedGroups, .viewAudit:
            return allow(admin || recruiter)
        case .viewCandidate:
            return allow(
                admin || recruiter || manager || relation.onPanel || relation.managesHire || relation.mentorsHire,
                otherwise: .hidden)
        case .submitScorecard, .amendScorecard, .enrolSecondFactor:
            return allow(relation.isNamedPerson)
        case .viewRatings:
            if relation.onPanel { return allow(relation.hasSubmitted, otherwise: .hidden) }
            return allow(admin || recruiter || (manager && relation.managesOpening), otherwise: .hidden)
        case .decide:
            return allow(admin || (manager && relation.managesOpening))
        case .viewRamp:
            return allow(admin || recruiter || manager || relation.managesHire || relation.mentorsHire || relation.isNewHire, otherwise: .hidden)
        case .completeHRMilestone:
            return allow(admin || recruiter)
        case .completeManagerMilestone:
            return allow(admin || relation.managesHire)
        case .completeNewHireMilestone:
            return allow(admin || relation.managesHire || relation.mentorsHire || relation.isNewHire)
        case .completeMentorMilestone, .checkIn:
            return allow(admin || relation.managesHire || relation.mentorsHire)
        case .viewOwed:
            return allow(admin || recruiter || manager || relation.isNamedPerson)
        case .recordOutcomes:
            return allow(admin || recruiter || relation.managesHire)
        case .assignMentor, .assignMilestone:
            return allow(admin || recruiter || relation.managesHire)
        }
    }

    /// Whether `actor` may do `permission`.
    public static func allows(_ actor: Actor, _ permission: Permission, _ relation: Relation = .none) -> Bool {
        verdict(actor, permission, relation) == .allowed
    }

    /// Throws ``HireError/Kind/forbidden`` when refused, ``HireError/Kind/notFound`` (naming
    /// `record`) when the actor may not know the record exists.
    public static func require(_ actor: Actor, _ permission: Permission, _ relation: Relation = .none, record: String = "record") throws {
        switch verdict(actor, permission, relation) {
        case .allowed: return
        case .refused: throw HireError.forbidden(permission, actor: actor)
        case .hidden: throw HireError.notFound("no \(record)")
        }
    }
}
