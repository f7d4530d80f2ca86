/// A place in an input file, for diagnostics.
public struct SourceLocation: Sendable, Hashable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// What an interviewer wrote as a rating, before it is checked against the role's scale.
public enum RatingInput: Sendable, Hashable {
    /// A level, such as 3 (checked later to be a whole number on the scale).
    case level(Double)
    /// Explicitly not rated: `n/a`.
    case notApplicable
    /// Left blank.
    case blank
    /// Text that is neither a number nor `n/a`.
    case invalid(String)

    /// Reads `3`, `n/a`, `na` or an empty string.
    public init(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            self = .blank
        } else if ["n/a", "na", "n.a."].contains(trimmed.lowercased()) {
            self = .notApplicable
        } else if let value = Double(trimmed), value.isFinite {
            self = .level(value)
        } else {
            self = .invalid(trimmed)
        }
    }
}

/// One competency's entry on a scorecard being submitted.
public struct RatingDraft: Sendable, Hashable {
    public var competencyId: String
    public var value: RatingInput
    public var evidence: String?
    public var skipReason: String?
    /// Where the competency is named in a form.
    public var location: SourceLocation?

    public init(competencyId: String, value: RatingInput, evidence: String? = nil, skipReason: String? = nil, location: SourceLocation? = nil) {
        self.competencyId = competencyId
        self.value = value
        self.evidence = evidence
        self.skipReason = skipReason
        self.location = location
    }
}

/// A scorecard as an interviewer submits it, from a filled-in form or from command-line flags.
/// Nothing in it has been checked yet; ``ScorecardValidator`` does that.
public struct ScorecardDraft: Sendable, Hashable {
    /// The form file it came from, for diagnostics; `nil` for flags.
    public var file: String?
    /// The candidate, by id or email.
    public var candidate: String
    /// The role and version the form was written for; `nil` means the candidate's.
    public var roleId: String?
    public var roleVersion: Int?
    public var round: String
    /// The interviewer, by id, email or name.
    public var interviewer: String
    public var ratings: [RatingDraft]
    /// As written; checked to be one of ``Recommendation``'s values.
    public var recommendation: String?
    public var notes: String?
    /// Where each top-level field is, by key (`candidate`, `role`, `round`, `interviewer`, `ratings`, `recommendation`).
    public var locations: [String: SourceLocation]

    public init(
        file: String? = nil, candidate: String, roleId: String? = nil, roleVersion: Int? = nil, round: String, interviewer: String,
        ratings: [RatingDraft], recommendation: String?, notes: String? = nil, locations: [String: SourceLocation] = [:]
    ) {
        self.file = file
        self.candidate = candidate
        self.roleId = roleId
        self.roleVersion = roleVersion
        self.round = round
        self.interviewer = interviewer
        self.ratings = ratings
        self.recommendation = recommendation
        self.notes = notes
        self.locations = locations
    }

    /// A diagnostic located at a field of the form (or unlocated, for flags).
    func diagnostic(_ severity: Diagnostic.Severity = .error, _ message: String, at location: SourceLocation?, remedy: Remedy? = nil) -> Diagnostic {
        Diagnostic(
            severity, message, file: file, line: file == nil ? nil : location?.line, column: file == nil ? nil : location?.column,
            remedy: remedy)
    }

    func diagnostic(_ message: String, atField key: String, remedy: Remedy? = nil) -> Diagnostic {
        diagnostic(.error, message, at: locations[key], remedy: remedy)
    }
}

extension RatingInput {
    /// The rating as written: a level, `n/a`, blank or what could not be read.
    var text: String {
        switch self {
        case .level(let value): value.plainText
        case .notApplicable: "n/a"
        case .blank: "blank"
        case .invalid(let text): text
        }
    }
}
