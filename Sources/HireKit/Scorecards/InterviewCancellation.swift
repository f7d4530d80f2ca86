import Foundation
import GRDB

/// An interview that was cancelled: kept under its own id, so calendars can mark its event
/// cancelled, while its round and interviewer are free to be booked again.
public struct InterviewCancellation: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    /// The cancelled interview's id.
    public var id: Int64
    public var candidateId: Int64
    public var roundId: String
    public var interviewerId: Int64
    public var at: Date?
    public var durationMinutes: Int
    public var location: String?
    /// The interview's sequence after the cancellation (one more than before).
    public var sequence: Int
    /// Why it was cancelled (free text; erased with the candidate).
    public var reason: String?
    public var cancelledAt: Date
    public var actor: String

    public static let databaseTableName = "interviewCancellation"

    /// The interview as it was, with the cancellation's sequence.
    public var interview: Interview {
        Interview(
            id: id, candidateId: candidateId, roundId: roundId, interviewerId: interviewerId, at: at, actor: actor, createdAt: cancelledAt,
            durationMinutes: durationMinutes, location: location, sequence: sequence)
    }
}

extension Interview {
    /// The stored interview's typed id.
    public var interviewID: InterviewID { InterviewID(id!) }
}
