/// The forward steps of the hiring pipeline that fairness is measured on, and which
/// candidates count as having been considered at and passed each.
public struct SelectionStep: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The stage candidates are considered at.
    public var from: Stage
    /// The stage that passing takes them to.
    public var to: Stage

    public init(from: Stage, to: Stage) {
        self.from = from
        self.to = to
    }

    /// The pipeline in order: applied, screening, interviewing, offer, hired.
    public static let pipeline: [Stage] = [.applied, .screening, .interviewing, .offer, .hired]

    /// applied -> screening, screening -> interviewing, interviewing -> offer, offer -> hired.
    public static let all: [SelectionStep] = zip(pipeline, pipeline.dropFirst()).map { SelectionStep(from: $0, to: $1) }

    public var description: String { "\(from.rawValue) -> \(to.rawValue)" }

    /// Whether a candidate who has been at `stages` got at least as far as `stage`.
    ///
    /// Reaching a later pipeline stage counts as reaching the earlier ones, so a candidate
    /// invited straight to interview (skipping screening) counts as having passed screening.
    public static func reached(_ stage: Stage, given stages: Set<Stage>) -> Bool {
        guard let index = pipeline.firstIndex(of: stage) else { return stages.contains(stage) }
        return pipeline[index...].contains { stages.contains($0) }
    }

    /// Outcomes per group at this step, from each candidate's group (nil: not stated) and
    /// the stages they have been at. Groups are sorted by name; candidates with no stated
    /// group are counted in `unstated` only.
    public func outcomes(of candidates: [(group: String?, stages: Set<Stage>)]) -> (outcomes: [AdverseImpact.Outcome], unstated: Int) {
        var considered: [String: Int] = [:]
        var selected: [String: Int] = [:]
        var unstated = 0
        for candidate in candidates where Self.reached(from, given: candidate.stages) {
            guard let group = candidate.group else {
                unstated += 1
                continue
            }
            considered[group, default: 0] += 1
            if Self.reached(to, given: candidate.stages) { selected[group, default: 0] += 1 }
        }
        let outcomes = considered.keys.sorted().map {
            AdverseImpact.Outcome(group: $0, considered: considered[$0]!, selected: selected[$0] ?? 0)
        }
        return (outcomes, unstated)
    }

    /// Outcomes per group at this step from counts of candidates by group and the furthest
    /// pipeline stage they reached (an index into `pipeline`); the aggregate form of
    /// `outcomes(of:)`, for large workspaces.
    public func outcomes(counts: [(group: String?, furthest: Int, count: Int)]) -> (outcomes: [AdverseImpact.Outcome], unstated: Int) {
        guard let fromIndex = Self.pipeline.firstIndex(of: from), let toIndex = Self.pipeline.firstIndex(of: to) else { return ([], 0) }
        var considered: [String: Int] = [:]
        var selected: [String: Int] = [:]
        var unstated = 0
        for entry in counts where entry.furthest >= fromIndex {
            guard let group = entry.group else {
                unstated += entry.count
                continue
            }
            considered[group, default: 0] += entry.count
            if entry.furthest >= toIndex { selected[group, default: 0] += entry.count }
        }
        let outcomes = considered.keys.sorted().map {
            AdverseImpact.Outcome(group: $0, considered: considered[$0]!, selected: selected[$0] ?? 0)
        }
        return (outcomes, unstated)
    }
}
