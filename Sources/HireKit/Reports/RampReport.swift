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
    /// The name of the manager the report is limited to.
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

