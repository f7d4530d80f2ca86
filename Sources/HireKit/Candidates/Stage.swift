/// Where a candidate stands in the hiring pipeline.
public enum Stage: String, Sendable, Hashable, Codable, CaseIterable {
    case applied
    case screening
    case interviewing
    case offer
    case hired
    case rejected
    case withdrawn

    /// The stages a candidate may move to from this one.
    ///
    /// The pipeline moves forward; rejected and withdrawn candidates can only be
    /// reopened as applicants, and a hire is final.
    public var allowedNext: [Stage] {
        switch self {
        case .applied: [.screening, .interviewing, .rejected, .withdrawn]
        case .screening: [.interviewing, .rejected, .withdrawn]
        case .interviewing: [.offer, .hired, .rejected, .withdrawn]
        case .offer: [.hired, .rejected, .withdrawn]
        case .hired: []
        case .rejected, .withdrawn: [.applied]
        }
    }

    /// Whether the pipeline allows moving from this stage to `next`.
    public func canMove(to next: Stage) -> Bool { allowedNext.contains(next) }

    /// Whether the candidate is still in the running.
    public var isActive: Bool { ![.hired, .rejected, .withdrawn].contains(self) }
}
