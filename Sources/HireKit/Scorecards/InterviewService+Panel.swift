import Foundation
import GRDB

/// One booking of a candidate's panel: an interviewer for a round of the interview plan.
public struct PanelBooking: Sendable, Hashable {
    public var round: String
    public var interviewer: PersonID
    public var at: Date?
    /// Minutes.
    public var duration: Int
    public var location: String?
    /// Book it even when it overlaps another interview of the interviewer or the candidate.
    public var allowOverlap: Bool

    public init(round: String, interviewer: PersonID, at: Date?, duration: Int = Interview.defaultDuration, location: String? = nil, allowOverlap: Bool = false) {
        self.round = round
        self.interviewer = interviewer
        self.at = at
        self.duration = duration
        self.location = location
        self.allowOverlap = allowOverlap
    }
}

/// A panel not scheduled: the library's refusal of each booking, by its place in the request.
/// Nothing was recorded.
public struct PanelRefusal: Error, Sendable {
    public var problems: [Int: HireError]
    /// For each booking refused for a clash, the interview it overlaps.
    public var clashes: [Int: Interview] = [:]

    /// Whether `index` was refused only because it overlaps another interview (a warning the
    /// scheduler may confirm).
    public func isClash(_ index: Int) -> Bool { problems[index]?.remedy == .rescheduleOrAllowOverlap }
}

/// What scheduling a candidate's panel starts from.
public struct PanelPlan: Sendable {
    public var candidateId: Int64
    /// The candidate's name, or `candidate N` once erased.
    public var candidateName: String
    /// The rounds of the candidate's role interview plan, in order.
    public var rounds: [InterviewRound]
    /// The interviews already booked for the candidate, in booking order.
    public var booked: [Interview]
    /// The people who may be booked to interview (not retired), by name.
    public var interviewers: [(id: Int64, name: String)]
}

extension InterviewService {
    // MARK: Panels

    /// The rounds, the bookings so far and the possible interviewers of a candidate's panel, for
    /// `viewer` to schedule it. Not found when the policy hides the candidate; refused unless
    /// the viewer may schedule interviews.
    public func panel(candidate id: CandidateID, as viewer: Actor) throws -> PanelPlan {
        try writer.read { db in
            let candidate = try Workspace.candidate(db, id)
            try Workspace.require(db, viewer, .viewCandidate, candidate: id.rawValue)
            try Policy.require(viewer, .scheduleInterviews)
            let profile = try Workspace.assessedProfile(db, candidate)
            let people = try Person.order(Person.Columns.name).fetchAll(db).filter { $0.retiredAt == nil }
            return PanelPlan(
                candidateId: id.rawValue, candidateName: Workspace.listedName(candidate), rounds: profile.interviewPlan,
                booked: try Interview.filter(Interview.Columns.candidateId == id.rawValue).order(Interview.Columns.id).fetchAll(db),
                interviewers: people.map { (id: $0.id!, name: $0.name) })
        }
    }

    /// Books a candidate's panel in one go: every booking, or (throwing ``PanelRefusal`` with
    /// the refusal of each one refused) none. Each booking is checked as ``schedule(candidate:round:interviewer:at:duration:location:allowOverlap:actor:)``
    /// checks one, against the others of the panel too.
    @discardableResult
    public func schedulePanel(candidate id: CandidateID, _ bookings: [PanelBooking], actor: Actor) throws -> [Interview] {
        try writer.write { db in
            let candidate = try Workspace.candidate(db, id)
            try Workspace.require(db, actor, .viewCandidate, candidate: id.rawValue)
            try Policy.require(actor, .scheduleInterviews)
            guard !bookings.isEmpty else { throw HireError.invalid("a panel needs at least one interviewer") }
            let profile = try Workspace.assessedProfile(db, candidate)
            var booked: [Interview] = []
            var refusal = PanelRefusal(problems: [:])
            for (index, booking) in bookings.enumerated() {
                do {
                    booked.append(try Workspace.book(db, candidate: candidate, profile: profile, booking, actor: actor))
                } catch let error as HireError {
                    refusal.problems[index] = error
                    if error.remedy == .rescheduleOrAllowOverlap {
                        let wanted = Interview(
                            candidateId: candidate.id!, roundId: booking.round, interviewerId: booking.interviewer.rawValue, at: booking.at,
                            actor: actor.recordedName, createdAt: Date(), durationMinutes: booking.duration)
                        refusal.clashes[index] = try Workspace.overlapping(db, wanted)
                    }
                }
            }
            guard refusal.problems.isEmpty else { throw refusal }
            return booked
        }
    }
}

extension Workspace {
    /// Books one interview in the current transaction, audited; the one rule book of
    /// ``InterviewService/schedule(candidate:round:interviewer:at:duration:location:allowOverlap:actor:)``
    /// and ``InterviewService/schedulePanel(candidate:_:actor:)``.
    static func book(_ db: Database, candidate: Candidate, profile: RoleProfile, _ booking: PanelBooking, actor: Actor) throws -> Interview {
        guard (1...24 * 60).contains(booking.duration) else { throw HireError.invalid("an interview lasts from 1 minute to 24 hours") }
        let location = try Interview.checkedLocation(booking.location)
        let round = try round(profile, booking.round)
        let person = try person(db, booking.interviewer)
        try requireActive(person, as: "scheduled to interview")
        if try Interview.filter(Interview.Columns.candidateId == candidate.id && Interview.Columns.roundId == round.id && Interview.Columns.interviewerId == person.id)
            .fetchOne(db) != nil
        {
            throw HireError.conflict("interviewer \(person.id!) is already scheduled for round '\(round.id)' with candidate \(candidate.id!)")
        }
        var interview = Interview(
            candidateId: candidate.id!, roundId: round.id, interviewerId: person.id!, at: booking.at, actor: actor.recordedName, createdAt: Date(),
            durationMinutes: booking.duration, location: location)
        if booking.at != nil, !booking.allowOverlap { try refuseOverlap(db, interview) }
        try interview.insert(db)
        try ensureAccess(db, person: person.id!, .interviewer)
        try db.audit(actor, .interviewSchedule, candidate: candidate.id, subject: "interview \(interview.id!)", detail: "round \(round.id), interviewer \(person.id!)")
        return interview
    }
}
