import Foundation
import Testing
@testable import HireKit

/// Every permission for every access role, allowed or refused, as the one policy answers.
@Suite("Policy: every action for every access role")
struct PolicyMatrixTests {
    typealias Row = (permission: Permission, relation: Relation, allowed: Set<AccessRole>)

    static let onPanel = Relation(onPanel: true)
    static let submitted = Relation(onPanel: true, hasSubmitted: true)
    static let managesOpening = Relation(managesOpening: true)
    static let managesHire = Relation(managesHire: true)
    static let mentorsHire = Relation(mentorsHire: true)
    static let named = Relation(isNamedPerson: true)
    static let isNewHire = Relation(isNewHire: true)

    /// Who may, for a person holding exactly one access role and standing to the record as given.
    static let matrix: [Row] = [
        (.manageRoles, .none, [.admin, .hiringManager]),
        (.managePeople, .none, [.admin, .recruiter]),
        (.grantAccess, .none, [.admin]),
        (.mergePeople, .none, [.admin]),
        (.manageSettings, .none, [.admin]),
        (.backup, .none, [.admin]),
        (.manageOpenings, .none, [.admin, .recruiter, .hiringManager]),
        (.manageCandidates, .none, [.admin, .recruiter, .hiringManager]),
        (.scheduleInterviews, .none, [.admin, .recruiter, .hiringManager]),
        (.calibrate, .none, [.admin, .recruiter, .hiringManager]),
        (.viewAnalytics, .none, [.admin, .recruiter, .hiringManager]),
        (.recordOutcomes, .none, [.admin, .recruiter]),
        (.recordOutcomes, managesHire, Set(AccessRole.allCases)),
        (.viewSlate, .none, [.admin, .recruiter, .hiringManager]),
        (.importFeeds, .none, [.admin, .recruiter]),
        (.erase, .none, [.admin, .recruiter]),
        (.selfIdentifiedGroups, .none, [.admin, .recruiter]),
        (.viewAudit, .none, [.admin, .recruiter]),
        (.viewCandidate, .none, [.admin, .recruiter, .hiringManager]),
        (.viewCandidate, onPanel, Set(AccessRole.allCases)),
        (.viewCandidate, mentorsHire, Set(AccessRole.allCases)),
        // Only the named person submits or amends, whatever their roles.
        (.submitScorecard, .none, []),
        (.submitScorecard, named, Set(AccessRole.allCases)),
        (.amendScorecard, .none, []),
        (.amendScorecard, named, Set(AccessRole.allCases)),
        // The blind rule binds the panel, admins included.
        (.viewRatings, .none, [.admin, .recruiter]),
        (.viewRatings, managesOpening, [.admin, .recruiter, .hiringManager]),
        (.viewRatings, onPanel, []),
        (.viewRatings, Relation(onPanel: true, managesOpening: true), []),
        (.viewRatings, submitted, Set(AccessRole.allCases)),
        (.decide, .none, [.admin]),
        (.decide, managesOpening, [.admin, .hiringManager]),
        (.viewRamp, .none, [.admin, .recruiter, .hiringManager]),
        (.viewRamp, mentorsHire, Set(AccessRole.allCases)),
        // A new hire sees their own plan and completes what they own, nothing else.
        (.viewRamp, isNewHire, Set(AccessRole.allCases)),
        (.completeNewHireMilestone, isNewHire, Set(AccessRole.allCases)),
        (.completeMentorMilestone, isNewHire, [.admin]),
        (.completeManagerMilestone, isNewHire, [.admin]),
        (.checkIn, isNewHire, [.admin]),
        (.viewRatings, isNewHire, [.admin, .recruiter]),
        (.completeHRMilestone, .none, [.admin, .recruiter]),
        (.completeManagerMilestone, .none, [.admin]),
        (.completeManagerMilestone, managesHire, Set(AccessRole.allCases)),
        (.completeMentorMilestone, .none, [.admin]),
        (.completeMentorMilestone, mentorsHire, Set(AccessRole.allCases)),
        (.completeNewHireMilestone, managesHire, Set(AccessRole.allCases)),
        (.checkIn, .none, [.admin]),
        (.checkIn, mentorsHire, Set(AccessRole.allCases)),
        (.checkIn, managesHire, Set(AccessRole.allCases)),
        (.assignMentor, .none, [.admin, .recruiter]),
        (.assignMentor, managesHire, Set(AccessRole.allCases)),
        (.assignMilestone, .none, [.admin, .recruiter]),
        (.assignMilestone, managesHire, Set(AccessRole.allCases)),
        // Everyone sees what they owe themselves; what others owe is for those who chase it.
        (.viewOwed, .none, [.admin, .recruiter, .hiringManager]),
        (.viewOwed, named, Set(AccessRole.allCases)),
        // Two-step sign-in is turned on by the person whose login it is, whatever they hold.
        (.enrolSecondFactor, .none, []),
        (.enrolSecondFactor, named, Set(AccessRole.allCases)),
    ]

    @Test("the matrix names every permission")
    func everyPermission() {
        #expect(Set(Self.matrix.map(\.permission)) == Set(Permission.allCases))
    }

    @Test("each access role is allowed exactly what the matrix says", arguments: AccessRole.allCases)
    func role(_ role: AccessRole) {
        let actor = Actor.person(7, accessRoles: [role])
        for row in Self.matrix {
            #expect(Policy.allows(actor, row.permission, row.relation) == row.allowed.contains(role), "\(role.rawValue) \(row.permission.rawValue) \(row.relation)")
        }
    }

    @Test("a person with no access role may only do what the record itself allows them")
    func noRole() {
        let actor = Actor.person(7, accessRoles: [])
        for row in Self.matrix {
            #expect(Policy.allows(actor, row.permission, row.relation) == (row.allowed == Set(AccessRole.allCases)), "\(row.permission.rawValue)")
        }
    }

    @Test("refusals of records one may not know about are hidden, the rest forbidden")
    func hiddenVersusRefused() {
        let interviewer = Actor.person(7, accessRoles: [.interviewer])
        #expect(Policy.verdict(interviewer, .viewCandidate) == .hidden)
        #expect(Policy.verdict(interviewer, .viewRatings, Self.onPanel) == .hidden)
        #expect(Policy.verdict(interviewer, .decide, Self.onPanel) == .refused)
        #expect(throws: HireError.self) { try Policy.require(interviewer, .erase) }
        do {
            try Policy.require(interviewer, .erase)
        } catch let error as HireError {
            #expect(error.kind == .forbidden && error.permission == .erase)
        } catch { Issue.record("\(error)") }
    }

    @Test("the workspace owner holds every access role but is bound by the two rules")
    func owner() {
        let owner = Actor.owner("alice")
        #expect(owner.accessRoles == Set(AccessRole.allCases))
        #expect(!Policy.allows(owner, .submitScorecard))
        #expect(!Policy.allows(owner, .amendScorecard))
        #expect(Policy.allows(owner, .viewRatings))
        #expect(Policy.allows(owner, .erase))
    }
}
