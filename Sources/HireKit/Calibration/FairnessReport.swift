/// `hire fairness`: adverse impact by self-identified group at each step of the pipeline.
public struct FairnessReport: Sendable, Hashable, Codable {
    /// The role reported on, or `nil` for every role.
    public var role: String?
    /// Groups with fewer people considered at a step are reported as too small.
    public var minimumGroupSize: Int
    /// The four-fifths threshold used.
    public var fourFifths: Double
    /// One section per dimension, sorted by name.
    public var dimensions: [Dimension]

    /// The steps of one dimension.
    public struct Dimension: Sendable, Hashable, Codable {
        public var dimension: String
        public var steps: [Step]
    }

    /// One pipeline step for one dimension.
    public struct Step: Sendable, Hashable, Codable {
        public var from: Stage
        public var to: Stage
        /// Candidates considered at the step who stated no group on this dimension.
        public var unstated: Int
        /// The groups, sorted by name.
        public var groups: [AdverseImpact.GroupResult]
    }
}
