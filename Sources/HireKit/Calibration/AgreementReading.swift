/// What an agreement coefficient means for a decision, in plain words.
public enum AgreementReading: String, Sendable, Hashable, Codable {
    /// Alpha >= 0.800: the ratings can be relied on.
    case reliable
    /// 0.667 <= alpha < 0.800: good enough for tentative conclusions only.
    case tentative
    /// Alpha < 0.667: the raters disagree too much to decide on their ratings.
    case unreliable
    /// ICC > 0.90 (Koo & Li 2016).
    case excellent
    /// 0.75 <= ICC <= 0.90.
    case good
    /// 0.50 <= ICC < 0.75.
    case moderate
    /// ICC < 0.50.
    case poor

    /// Krippendorff's bands for alpha (Krippendorff 2004): 0.800 and 0.667.
    public static func alpha(_ value: Double) -> AgreementReading {
        value >= 0.8 ? .reliable : value >= 0.667 ? .tentative : .unreliable
    }

    /// Koo & Li's (2016) bands for an intraclass correlation: 0.5, 0.75, 0.9.
    public static func icc(_ value: Double) -> AgreementReading {
        value > 0.9 ? .excellent : value >= 0.75 ? .good : value >= 0.5 ? .moderate : .poor
    }

    /// The reading as a phrase for reports.
    public var text: String {
        switch self {
        case .reliable: "reliable"
        case .tentative: "tentative conclusions only"
        case .unreliable: "too unreliable to decide on"
        case .excellent: "excellent reliability"
        case .good: "good reliability"
        case .moderate: "moderate reliability"
        case .poor: "poor reliability"
        }
    }
}
