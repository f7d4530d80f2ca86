import Foundation
import GRDB

extension InterviewService {
    /// Moves an interview to `at` (and, if given, a new length or location), keeping the same
    /// interview, so calendars replace its event; its sequence goes up by one. Refused once its
    /// scorecard is submitted, and (unless `allowOverlap`) when the new time overlaps.
    @discardableResult
    public func move(
        _ id: InterviewID, to at: Date, duration: Int? = nil, location: String? = nil, allowOverlap: Bool = false, actor: Actor
    ) throws -> Interview {
        try Policy.require(actor, .scheduleInterviews)
        if let duration, !(1...24 * 60).contains(duration) { throw HireError.invalid("an interview lasts from 1 minute to 24 hours") }
        let location = try Interview.checkedLocation(location)
        return try writer.write { db in
            var interview = try Workspace.changeableInterview(db, id)
            interview.at = at
            if let duration { interview.durationMinutes = duration }
            if let location { interview.location = location }
            interview.sequence += 1
            if !allowOverlap { try Workspace.refuseOverlap(db, interview) }
            try interview.update(db)
            try db.audit(
                actor, .interviewMove, candidate: interview.candidateId, subject: "interview \(interview.id!)",
                detail: "sequence \(interview.sequence)")
            return interview
        }
    }

    /// Cancels an interview: it leaves the schedule (its interviewer can be booked for the round
    /// again) and stays in calendars as cancelled. Refused once its scorecard is submitted.
    /// The reason is kept with the cancellation, not in the audit log (it may name someone).
    @discardableResult
    public func cancel(_ id: InterviewID, reason: String, actor: Actor) throws -> InterviewCancellation {
        try Policy.require(actor, .scheduleInterviews)
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw HireError.invalid("a cancellation needs a reason", remedy: .supply(.reason)) }
        return try writer.write { db in
            let interview = try Workspace.changeableInterview(db, id)
            let cancellation = InterviewCancellation(
                id: interview.id!, candidateId: interview.candidateId, roundId: interview.roundId, interviewerId: interview.interviewerId,
                at: interview.at, durationMinutes: interview.durationMinutes, location: interview.location, sequence: interview.sequence + 1,
                reason: reason, cancelledAt: Date(), actor: actor.recordedName)
            try cancellation.insert(db)
            try interview.delete(db)
            try db.audit(
                actor, .interviewCancel, candidate: interview.candidateId, subject: "interview \(interview.id!)",
                detail: "round \(interview.roundId), interviewer \(interview.interviewerId)")
            return cancellation
        }
    }

    /// One interview by id.
    public func get(_ id: InterviewID) throws -> Interview {
        try writer.read { db in
            guard let interview = try Interview.fetchOne(db, key: id.rawValue) else { throw HireError.notFound("no interview \(id)") }
            return interview
        }
    }
}

extension Workspace {
    /// A scheduled interview whose scorecard is not yet submitted.
    static func changeableInterview(_ db: Database, _ id: InterviewID) throws -> Interview {
        guard let interview = try Interview.fetchOne(db, key: id.rawValue) else {
            if try InterviewCancellation.fetchOne(db, key: id.rawValue) != nil { throw HireError.conflict("interview \(id) is cancelled") }
            throw HireError.notFound("no interview \(id)")
        }
        if let latest = try submittedScorecard(db, interview) {
            // Named as people know it: by the scorecard first submitted, with its latest amendment.
            let first = try Int64.fetchOne(
                db, sql: "SELECT MIN(id) FROM scorecard WHERE candidateId = ? AND roundId = ? AND interviewerId = ?",
                arguments: [interview.candidateId, interview.roundId, interview.interviewerId]) ?? latest
            let which = first == latest ? "scorecard \(first)" : "scorecard \(first), amended as scorecard \(latest)"
            throw HireError.conflict("interview \(id) has its scorecard (\(which)): it took place and cannot be moved or cancelled")
        }
        return interview
    }
}

extension Interview {
    /// The longest location accepted, in characters.
    public static let maxLocationLength = 500

    /// A location trimmed, `nil` when empty; refused when too long or holding control characters.
    static func checkedLocation(_ location: String?) throws -> String? {
        guard let trimmed = location?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        guard trimmed.count <= maxLocationLength else { throw HireError.invalid("a location is at most \(maxLocationLength) characters") }
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw HireError.invalid("a location is one line of text, without control characters")
        }
        return trimmed
    }

    /// Whole hours from an interview at `at` to `now` (counted in whole minutes, so a stored
    /// time's sub-second rounding does not lose an hour; never negative): the one count of
    /// "hours since the interview" every list shows.
    static func wholeHours(from at: Date, to now: Date) -> Int {
        max(0, Int((now.timeIntervalSince(at) / 60).rounded()) / 60)
    }
}
