/// One applicant as read from a feed, before it becomes a candidate.
///
/// Holds personal data: never log it. Values are trimmed; empty values are dropped.
public struct ApplicantRecord: Sendable, Hashable, Codable {
    /// A job held, from the employment history.
    public struct Employment: Sendable, Hashable, Codable {
        public var employer: String?
        public var title: String?
        public var start: String?
        public var end: String?
        /// Whether this is the current job (an explicit flag, or an end date of `notApplicable`).
        public var current: Bool = false
    }

    /// A school attended, from the education history.
    public struct Education: Sendable, Hashable, Codable {
        public var school: String?
        public var degree: String?
        public var major: String?
        public var date: String?
    }

    /// A value of evidence or weight: numeric (with its scale) or a string kept as given.
    public struct Measure: Sendable, Hashable, Codable {
        public var numeric: Double?
        public var minValue: Double?
        public var maxValue: Double?
        public var string: String?
        public var description: String?

        /// The numeric value mapped onto 0...1 using its min and max, when both are known.
        public var normalized: Double? {
            guard let numeric, let minValue, let maxValue, maxValue > minValue else { return nil }
            return min(1, max(0, (numeric - minValue) / (maxValue - minValue)))
        }

        /// Whether there is no value (neither a number nor a string).
        public var isEmpty: Bool { numeric == nil && string == nil }
    }

    /// A piece of evidence for a competency: a test, an observation, months of use.
    public struct Evidence: Sendable, Hashable, Codable {
        public var name: String?
        public var lastUsed: String?
        public var value = Measure()
    }

    /// A competency claimed or assessed, with its evidence and weight.
    public struct Competency: Sendable, Hashable, Codable {
        public var name: String?
        public var id: String?
        public var taxonomy: String?
        public var evidence: [Evidence] = []
        public var weight: Measure?

        /// The name, else the id (HR-XML 3 often cites a taxonomy URI only).
        public var label: String { name ?? id ?? "unnamed" }
    }

    /// The line of the feed on which the record starts.
    public var line: Int = 0
    public var format: FeedFormat = .hrxml2
    public var externalId: String?
    /// Who issued `externalId` (the `idOwner`, scheme agency), if the feed says.
    public var issuingSource: String?
    public var formattedName: String?
    public var givenName: String?
    public var familyName: String?
    public var emails: [String] = []
    public var phones: [String] = []
    public var location: String?
    /// Position (opening) ids the applicant applied for.
    public var appliedPositions: [String] = []
    /// The agency, job board or referrer who supplied the applicant.
    public var supplier: String?
    /// How the supplier relates to the applicant (`Recruiter`, `referral`, ...).
    public var supplierRelationship: String?
    public var employment: [Employment] = []
    public var education: [Education] = []
    public var competencies: [Competency] = []
    /// Elements present in the record that Hire does not model, by name.
    public var unmodelled: [String: Int] = [:]

    public init() {}

    /// The display name: the formatted name, else given and family names joined.
    public var name: String? {
        if let formattedName { return formattedName }
        let joined = [givenName, familyName].compactMap { $0 }.joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }
}
