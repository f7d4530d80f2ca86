import Foundation

/// One new hire's ramp as a viewer sees it: the timeline, the role profile it follows, and what
/// the viewer may do to it.
public struct RampView: Sendable {
    public var timeline: RampTimeline
    /// The role profile version the hire ramps against (scale, anchors, check-in questions).
    public var profile: RoleProfile
    /// Ids of the open milestones the viewer may complete or waive.
    public var completable: Set<String>
    /// Whether the viewer may record a check-in.
    public var mayCheckIn: Bool
    /// Whether the viewer may choose the hire's mentor.
    public var mayAssignMentor = false
}
