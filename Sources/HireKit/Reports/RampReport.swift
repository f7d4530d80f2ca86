import GRDB

/// What the ramp dashboard shows: every active new hire's timeline on a day, with the rating
/// scale of their role for the trajectories.
public struct RampReport: Sendable {
    /// One new hire.
    public struct Hire: Sendable {
        public var timeline: RampTimeline
        public var scale: RatingScale

        public init(timeline: RampTimeline, scale: RatingScale) {
            self.timeline = timeline
            self.scale = scale
        }
    }

    public var today: CalendarDate
    /// The manager the report is limited to, as given.
    public var manager: String?
    public var hires: [Hire]
    /// New hires left out because a value stored for them cannot be read, each said in words
    /// naming the hire (never the stored value).
    public var unreadable: [String]

    public init(today: CalendarDate, manager: String?, hires: [Hire], unreadable: [String] = []) {
        self.today = today
        self.manager = manager
        self.hires = hires
        self.unreadable = unreadable
    }
}

extension Workspace {
    /// The ramp dashboard's data: the timeline of every active new hire (optionally one manager's) on `today`.
    public func rampReport(today: CalendarDate, manager: String? = nil) throws -> RampReport {
        let status = try rampStatusRows(today: today, manager: manager)
        var unreadable = status.unreadable.map(\.description)
        let hires = try status.hires.compactMap { summary -> RampReport.Hire? in
            do {
                let timeline = try rampTimeline("\(summary.candidateId)", today: today)
                unreadable += timeline.unreadable.map(\.description)
                let scale = try writer.read { db in
                    let version = try Int.fetchOne(db, sql: "SELECT roleVersion FROM newHire WHERE id = ?", arguments: [summary.newHireId])
                    return try Self.profile(db, role: summary.roleId, version: version).scale
                }
                return RampReport.Hire(timeline: timeline, scale: scale)
            } catch let error as RowDecodingError {
                // One damaged record (a date that is not a date) must not hide everyone else's ramp.
                let what = HireError(database: error)?.message ?? "a stored value cannot be read"
                unreadable.append("new hire \(summary.newHireId) (candidate \(summary.candidateId)) left out: \(what)")
                return nil
            }
        }
        return RampReport(today: today, manager: manager, hires: hires, unreadable: unreadable)
    }
}
